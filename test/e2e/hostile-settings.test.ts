import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readSettingsText} from '../../source/cli/settings.js';
import {held, ptySessions} from '../helpers/pty.js';
import {CLI, runCli, tempHome} from '../helpers/run-cli.js';

/* #40: settings.toml that is a FIFO, a device or huge; many unknown keys, each named with its line. */

const open = ptySessions();

describe('a hostile settings file', () => {
	it('a FIFO: config check names it at once, and the browser starts with the defaults and quits on q', async () => {
		const home = tempHome();
		expect(spawnSync('mkfifo', [path.join(home, 'settings.toml')]).status).toBe(0);
		const check = await runCli(['config', 'check'], {env: {PAPERS_HOME: home}});
		expect(check.code).toBe(1);
		expect(check.stdout + check.stderr).toContain('it is not a file (a FIFO or a device): settings are read from a file only');
		const s = open(held(`node '${CLI}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: home, PAPERS_OFFLINE: '1'}});
		await s.waitFor('papers · ');
		await s.waitFor('settings.toml: it is not a file');
		s.child.write('q');
		await s.waitFor('AFTER-0');
	});

	it('a device, and a file over 1 MB: one problem each, the defaults in force', async () => {
		const home = tempHome();
		fs.symlinkSync('/dev/zero', path.join(home, 'settings.toml'));
		const zero = await runCli(['config', 'check'], {env: {PAPERS_HOME: home}});
		expect(zero.stdout + zero.stderr).toContain('it is not a file (a FIFO or a device)');
		const big = tempHome();
		fs.writeFileSync(path.join(big, 'settings.toml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
		const large = await runCli(['config', 'check'], {env: {PAPERS_HOME: big}});
		expect(large.stdout + large.stderr).toContain("it is over 1 MB, papers' limit for settings");
	});

	it('3,000 unknown keys are each named with their own line', async () => {
		const text = Array.from({length: 3000}, (_, i) => `key${i} = ${i}`).join('\n');
		const {problems} = await readSettingsText(text);
		expect(problems).toHaveLength(3000);
		expect(problems[0]).toMatch(/^line 1: key0: not a setting/);
		expect(problems[2999]).toMatch(/^line 3000: key2999: not a setting/);
	});
});
