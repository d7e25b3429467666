import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {fetchDays, isStale} from '../../source/fetch/fetch-days.js';
import {retryAfterMs} from '../../source/fetch/hf-api.js';
import {HAS_FIXTURES, REAL, readFixture} from '../helpers/fixtures.js';
import {apiItem, startApiServer} from '../helpers/api-server.js';
import {runCli, tempHome, type RunOptions} from '../helpers/run-cli.js';

type Server = Awaited<ReturnType<typeof startApiServer>>;
let server: Server | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});
const serve = async (...args: Parameters<typeof startApiServer>) => (server = await startApiServer(...args));

const items = (day: string, n: number) => Array.from({length: n}, (_, i) => apiItem(day, i + 1));
const storeOf = (home: string) => path.join(home, 'digests');
const storedFiles = (home: string) => (fs.existsSync(storeOf(home)) ? fs.readdirSync(storeOf(home)).sort() : []);
const stored = (home: string, day: string) => JSON.parse(fs.readFileSync(path.join(storeOf(home), `${day}.json`), 'utf8')) as unknown[];
const env = (home: string, extra: NodeJS.ProcessEnv = {}) => ({
	PAPERS_HOME: home,
	PAPERS_API_URL: server!.url,
	...extra,
});
const papers = (args: readonly string[], options: RunOptions & {env: NodeJS.ProcessEnv}) => runCli(args, {today: '2026-01-05', ...options});

describe('papers fetch against a local server', () => {
	it('fetches a day into <store>/YYYY-MM-DD.json and says how many', async () => {
		await serve({days: {'2026-01-05': items('2026-01-05', 3)}});
		const home = tempHome();
		const run = await papers(['fetch'], {env: env(home)});
		expect(run).toMatchObject({code: 0, stdout: '2026-01-05  3 papers\n', stderr: ''});
		expect(stored(home, '2026-01-05')).toHaveLength(3);
		expect(storedFiles(home)).toEqual(['2026-01-05.json']);
		expect(server!.requests[0]!.userAgent).toMatch(/^papers\/\d+\.\d+\.\d+$/);
		const offline = JSON.parse((await papers(['--offline', '--json'], {env: env(home)})).stdout);
		expect(offline.map((p: {title: string; date: string}) => [p.title, p.date])).toContainEqual(['Paper 1 of 2026-01-05', '2026-01-05']);
	});

	it('--days N fetches N days, one line each in date order, at most 4 requests at once', async () => {
		const days = Array.from({length: 10}, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
		await serve({days: Object.fromEntries(days.map((d, i) => [d, items(d, i + 1)])), behaviour: {}, slowMs: 50});
		const home = tempHome();
		const run = await papers(['fetch', '--days', '5'], {env: env(home)});
		expect(run.stdout).toBe(
			'2026-01-01  1 paper\n2026-01-02  2 papers\n2026-01-03  3 papers\n2026-01-04  4 papers\n2026-01-05  5 papers\n',
		);
		expect(server!.maxInFlight()).toBeLessThanOrEqual(4);
		const since = await papers(['fetch', '--since', '2026-01-03', '--force'], {env: env(home)});
		expect(since.stdout.trim().split('\n')).toHaveLength(3);
		const grouped = JSON.parse((await papers(['--offline', '--json', '--sort', 'upvotes'], {env: env(home)})).stdout) as Array<{
			date: string;
		}>;
		expect([...new Set(grouped.map((p) => p.date))]).toEqual(['2026-01-05', '2026-01-04', '2026-01-03', '2026-01-02', '2026-01-01']);
	});

	it('follows pages until one comes back short', async () => {
		await serve({days: {'2026-01-05': items('2026-01-05', 130)}});
		const home = tempHome();
		const run = await papers(['fetch', '--date', '2026-01-05'], {env: env(home)});
		expect(run.stdout).toBe('2026-01-05  130 papers\n');
		expect(server!.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('p'))).toEqual(['0', '1']);
	});

	it('500 then 200: retried, stored', async () => {
		await serve({days: {'2026-01-05': items('2026-01-05', 2)}, behaviour: {'2026-01-05': 'fail-once-500'}});
		const home = tempHome();
		const run = await papers(['fetch'], {env: env(home)});
		expect(run).toMatchObject({code: 0, stdout: '2026-01-05  2 papers\n', stderr: ''});
		expect(server!.requests).toHaveLength(2);
	});

	it('429 with Retry-After: 1 is honoured, then stored', async () => {
		await serve({days: {'2026-01-05': items('2026-01-05', 2)}, behaviour: {'2026-01-05': 'rate-limit-once'}});
		const home = tempHome();
		const run = await papers(['fetch'], {env: env(home)});
		expect(run).toMatchObject({code: 0, stdout: '2026-01-05  2 papers\n'});
		expect(server!.requests).toHaveLength(2);
		expect(retryAfterMs('1')).toBe(1000);
		expect(retryAfterMs('99999')).toBe(60_000);
		expect(retryAfterMs('soon')).toBeNull();
	});

	it('always 5xx: after 3 retries, one line; the store keeps what it had', async () => {
		await serve({days: {}, behaviour: {'2026-01-05': 'always-500'}});
		const home = tempHome();
		fs.mkdirSync(storeOf(home), {recursive: true});
		fs.writeFileSync(path.join(storeOf(home), '2026-01-05.json'), JSON.stringify(items('2026-01-05', 1)));
		const run = await papers(['fetch', '--force'], {env: env(home)});
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(`papers: 2026-01-05: 127.0.0.1:${new URL(server!.url).port} answered 503; kept the 1 paper stored before\n`);
		expect(server!.requests).toHaveLength(4);
		expect(stored(home, '2026-01-05')).toHaveLength(1);
	});

	it('slower than the timeout: a clear line, nothing stored', async () => {
		await serve({days: {'2026-01-05': items('2026-01-05', 1)}, behaviour: {'2026-01-05': 'slow'}, slowMs: 5000});
		const home = tempHome();
		// One try is enough to see the timeout said; the retries after it are the test above's business.
		const run = await papers(['fetch', '--timeout', '1'], {env: env(home), retries: 0});
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(`papers: 2026-01-05: could not reach 127.0.0.1:${new URL(server!.url).port} (timed out after 1 s)\n`);
		expect(storedFiles(home)).toEqual([]);
	});

	it.each([
		['cut', /answered something that is not JSON instead of papers/],
		['html', /answered an HTML page instead of papers/],
		['error', /the API answered an error: No digest for that day\./],
		['bad-items', /item 1 of the answer lacks paper\.id or paper\.title/],
	] as const)('%s answer: that day fails with a clear line, the store keeps what it had', async (behaviour, message) => {
		await serve({days: {'2026-01-05': items('2026-01-05', 4)}, behaviour: {'2026-01-05': behaviour}});
		const home = tempHome();
		fs.mkdirSync(storeOf(home), {recursive: true});
		const before = JSON.stringify(items('2026-01-05', 2));
		fs.writeFileSync(path.join(storeOf(home), '2026-01-05.json'), before);
		const run = await papers(['fetch', '--force'], {env: env(home)});
		expect(run.code).toBe(1);
		expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
		expect(fs.readFileSync(path.join(storeOf(home), '2026-01-05.json'), 'utf8')).toBe(before);
		expect(storedFiles(home)).toEqual(['2026-01-05.json']);
	});

	it('a bad --date or --days is a usage error', async () => {
		expect((await runCli(['fetch', '--date', '2026-02-30'])).code).toBe(2);
		expect((await runCli(['fetch', '--days', '0'])).stderr).toBe('papers: --days must be a whole number from 1 to 3650, got 0\n');
	});
});

