import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {addDays} from '../../source/digest/dates.js';
import {API_BUDGET, pacer} from '../../source/fetch/hf-api.js';
import {appendSeen, readSeen} from '../../source/seen/store.js';
import {headerParts} from '../../source/ui/browse/header.js';
import {initialState, reducer} from '../../source/ui/reducer.js';
import {startApiServer} from '../helpers/api-server.js';
import {pageDigest, runBinary, runCli, storeHome, tempHome, writeTemp} from '../helpers/run-cli.js';

/* Answers a user trusts without checking: the order of what is printed, what --today --new means. */

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

describe('a long absence', () => {
	let server: Awaited<ReturnType<typeof startApiServer>> | undefined;
	afterEach(async () => {
		await server?.close();
		server = undefined;
	});
	const asked = () => server!.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('date'));
	const range = (from: string, to: string) => {
		const days: string[] = [];
		for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
		return days;
	};

	it('the catch-up fills a hole of any size, newest first; a hole a stopped catch-up left is filled next time', async () => {
		server = await startApiServer();
		const home = storeHome({'2026-07-30': 1, '2026-07-31': 1});
		const env = {PAPERS_HOME: home, PAPERS_API_URL: server.url};
		await runCli(['--today', '--json'], {env, today: '2026-08-21'});
		expect(asked()[0]).toBe('2026-08-21');
		expect([...asked()].sort()).toEqual(range('2026-08-01', '2026-08-21'));
		// A catch-up that stopped after the newest days left 1–7 August: the next one asks for exactly those.
		for (const day of range('2026-08-01', '2026-08-07')) fs.rmSync(path.join(home, 'digests', `${day}.json`));
		server.requests.length = 0;
		await runCli(['--today', '--json'], {env, today: '2026-08-21'});
		expect([...asked()].sort()).toEqual(range('2026-08-01', '2026-08-07'));
	});

	it('papers fetch says which days it leaves missing between the days the store holds', async () => {
		server = await startApiServer();
		const home = storeHome({'2026-07-31': 1});
		const run = await runCli(['fetch', '--days', '3'], {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url}, today: '2026-08-21'});
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('papers: the store lacks 18 days (2026-08-01 to 2026-08-18): papers fetch --since 2026-08-01 fills them\n');
	});

	it('requests are paced to the API budget: never more than the window allows', async () => {
		const windowMs = 60;
		const pace = pacer(2, windowMs);
		const started: number[] = [];
		await Promise.all([0, 1, 2, 3].map(() => pace(async () => started.push(performance.now()))));
		expect(started).toHaveLength(4);
		expect(started[2]! - started[0]!).toBeGreaterThanOrEqual(windowMs - 1);
		expect(API_BUDGET.max).toBeLessThan(500);
	});

	it('the header says how far a long catch-up has come', () => {
		let state = initialState({papers: [], origin: 'store'});
		state = reducer(state, {type: 'refresh.started', days: 60});
		state = reducer(state, {type: 'refresh.progress', done: 12, reached: '2026-08-03'});
		expect(headerParts(state).join(' ')).toMatch(/fetching day 12 of 60, back to \w+ 3 Aug/);
	});
});

describe('warnings that never end', () => {
	it('a malformed day file warns once, when first indexed; papers fetch --check lists it again', async () => {
		const home = storeHome({'2026-01-05': 2});
		fs.writeFileSync(path.join(home, 'digests', '2026-01-03.json'), '{"not": "papers"');
		fs.writeFileSync(path.join(home, 'digests', '2026-01-04.json'), '<html>rate limited</html>');
		const env = {PAPERS_HOME: home, PAPERS_OFFLINE: '1'};
		const first = await runCli(['--json'], {env, today: '2026-01-05'});
		expect(titles(first.stdout)).toHaveLength(2);
		expect(first.stderr.trim().split('\n')).toHaveLength(2);
		expect(first.stderr).toContain('2026-01-03.json');
		expect(first.stderr).toContain('2026-01-04.json');
		const second = await runCli(['--json'], {env, today: '2026-01-05'});
		expect(second.stderr).toBe('');
		// The store changes (a new day): the index is built again, and the same files say nothing new.
		storeHome({'2026-01-06': 1}, home);
		const third = await runCli(['--json'], {env, today: '2026-01-06'});
		expect(titles(third.stdout)).toHaveLength(3);
		expect(third.stderr).toBe('');
		const check = await runCli(['fetch', '--check'], {env: {PAPERS_HOME: home}, today: '2026-01-06'});
		expect(check.code).toBe(1);
		expect(check.stdout.trim().split('\n')).toEqual([
			expect.stringContaining('2026-01-03.json'),
			expect.stringContaining('2026-01-04.json'),
		]);
		// A file that changes is read, and said, anew.
		fs.writeFileSync(path.join(home, 'digests', '2026-01-03.json'), '{"still": "not papers"}');
		expect((await runCli(['--json'], {env, today: '2026-01-06'})).stderr).toContain('2026-01-03.json');
		const clean = storeHome({'2026-01-05': 1});
		const none = await runCli(['fetch', '--check'], {env: {PAPERS_HOME: clean}});
		expect(none).toMatchObject({code: 0, stdout: '', stderr: 'papers: 1 day file stored, every one read whole\n'});
	});
});

