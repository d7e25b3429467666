import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dayItems} from '../helpers/api-server.js';
import {held, ptySessions} from '../helpers/pty.js';
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
		// The frame at rest (the first paper's seen mark drawn): nothing of papers' own redraws it after fg.
		await s.waitFor('2 new');
		s.child.write('\u001a');
		await s.waitFor('Stopped');
		expect(s.buffer()).toBe('normal');
		// A real terminal shows the alternate screen blank again (xterm.js keeps what it held): the frame must be sent anew.
		const beforeFg = s.raw().length;
		s.child.write('fg\r');
		await s.waitFor(() => s.buffer() === 'alternate' && /Paper 1 of 2026-01-05/.test(s.raw().slice(beforeFg)));
		await s.waitFor('papers · store');
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

describe('stopped and continued from outside', () => {
	it('SIGSTOP then SIGCONT: the whole frame is drawn again, no key needed (#35.8)', async () => {
		const s = start(`exec node '${CLI}'`, {env: offlineStore()});
		await s.waitFor(/›.*Paper 1 of 2026-01-05/);
		await s.waitFor('2 new');
		const pid = s.child.pid;
		process.kill(pid, 'SIGSTOP');
		await s.waitFor(() => /^\S+ \(.*\) T/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8')));
		const before = s.raw().length;
		process.kill(pid, 'SIGCONT');
		await s.waitFor(() => /Paper 1 of 2026-01-05/.test(s.raw().slice(before)));
		s.child.write('j');
		await s.waitFor(/›.*Paper 2 of 2026-01-05/);
		s.child.write('q');
		expect(await s.exited).toBe(0);
	});
});

describe('keys typed before the first frame', () => {
	it("act in the browser, and leave nothing behind on the shell's screen", async () => {
		const slow = path.join(ROOT, 'test', 'helpers', 'slow-start.mjs');
		const s = start(held(`node --import '${slow}' '${CLI}'; echo "ended $?"`), {env: offlineStore()});
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
		await s.waitFor('no papers for today (2026-01-03) yet; showing Fri 2 Jan 2026');
	});
});

describe('links on the screen', () => {
	const REPO = 'https://github.com/some-organisation/a-really-long-repository-name-that-keeps-going';

	function storeWithRepo() {
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		const [item] = dayItems('2026-01-05', 1);
		fs.writeFileSync(path.join(home, 'digests', '2026-01-05.json'), JSON.stringify([{...item, paper: {...item!.paper, githubRepo: REPO}}]));
		return {PAPERS_HOME: home, PAPERS_TODAY: '2026-01-05', PAPERS_OFFLINE: '1'};
	}

	it('are never broken inside: a line of their own, cut with … when narrower; y still copies the whole link', async () => {
		const s = start(`node '${CLI}'`, {env: storeWithRepo(), cols: 40, rows: 30});
		await s.waitFor('GitHub');
		const screen = s.screen();
		// The GitHub link: one line, cut at the pane's edge, nothing of it on the next line.
		const lines = screen.split('\n');
		const at = lines.findIndex((l) => l.includes('https://github.com/'));
		expect(lines[at]).toMatch(/https:\/\/github\.com\/some-org\S*…/);
		expect(lines[at + 1]).not.toMatch(/repository|keeps-going|nisation/);
		// The Hugging Face link is 40 columns, wider than the pane: cut there too, and y copies it whole.
		expect(screen).toMatch(/https:\/\/huggingface\.co\/papers\/\S*…/);
		s.child.write('y');
		const whole = Buffer.from('https://huggingface.co/papers/2601.05001').toString('base64');
		await s.waitFor(() => s.raw().includes(`\u001b]52;c;${whole}\u0007`));
		expect(s.raw()).not.toContain('\u001b]8;;');
	});

	it('are real links (OSC 8) where the terminal has them, each to the whole address', async () => {
		const s = start(`node '${CLI}'`, {env: {...storeWithRepo(), FORCE_HYPERLINK: '1'}, cols: 40, rows: 30});
		await s.waitFor('GitHub');
		await s.waitFor(() => s.raw().includes(`\u001b]8;;${REPO}\u0007`));
		expect(s.screen()).not.toContain(']8;;');
	});
});
