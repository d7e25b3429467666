import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {apiItem} from '../helpers/api-server.js';
import {runCli, tempHome} from '../helpers/run-cli.js';

/* Answers a user trusts without checking: the order of what is printed, what --today --new means. */

/** A home whose store holds these days, each with `n` papers (upvotes n down to 1). */
function storeHome(days: Record<string, number>): string {
	const home = tempHome();
	fs.mkdirSync(path.join(home, 'digests'));
	for (const [day, n] of Object.entries(days)) {
		const items = Array.from({length: n}, (_, i) => {
			const item = apiItem(day, i + 1, n - i);
			return {...item, paper: {...item.paper, id: `${day.slice(2, 4)}${day.slice(5, 7)}.${day.slice(8)}${i + 1}`}};
		});
		fs.writeFileSync(path.join(home, 'digests', `${day}.json`), JSON.stringify(items));
	}
	return home;
}

const titles = (stdout: string) => (JSON.parse(stdout) as Array<{title: string}>).map((p) => p.title);

describe('printing from the store', () => {
	it("keeps the browser's order: newest day first, by upvotes within a day, so --limit takes the newest", async () => {
		const home = storeHome({'2024-05-27': 3, '2026-01-05': 4, '2026-01-06': 2});
		const run = await runCli(['--json', '--limit', '3'], {env: {PAPERS_HOME: home, PAPERS_OFFLINE: '1'}, today: '2026-01-06'});
		expect(run.code).toBe(0);
		expect(titles(run.stdout)).toEqual(['Paper 1 of 2026-01-06', 'Paper 2 of 2026-01-06', 'Paper 1 of 2026-01-05']);
		const byDate = await runCli(['--json', '--sort', 'date', '--limit', '1'], {env: {PAPERS_HOME: home, PAPERS_OFFLINE: '1'}});
		// --sort date reads in the order the days came, oldest first.
		expect(titles(byDate.stdout)).toEqual(['Paper 1 of 2024-05-27']);
	});
});

describe('--new with --today, and --mark-seen', () => {
	it('--today --new with today all seen says there is nothing new today, and prints nothing of yesterday', async () => {
		const home = storeHome({'2026-01-05': 2, '2026-01-06': 2});
		const env = {PAPERS_HOME: home, PAPERS_OFFLINE: '1'};
		const marked = await runCli(['--today', '--print', '--mark-seen'], {env, today: '2026-01-06'});
		expect(marked.code).toBe(0);
		const run = await runCli(['--today', '--new', '--json'], {env, today: '2026-01-06'});
		expect(run.code).toBe(0);
		expect(titles(run.stdout)).toEqual([]);
		expect(run.stderr.trim()).toBe('papers: no new papers for today');
		// On a weekend, the newest day stands in for today, and --new filters that day.
		const sunday = await runCli(['--today', '--new', '--json'], {env, today: '2026-01-07'});
		expect(titles(sunday.stdout)).toEqual([]);
		expect(sunday.stderr).toMatch(/showing Tue 6 Jan 2026[^\n]*\npapers: no new papers for Tue 6 Jan 2026/);
	});

	it('--mark-seen appends only the papers not seen yet', async () => {
		const home = storeHome({'2026-01-06': 3});
		const env = {PAPERS_HOME: home, PAPERS_OFFLINE: '1'};
		await runCli(['--print', '--mark-seen', '--limit', '2'], {env});
		await runCli(['--print', '--mark-seen'], {env});
		await runCli(['--print', '--mark-seen'], {env});
		const lines = fs.readFileSync(path.join(home, 'seen.txt'), 'utf8').trim().split('\n');
		expect(lines).toHaveLength(3);
		expect(new Set(lines).size).toBe(3);
	});
});