describe('seen marks', () => {
	it('survive a torn write: the bad line is skipped, every other mark kept, and the file is not set aside', async () => {
		const home = storeHome({'2026-01-06': 3});
		const file = path.join(home, 'seen.txt');
		fs.writeFileSync(file, 'arxiv:2601.061\narxiv:2601.0\u0000\u0000\u0000\narxiv:2601.062\n');
		const {keys, notice} = readSeen(file);
		expect([...keys]).toEqual(['arxiv:2601.061', 'arxiv:2601.062']);
		expect(notice).toBeNull();
		expect(appendSeen(file, ['arxiv:2601.063'])).toBeNull();
		expect(readSeen(file).keys.size).toBe(3);
		expect(fs.readdirSync(home).filter((f) => f.includes('.bad-'))).toEqual([]);
		const run = await runCli(['--new', '--json'], {env: {PAPERS_HOME: home, PAPERS_OFFLINE: '1'}});
		expect(titles(run.stdout)).toEqual([]);
	});
});

describe('the command line, read as meant', () => {
	it('a versioned arXiv id or link reads the paper; read refuses formats it cannot print; fetch takes one run of days, none ahead', async () => {
		const server = await startApiServer({papers: {'2608.19880': '# The Paper\n\nBody.'}});
		try {
			const env = {PAPERS_API_URL: server.url};
			for (const asked of ['2608.19880v2', 'https://arxiv.org/abs/2608.19880v3', 'https://huggingface.co/papers/2608.19880']) {
				const run = await runCli(['read', asked, '--print'], {env});
				expect(run).toMatchObject({code: 0, stderr: ''});
				expect(run.stdout).toContain('The Paper');
			}
			expect(await runCli(['read', '2608.19880', '--format', 'json'], {env})).toMatchObject({
				code: 2,
				stderr: 'papers: papers read prints text or markdown, not json\n',
			});
			expect(await runCli(['fetch', '--date', '2026-01-05', '--since', '2026-01-01'], {env, today: '2026-01-06'})).toMatchObject({
				code: 2,
				stderr: 'papers: papers fetch takes one of --date, --since and --days, got --date and --since\n',
			});
			expect(await runCli(['fetch', '--date', '2099-01-01'], {env, today: '2026-01-06'})).toMatchObject({
				code: 2,
				stderr: 'papers: --date 2099-01-01 is after today (2026-01-06): it has no papers yet\n',
			});
		} finally {
			await server.close();
		}
	});
});

describe('commands', () => {
	it('an unknown word that is no file is a wrong command, exit 2, with the command it was likely meant to be', async () => {
		expect(await runCli(['list'])).toMatchObject({
			code: 2,
			stderr:
				'papers: unknown command "list" (did you mean lists?), and no file or folder of that name; papers --help lists the commands\n',
		});
		expect((await runCli(['fetsh'])).stderr).toContain('(did you mean fetch?)');
		expect((await runCli(['zzzzzzzz'])).stderr).not.toContain('did you mean');
		const help = await runCli(['help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toContain('Usage');
		expect((await runCli(['help', 'fetch'])).stdout).toContain('Fetch Hugging Face Daily Papers into the local store');
		expect(await runCli(['version'])).toMatchObject({code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/)});
	});
});

describe('flags and their values', () => {
	it('--search -survey is a query that leaves surveys out; a flag given no value is a usage error', async () => {
		const file = writeTemp('d.txt', pageDigest(3, 'Jan 5, 2026', 'Survey'));
		const other = writeTemp('e.txt', pageDigest(2, 'Jan 6, 2026', 'Method'));
		const run = await runBinary(['--print', file, other, '--search', '-survey', '--format', 'json']);
		expect(run.stderr).toBe('');
		expect(titles(run.stdout)).toEqual(['Method 1: On Things', 'Method 2: On Things']);
		expect((await runBinary(['--print', file, '-s', '-survey', '--json'])).stdout).toBe('[]\n');
		for (const [args, message] of [
			[['--print', file, '--search'], 'papers: --search needs a value (a query may start with a dash: --search -survey)\n'],
			[['--print', file, '--search', '--print'], 'papers: --search needs a value (a query may start with a dash: --search -survey)\n'],
			[['--print', file, '--format'], 'papers: --format needs a value\n'],
			[['--print', file, '-n'], 'papers: --limit needs a value\n'],
		] as const) {
			const bad = await runCli([...args]);
			expect(bad).toMatchObject({code: 2, stdout: '', stderr: message});
		}
	});
});

describe('saving many papers at once', () => {
	it('--save over 200 papers asks for --yes, in one line, saving nothing; with --yes it saves them all', async () => {
		const file = writeTemp('big.txt', pageDigest(201));
		const home = tempHome();
		const asked = await runCli(['--save', 'later', file], {env: {PAPERS_HOME: home}});
		expect(asked).toMatchObject({
			code: 2,
			stdout: '',
			stderr: 'papers: --save later would save 201 papers; narrow it (--today, --search, --min-upvotes) or add --yes\n',
		});
		expect(fs.existsSync(path.join(home, 'config.json'))).toBe(false);
		expect((await runCli(['--save', 'later', file, '--yes'], {env: {PAPERS_HOME: home}})).stdout).toBe('saved 201 papers to later\n');
		expect((await runCli(['--save', 'few', writeTemp('s.txt', pageDigest(200))], {env: {PAPERS_HOME: home}})).code).toBe(0);
	});
});
