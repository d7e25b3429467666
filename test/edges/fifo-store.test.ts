import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dayItems} from '../helpers/api-server.js';
import {runCli, tempHome} from '../helpers/run-cli.js';

/*
 * A FIFO where papers keeps a file (a day of the store, its index, the seen marks, the reading lists, the trending
 * snapshot): opening one to read waits for a writer that never comes. papers answers all the same, and says which
 * file is not a file.
 */

const fifo = (file: string) => expect(spawnSync('mkfifo', [file]).status).toBe(0);

function store(): {home: string; digests: string} {
	const home = tempHome();
	const digests = path.join(home, 'digests');
	fs.mkdirSync(digests);
	fs.writeFileSync(path.join(digests, '2026-01-05.json'), JSON.stringify(dayItems('2026-01-05', 2)));
	return {home, digests};
}

const env = (home: string) => ({PAPERS_HOME: home, PAPERS_OFFLINE: '1', PAPERS_TODAY: '2026-01-05'});
const titles = (stdout: string) => (JSON.parse(stdout) as Array<{title: string}>).map((p) => p.title);

describe('a FIFO where papers keeps a file', () => {
	it('a day of the store: the other days load, and the one line names it', async () => {
		const {home, digests} = store();
		fifo(path.join(digests, '2026-01-04.json'));
		const run = await runCli(['--json'], {env: env(home)});
		expect(run.code).toBe(0);
		expect(titles(run.stdout)).toEqual(['Paper 1 of 2026-01-05', 'Paper 2 of 2026-01-05']);
		expect(run.stderr).toContain('2026-01-04.json: cannot read: it is not a file (a FIFO or a device)');
	});

	it('the index and its head: read from the days instead, and put back as files', async () => {
		const {home, digests} = store();
		fifo(path.join(digests, '.index-v5.jsonl'));
		fifo(path.join(digests, '.index-v5-head.jsonl'));
		const run = await runCli(['--json'], {env: env(home)});
		expect(run.code).toBe(0);
		expect(titles(run.stdout)).toHaveLength(2);
		expect(fs.statSync(path.join(digests, '.index-v5.jsonl')).isFile()).toBe(true);
	});

	it('the seen marks and the trending snapshot: papers prints, and says it cannot read the marks', async () => {
		const {home, digests} = store();
		fifo(path.join(home, 'seen.txt'));
		fifo(path.join(digests, 'trending.json'));
		const run = await runCli(['--json', '--new'], {env: env(home)});
		expect(run.code).toBe(0);
		expect(titles(run.stdout)).toHaveLength(2);
		expect(run.stderr).toMatch(/cannot read .*seen\.txt \(it is not a file \(a FIFO or a device\)\); no paper shows as seen/);
		const trending = await runCli(['--trending', '--json'], {env: env(home)});
		expect(trending.stdout + trending.stderr).not.toBe('');
	});

	it('the reading lists: one line naming the file, exit 1, and the FIFO left as it is', async () => {
		const {home} = store();
		const lists = path.join(home, 'config.json');
		fifo(lists);
		const run = await runCli(['--list', 'later', '--json'], {env: env(home)});
		expect(run.code).toBe(1);
		expect(run.stderr).toContain('it is not a file (a FIFO or a device)');
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(fs.statSync(lists).isFIFO()).toBe(true);
	});
});