describe('freshness', () => {
	it('today and yesterday go stale after an hour; older days stay', () => {
		const now = Date.parse('2026-01-05T12:00:00Z');
		expect(isStale('2026-01-05', '2026-01-05', now - 2 * 3600_000, now)).toBe(true);
		expect(isStale('2026-01-04', '2026-01-05', now - 2 * 3600_000, now)).toBe(true);
		expect(isStale('2026-01-05', '2026-01-05', now - 60_000, now)).toBe(false);
		expect(isStale('2026-01-01', '2026-01-05', now - 90 * 24 * 3600_000, now)).toBe(false);
		expect(isStale('2026-01-01', '2026-01-05', null, now)).toBe(true);
	});

	it('a stored older day is kept unless --force', async () => {
		await serve({days: {'2026-01-01': items('2026-01-01', 3)}});
		const home = tempHome();
		await papers(['fetch', '--date', '2026-01-01'], {env: env(home)});
		const again = await papers(['fetch', '--date', '2026-01-01'], {env: env(home)});
		expect(again.stdout).toBe('2026-01-01  3 papers (stored, up to date)\n');
		expect(server!.requests).toHaveLength(1);
		await papers(['fetch', '--date', '2026-01-01', '--force'], {env: env(home)});
		expect(server!.requests).toHaveLength(2);
	});
});

