import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runBinary, runCli, runShell, storeHome} from '../helpers/run-cli.js';

/*
 * #40.1-2: an answer that cannot be written is said in one line, exit 1, and nothing is recorded for it (seen marks,
 * announcements); a kill between delivering and recording delivers again next time.
 */

const FULL = /^papers: cannot write the answer to \/dev\/full: (disk full|no space left on device)\n$/;

function home() {
	const dir = storeHome({'2026-01-05': 3});
	return {dir, env: {PAPERS_HOME: dir, PAPERS_OFFLINE: '1'}};
}

describe('stdout on a full device', () => {
	it('papers lists export, --print and --mark-seen: one line, exit 1, no seen marks', async () => {
		const {dir, env} = home();
		await runCli(['--save', 'later'], {env});
		for (const args of ['lists export', '--print', '--print --mark-seen']) {
			const run = await runShell(`node "$CLI" ${args} > /dev/full`, env);
			expect(run.code, args).toBe(1);
			expect(run.stderr, args).toMatch(FULL);
		}
		expect(fs.existsSync(path.join(dir, 'seen.txt'))).toBe(false);
		// Through a reader that leaves early, it is quiet, as ever.
		const head = await runShell('node "$CLI" --print | head -1', env);
		expect(head.stderr).toBe('');
	});

	it('watch --new announces nothing it could not deliver; the next run delivers it', async () => {
		const {dir, env} = home();
		await runCli(['watch', 'add', 'all', 'paper'], {env});
		const full = await runShell('node "$CLI" watch --new > /dev/full', env);
		expect(full.code).toBe(1);
		expect(full.stderr).toMatch(FULL);
		expect(fs.existsSync(path.join(dir, 'announced.txt'))).toBe(false);
		const next = await runCli(['watch', '--new'], {env});
		expect(next.stdout).toContain('Paper 1 of 2026-01-05');
		expect((await runCli(['watch', '--new'], {env})).stdout).toBe('');
	});

	it('a kill between delivering and recording: what was delivered comes again, never nothing', async () => {
		const {dir, env} = home();
		await runCli(['watch', 'add', 'all', 'paper'], {env});
		const killed = await runBinary(['watch', '--new'], {env: {...env, PAPERS_FAULT: 'watch:delivered-before-record'}});
		expect(killed.signal).toBe('SIGKILL');
		expect(killed.stdout).toContain('Paper 1 of 2026-01-05');
		expect(fs.existsSync(path.join(dir, 'announced.txt')) ? fs.readFileSync(path.join(dir, 'announced.txt'), 'utf8') : '').toBe('');
		const again = await runBinary(['watch', '--new'], {env});
		expect(again.stdout).toContain('Paper 1 of 2026-01-05');
		expect((await runBinary(['watch', '--new'], {env})).stdout).toBe('');
	});
});
