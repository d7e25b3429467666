import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dayItems} from '../helpers/api-server.js';
import {ptySessions} from '../helpers/pty.js';
import {ROOT} from '../helpers/fixtures.js';
import {CLI, tempHome} from '../helpers/run-cli.js';

/* papers as a job of the user's shell, and in the terminal before and after its frames. */

const start = ptySessions();

function offlineStore() {
	const home = tempHome();
	fs.mkdirSync(path.join(home, 'digests'));
	fs.writeFileSync(path.join(home, 'digests', '2026-01-05.json'), JSON.stringify(dayItems('2026-01-05', 3)));
	return {PAPERS_HOME: home, PAPERS_TODAY: '2026-01-05', PAPERS_OFFLINE: '1'};
}

describe('Ctrl-Z', () => {
	it('gives the terminal back and stops the job, as less does; fg draws the whole frame again, keys working', async () => {
		// An interactive shell with job control, as the user has.
		const s = start('exec bash --norc --noprofile -i', {env: offlineStore()});
		s.child.write("PS1='shell> '\r");
		await s.waitFor(/^shell> $/m);
		s.child.write(`node '${CLI}'\r`);
		await s.waitFor(/›.*Paper 1 of 2026-01-05/);
		expect(s.buffer()).toBe('alternate');
		s.child.write('\u001a');
		await s.waitFor('Stopped');
		expect(s.buffer()).toBe('normal');
		s.child.write('fg\r');
		await s.waitFor(() => s.buffer() === 'alternate' && /›.*Paper 1 of 2026-01-05/.test(s.screen()));
		expect(s.screen()).toContain('papers · store');
		s.child.write('j');
		await s.waitFor(/›.*Paper 2 of 2026-01-05/);
		s.child.write('q');
		await s.waitFor(() => s.buffer() === 'normal' && /^shell> $/m.test(s.screen().split('fg')[1] ?? ''));
		s.child.write('echo "status $?"\r');
		await s.waitFor('status 0');
		s.child.write('exit\r');
		await s.exited;
	});
});

describe('keys typed before the first frame', () => {
	it("act in the browser, and leave nothing behind on the shell's screen", async () => {
		const slow = path.join(ROOT, 'test', 'helpers', 'slow-start.mjs');
		const s = start(`node --import '${slow}' '${CLI}'; echo "ended $?"`, {env: offlineStore()});
		await s.waitFor('starting…');
		// Typed while node still starts: the terminal echoes them, as it would for any program.
		s.child.write('jj');
		await s.waitFor(/^jj/m);
		await s.waitFor(/›.*Paper 3 of 2026-01-05/);
		s.child.write('q');
		await s.waitFor('ended 0');
		expect(s.screen()).not.toMatch(/jj/);
	});
});

describe('--today on a weekend', () => {
	it('opens on the newest day before it, and says so', async () => {
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		fs.writeFileSync(path.join(home, 'digests', '2026-01-02.json'), JSON.stringify(dayItems('2026-01-02', 2)));
		fs.writeFileSync(path.join(home, 'digests', '2026-01-01.json'), JSON.stringify(dayItems('2026-01-01', 2)));
		const env = {PAPERS_HOME: home, PAPERS_TODAY: '2026-01-03', PAPERS_OFFLINE: '1'};
		const s = start(`node '${CLI}' --today`, {env});
		await s.waitFor(/›.*Paper 1 of 2026-01-02/);
		expect(s.screen()).toContain('no papers for today (2026-01-03) yet; showing Fri 2 Jan 2026');
	});
});
