import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {paperRecord, searchItem, startApiServer} from '../helpers/api-server.js';
import {runCli, tempHome} from '../helpers/run-cli.js';

/*
 * Beyond the store, from the command line: papers search, papers info and papers fetch --info against a real server
 * on 127.0.0.1 that answers /api/papers/search (both shapes it has had) and /api/papers/{id}, and misbehaves.
 */

let server: Awaited<ReturnType<typeof startApiServer>> | null = null;
afterEach(async () => {
	await server?.close();
	server = null;
});

const asked = (path: string) => server!.requests.filter((r) => r.url.startsWith(path));

describe('papers search', () => {
	it('prints the answers of the current shape in any format, with their ids, abstracts and counts', async () => {
		server = await startApiServer({
			search: {
				'speculative decoding': [
					searchItem('2401.00001', 'Fast speculative decoding', 'speculative decoding'),
					searchItem('2401.00002', 'Speculative decoding at scale', 'Speculative decoding'),
				],
			},
		});
		const run = await runCli(['search', 'speculative', 'decoding', '--json'], {env: {PAPERS_API_URL: server.url}});
		expect(run).toMatchObject({code: 0, stderr: ''});
		const papers = JSON.parse(run.stdout) as Array<{id: string; abstract: string; comments: number}>;
		expect(papers.map((p) => p.id)).toEqual(['2401.00001', '2401.00002']);
		expect(papers[0]).toMatchObject({abstract: 'About speculative decoding.', comments: 2});
		expect(asked('/api/papers/search')[0]!.url).toBe('/api/papers/search?q=speculative%20decoding&limit=50');
		const text = await runCli(['search', 'speculative', 'decoding', '-n', '5'], {env: {PAPERS_API_URL: server.url}});
		expect(text.stdout).toContain('Fast speculative decoding');
		expect(asked('/api/papers/search')[1]!.url).toMatch(/&limit=5$/);
	});

	it('reads the 2024 shape, a title and an id, and skips what is neither', async () => {
		server = await startApiServer({
			search: {
				old: [
					{id: '2403.00001', title: 'An  old\n answer', thumbnailUrl: 'https://x/t.png', source: 'arxiv'},
					{id: '../../etc', title: 'bad id'},
					{title: 'no id'},
					7,
				],
			},
		});
		const run = await runCli(['search', 'old', '--format', 'jsonl'], {env: {PAPERS_API_URL: server.url}});
		expect(run.code).toBe(0);
		expect(
			run.stdout
				.trim()
				.split('\n')
				.map((l) => JSON.parse(l) as {id: string; title: string}),
		).toEqual([expect.objectContaining({id: '2403.00001', title: 'An old answer'})]);
		expect(run.stderr).toBe(
			'papers: warning: 2 answers skipped: neither a paper nor an id with a title\npapers: warning: 1 answer skipped: not an object\n',
		);
	});

	it('cuts a query over 250 characters at a word, says so, and never sends it whole', async () => {
		server = await startApiServer();
		const words = Array.from({length: 60}, (_, i) => `word${i}`).join(' ');
		const run = await runCli(['search', words, '--json'], {env: {PAPERS_API_URL: server.url}});
		expect(run.code).toBe(0);
		expect(run.stderr).toMatch(/^papers: the query is over 250 characters, Hugging Face's limit: sent up to "…/);
		const sent = new URL(asked('/api/papers/search')[0]!.url, 'http://x').searchParams.get('q')!;
		expect(sent.length).toBeLessThanOrEqual(250);
		expect(words.startsWith(sent)).toBe(true);
		expect(words[sent.length]).toBe(' ');
		// One word longer than the limit is cut at the limit, never mid-pair of a surrogate.
		const emoji = await runCli(['search', '😀'.repeat(200), '--json'], {env: {PAPERS_API_URL: server.url}});
		expect(emoji.code).toBe(0);
	});

	it('keeps the rules: one line and exit 1 when the host cannot be reached, exit 2 for a bad flag or offline', async () => {
		const closed = await startApiServer();
		await closed.close();
		const host = new URL(closed.url).host;
		const down = await runCli(['search', 'x'], {env: {PAPERS_API_URL: closed.url}, retries: 0});
		expect(down).toMatchObject({code: 1, stdout: ''});
		expect(down.stderr).toBe(`papers: papers search: could not reach ${host} (connection refused)\n`);
		expect(await runCli(['search', 'x', '-n', '500'])).toMatchObject({
			code: 2,
			stderr: 'papers: --limit must be a whole number from 1 to 120, got 500\n',
		});
		expect(await runCli(['search'])).toMatchObject({code: 2, stderr: expect.stringContaining('papers search needs words') as string});
		expect((await runCli(['search', 'x', '--offline'])).code).toBe(2);
		expect((await runCli(['search', 'x', '--save', 'later'])).code).toBe(2);
	});

	it('an HTML page or an error body is one line, not papers', async () => {
		server = await startApiServer({search: {err: {error: 'Invalid query'}}});
		const run = await runCli(['search', 'err'], {env: {PAPERS_API_URL: server.url}});
		expect(run).toMatchObject({code: 1, stdout: ''});
		expect(run.stderr).toBe(`papers: papers search: ${new URL(server.url).host}: the API answered an error: Invalid query\n`);
	});
});

describe('papers info', () => {
	it('prints the counts and the top three of each, by downloads and by likes, saying how many are shown', async () => {
		server = await startApiServer({records: {'2501.00001': paperRecord('2501.00001', {models: 5, datasets: 1, spaces: 4, totals: true})}});
		const home = tempHome();
		const run = await runCli(['info', '2501.00001'], {env: {PAPERS_API_URL: server.url, PAPERS_HOME: home}});
		expect(run).toMatchObject({code: 0, stderr: ''});
		const lines = run.stdout.split('\n');
		expect(lines[0]).toBe('Record of 2501.00001');
		expect(run.stdout).toContain('Models 50 · Datasets 10 · Spaces 40');
		// papers info shows every repository it was given; the pane shows three.
		expect(run.stdout).toMatch(/Models \(5 of 50 shown\): org\/model-5 ↓ 500, org\/model-4 ↓ 400, org\/model-3 ↓ 300/);
		expect(run.stdout).toMatch(/Spaces \(4 of 40 shown\): org\/space-1 ♥ 40, org\/space-2 ♥ 30/);
		const json = await runCli(['info', 'https://huggingface.co/papers/2501.00001', '--json'], {
			env: {PAPERS_API_URL: server.url, PAPERS_HOME: home},
		});
		expect(JSON.parse(json.stdout)).toMatchObject({id: '2501.00001', numTotalModels: 50});
		// The second came from the cache: one question in all.
		expect(asked('/api/papers/2501.00001')).toHaveLength(1);
	});

	it('a 404 is a paper Hugging Face has not indexed: said, kept, and not asked again', async () => {
		server = await startApiServer();
		const home = tempHome();
		const env = {PAPERS_API_URL: server.url, PAPERS_HOME: home};
		const run = await runCli(['info', '2501.00404'], {env});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('not indexed by Hugging Face');
		await runCli(['info', '2501.00404'], {env});
		expect(asked('/api/papers/2501.00404')).toHaveLength(1);
	});

	it('a cut body is one line and exit 1, with nothing stored; a 429 is waited out as Retry-After says', async () => {
		server = await startApiServer({records: {'9999.00429': paperRecord('9999.00429', {models: 1})}});
		const home = tempHome();
		const env = {PAPERS_API_URL: server.url, PAPERS_HOME: home};
		const cut = await runCli(['info', '9999.00002'], {env, retries: 0});
		expect(cut).toMatchObject({code: 1, stdout: ''});
		expect(cut.stderr.trim().split('\n')).toHaveLength(1);
		expect(fs.existsSync(path.join(home, 'info', '9999.00002.json'))).toBe(false);
		const limited = await runCli(['info', '9999.00429'], {env});
		expect(limited).toMatchObject({code: 0, stderr: ''});
		expect(limited.stdout).toContain('Models 1 · Datasets 0 · Spaces 0');
		expect(asked('/api/papers/9999.00429')).toHaveLength(2);
	});

	it('--offline shows what is kept, and says when nothing is', async () => {
		server = await startApiServer({records: {'2501.00001': paperRecord('2501.00001', {models: 2})}});
		const home = tempHome();
		const missing = await runCli(['info', '2501.00001', '--offline'], {env: {PAPERS_HOME: home}});
		expect(missing).toMatchObject({code: 1, stdout: ''});
		expect(missing.stderr).toBe(
			'papers: 2501.00001: no record of 2501.00001 is kept for reading offline (papers info 2501.00001 fetches it)\n',
		);
		await runCli(['info', '2501.00001'], {env: {PAPERS_API_URL: server.url, PAPERS_HOME: home}});
		const kept = await runCli(['info', '2501.00001', '--offline'], {env: {PAPERS_HOME: home}});
		expect(kept.stdout).toContain('Models 2 · Datasets 0 · Spaces 0');
		expect(await runCli(['info'])).toMatchObject({code: 2});
		expect(await runCli(['info', 'not-an-id'])).toMatchObject({code: 2});
	});
});

describe('papers fetch --info, and models:>0', () => {
	const day = '2025-06-02';
	const item = (id: string, title: string) => ({
		paper: {id, title, summary: 'S.', authors: [], upvotes: 1},
		publishedAt: `${day}T00:00:00Z`,
		title,
	});

	it("keeps the records of a day's papers, two questions at most in flight, then searches match on them", async () => {
		const ids = ['2506.00001', '2506.00002', '2506.00003', '2506.00004', '2506.00005'];
		server = await startApiServer({
			days: {[day]: ids.map((id, i) => item(id, `Paper ${i + 1}`))},
			records: {[ids[0]!]: paperRecord(ids[0]!, {models: 3}), [ids[1]!]: paperRecord(ids[1]!, {spaces: 1})},
		});
		const home = tempHome();
		const env = {PAPERS_API_URL: server.url, PAPERS_HOME: home};
		expect((await runCli(['fetch', '--date', day], {env, today: day})).code).toBe(0);
		// Before any record is kept, models:>0 matches nothing, and says why.
		const before = await runCli(['--print', '--search', 'models:>0'], {env: {PAPERS_HOME: home, PAPERS_OFFLINE: '1'}, today: day});
		expect(before.stdout).toBe('');
		expect(before.stderr).toContain(
			'5 papers without a kept Hugging Face record match no models:, datasets: or spaces: term (papers fetch --info fills them)',
		);
		const run = await runCli(['fetch', '--info', '--date', day], {env, today: day});
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.stdout.split('\n')[0]).toBe('2506.00001  models 3 · datasets 0 · spaces 0');
		expect(run.stdout).toContain('2506.00005  not indexed by Hugging Face');
		expect(server.maxInFlight()).toBeLessThanOrEqual(2);
		const search = (q: string) =>
			runCli(['--print', '--format', 'jsonl', '--search', q], {env: {PAPERS_HOME: home, PAPERS_OFFLINE: '1'}, today: day});
		const ids0 = (out: string) =>
			out
				.trim()
				.split('\n')
				.filter(Boolean)
				.map((l) => (JSON.parse(l) as {id: string}).id);
		expect(ids0((await search('models:>0')).stdout)).toEqual(['2506.00001']);
		expect(ids0((await search('spaces:>0')).stdout)).toEqual(['2506.00002']);
		expect(ids0((await search('-models:>0')).stdout).sort()).toEqual(ids.slice(1));
		expect((await search('models:>0')).stderr).toBe('');
		// Kept: a second run asks nothing.
		const again = await runCli(['fetch', '--info', '--date', day], {env, today: day});
		expect(again.stdout).toContain('2506.00001  models 3 · datasets 0 · spaces 0 (kept)');
		expect(asked('/api/papers/2506')).toHaveLength(5);
	});

	it('a host that cannot be reached stops it at once, in one line, exit 1, with nothing stored', async () => {
		const ids = ['2506.00001', '2506.00002', '2506.00003'];
		server = await startApiServer({days: {[day]: ids.map((id, i) => item(id, `Paper ${i + 1}`))}});
		const home = tempHome();
		expect((await runCli(['fetch', '--date', day], {env: {PAPERS_API_URL: server.url, PAPERS_HOME: home}, today: day})).code).toBe(0);
		const closed = await startApiServer();
		await closed.close();
		const run = await runCli(['fetch', '--info', '--date', day], {
			env: {PAPERS_API_URL: closed.url, PAPERS_HOME: home},
			today: day,
			retries: 0,
		});
		expect(run).toMatchObject({code: 1, stdout: ''});
		expect(run.stderr).toBe(`papers: could not reach ${new URL(closed.url).host} (connection refused); 3 papers not asked about\n`);
		expect(fs.existsSync(path.join(home, 'info'))).toBe(false);
	});

	it('takes a reading list instead of days; --list goes only with --info; models:x is a usage error', async () => {
		const home = tempHome();
		expect(await runCli(['fetch', '--list', 'later'], {env: {PAPERS_HOME: home}})).toMatchObject({code: 2});
		expect((await runCli(['--print', '--search', 'models:x'], {env: {PAPERS_HOME: home}})).stderr).toContain(
			'models: wants a number with >, <, >=, <= or =, as in models:>0 (got "x")',
		);
		expect(await runCli(['fetch', '--info', '--list', 'nope'], {env: {PAPERS_HOME: home}})).toMatchObject({code: 1});
	});
});