describe('papers --today fetches first', () => {
	it('fetches a missing today, then shows it', async () => {
		await serve({days: {'2026-01-05': items('2026-01-05', 2)}});
		const home = tempHome();
		const run = await papers(['--today', '--json'], {env: env(home)});
		expect(run.stderr).toBe('');
		expect(JSON.parse(run.stdout)).toHaveLength(2);
	});

	it('--offline and PAPERS_OFFLINE=1 never ask', async () => {
		await serve({days: {'2026-01-05': items('2026-01-05', 2)}});
		const home = tempHome();
		await papers(['--today', '--json', '--offline'], {env: env(home)});
		await runCli(['--today', '--json'], {env: env(home, {PAPERS_OFFLINE: '1'})});
		expect(server!.requests).toHaveLength(0);
	});

	it('the network failing is one line, and cached days still show', async () => {
		await serve({days: {}, behaviour: {'2026-01-05': 'slow'}, slowMs: 5000});
		const home = tempHome();
		fs.mkdirSync(storeOf(home), {recursive: true});
		fs.writeFileSync(path.join(storeOf(home), '2026-01-04.json'), JSON.stringify(items('2026-01-04', 2)));
		const run = await papers(['--today', '--json', '--timeout', '1'], {env: env(home)});
		expect(run.code).toBe(0);
		// One line for an offline morning: what failed, and the day shown instead.
		expect(run.stderr).toBe(
			`papers: could not reach 127.0.0.1:${new URL(server!.url).port} (timed out after 1 s); showing Sun 4 Jan 2026, the newest day kept\n`,
		);
		expect(JSON.parse((await papers(['--offline', '--json'], {env: env(home)})).stdout)).toHaveLength(2);
	});
});

describe('the store is only ever whole files', () => {
	it('a fetch killed between write and rename leaves a temp file that readers skip; the day file is whole or absent', async () => {
		await serve({days: {'2026-01-05': items('2026-01-05', 2)}});
		const home = tempHome();
		fs.mkdirSync(storeOf(home), {recursive: true});
		// What a kill between write and rename leaves behind.
		fs.writeFileSync(path.join(storeOf(home), '.2026-01-05.json.123.456.tmp'), '[{"paper": {"id": "1", "tit');
		const offline = await papers(['--offline', '--json'], {env: env(home)});
		expect(offline.stderr).not.toMatch(/tmp|JSON/);
		await fetchDays(['2026-01-05'], {baseUrl: server!.url, timeoutMs: 2000, userAgent: 't', storeDir: storeOf(home), today: '2026-01-05'});
		expect(stored(home, '2026-01-05')).toHaveLength(2);
	});

	it('a fetch killed in the middle of writing a day leaves half a temp file, never half a day; the next fetch puts it whole', async () => {
		await serve({days: {'2026-01-05': items('2026-01-05', 500)}});
		const home = tempHome();
		const {runBinary} = await import('../helpers/run-cli.js');
		const fetch = (fault: string | null) =>
			runBinary(['fetch', '--force'], {env: {...env(home), PAPERS_TODAY: '2026-01-05', ...(fault ? {PAPERS_FAULT: fault} : {})}});
		// The kill lands where the fault point says (half the temp file written), not at a guessed moment.
		const torn = await fetch('atomic-write:torn');
		expect(torn.signal, `${torn.code} ${torn.stdout} ${torn.stderr}`).toBe('SIGKILL');
		expect(fs.existsSync(path.join(storeOf(home), '2026-01-05.json'))).toBe(false);
		const temps = fs.readdirSync(storeOf(home)).filter((f) => f.endsWith('.tmp'));
		expect(temps).toHaveLength(1);
		expect(() => JSON.parse(fs.readFileSync(path.join(storeOf(home), temps[0]!), 'utf8'))).toThrow();
		expect((await papers(['--offline', '--json'], {env: env(home)})).stderr).not.toMatch(/tmp|JSON/);
		expect((await fetch(null)).code).toBe(0);
		expect(stored(home, '2026-01-05')).toHaveLength(500);
	});
});

describe.skipIf(!HAS_FIXTURES)(`papers fetch on ${REAL}`, () => {
	it('stores the real API answers and reads them back', async () => {
		const days = Object.fromEntries(
			['2024-05-27', '2025-07-07', '2026-08-21'].map((d) => [d, JSON.parse(readFixture(`api/${d}.json`)) as unknown[]]),
		);
		await serve({days});
		const home = tempHome();
		const run = await papers(['fetch', '--since', '2026-08-20'], {env: env(home), today: '2026-08-22'});
		expect(run.stdout).toBe('2026-08-20  0 papers\n2026-08-21  17 papers\n2026-08-22  0 papers\n');
		const found = JSON.parse((await papers(['--offline', '--json'], {env: env(home)})).stdout);
		expect(found).toHaveLength(17);
		expect(found[0]).toMatchObject({id: '2608.19880', upvotes: 163, date: '2026-08-21'});
	});

	it('the real error body fails the day with a clear line', async () => {
		const http = await import('node:http');
		const body = readFixture('api/error-not-found.json');
		const srv = http.createServer((_req, res) => res.end(body));
		await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
		const home = tempHome();
		const run = await runCli(['fetch'], {
			env: {PAPERS_HOME: home, PAPERS_API_URL: `http://127.0.0.1:${(srv.address() as {port: number}).port}`},
		});
		srv.close();
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^papers: \d{4}-\d{2}-\d{2}: the API answered an error: .+\n$/);
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
	});
});
