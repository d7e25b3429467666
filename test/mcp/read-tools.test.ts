import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {apiItem, apiServers, dayItems, paperRecord, searchItem} from '../helpers/api-server.js';
import {mcpServers, startMcp, type McpRun} from '../helpers/mcp-client.js';
import {runCli, tempHome} from '../helpers/run-cli.js';

/*
 * `papers mcp`'s read-only tools, driven by the SDK's own client against the built binary, on a store of our own:
 * each answers what the command line answers on the same store, and refuses what its schema does not take.
 */

const site = apiServers();
const mcp = mcpServers();
const TODAY = '2026-01-05';
const ID = '2601.05001';

type Brief = {id: string; title: string; upvotes: number; note?: string; tags?: string[]};

async function home(extra: NodeJS.ProcessEnv = {}) {
	const dir = tempHome();
	fs.mkdirSync(path.join(dir, 'digests'));
	for (const [day, n] of [
		['2026-01-05', 4],
		['2025-12-29', 2],
		['2026-01-02', 3],
	] as const)
		fs.writeFileSync(path.join(dir, 'digests', `${day}.json`), JSON.stringify(dayItems(day, n)));
	const env = {PAPERS_HOME: dir, PAPERS_TODAY: TODAY, PAPERS_OFFLINE: '1', ...extra};
	return {dir, env};
}

const idsOf = (data: Record<string, unknown>) => (data.papers as Brief[]).map((p) => p.id);
const printedIds = (json: string) => (JSON.parse(json) as Brief[]).map((p) => p.id);

describe('papers mcp: the tools an agent reads with', () => {
	// One server for the tests that only read the same store: each start of the built server costs seconds under load.
	let shared: {env: NodeJS.ProcessEnv; server: McpRun};
	beforeAll(async () => {
		const {env} = await home();
		await runCli(['note', ID, 'read the ablations'], {env});
		shared = {env, server: await startMcp(env)};
	});
	afterAll(() => shared.server.close());

	it('lists every tool with its schema, read-only ones marked so, and the ones that reach the web marked open-world', async () => {
		const {server} = shared;
		const {tools} = await server.client.listTools();
		const byName = new Map(tools.map((t) => [t.name, t]));
		for (const name of [
			'search_papers',
			'get_paper',
			'read_paper',
			'list_papers',
			'similar_papers',
			'for_you',
			'watch_hits',
			'reading_lists',
		])
			expect(byName.get(name)?.annotations?.readOnlyHint, name).toBe(true);
		for (const name of ['save_to_list', 'remove_from_list', 'set_note', 'tag_paper'])
			expect(byName.get(name)?.annotations?.readOnlyHint, name).toBe(false);
		expect(byName.get('remove_from_list')?.annotations?.destructiveHint).toBe(true);
		expect(byName.get('search_papers')?.annotations?.openWorldHint).toBe(true);
		expect(byName.get('read_paper')?.annotations?.openWorldHint).toBe(true);
		expect(byName.get('get_paper')?.annotations?.openWorldHint).toBe(false);
		for (const tool of tools) {
			expect(tool.description!.length, tool.name).toBeGreaterThan(60);
			expect(tool.outputSchema, tool.name).toBeDefined();
		}
		expect(byName.get('search_papers')?.inputSchema.properties).toHaveProperty('query');
	});

	it('search_papers answers what papers --search answers, in the same order', async () => {
		const {env, server} = shared;
		for (const query of ['paper', 'Paper 2', 'upvotes:>2', 'note:ablations', '-"Paper 1"']) {
			const answer = await server.call('search_papers', {query, limit: 50});
			const printed = await runCli(['--search', query, '--json'], {env});
			expect(answer.isError, answer.text).toBe(false);
			expect(idsOf(answer.data), query).toEqual(printedIds(printed.stdout));
			expect(idsOf(answer.data).length, query).toBeGreaterThan(0);
		}
		const noted = await server.call('search_papers', {query: 'note:ablations'});
		expect((noted.data.papers as Brief[])[0]).toMatchObject({id: ID, note: 'read the ablations'});
		expect(noted.text).toContain('note: read the ablations');
	});

	it('list_papers answers what papers --date, --week and --today answer', async () => {
		const {env, server} = shared;
		const cases: Array<[Record<string, unknown>, string[]]> = [
			[{date: '2026-01-02'}, ['--date', '2026-01-02']],
			[{week: '2026-W01'}, ['--week', '2026-W01']],
			[{month: '2025-12'}, ['--month', '2025-12']],
			[{}, ['--today']],
			[{date: 'today', limit: 2}, ['--today', '--limit', '2']],
		];
		for (const [args, flags] of cases) {
			const answer = await server.call('list_papers', args);
			const printed = await runCli([...flags, '--json'], {env});
			expect(idsOf(answer.data), flags.join(' ')).toEqual(printedIds(printed.stdout));
			expect(idsOf(answer.data).length, flags.join(' ')).toBeGreaterThan(0);
		}
	});

	it('list_papers on a day without papers yet gives the newest day before it, and says so', async () => {
		const {env} = await home({PAPERS_TODAY: '2026-01-07'});
		const server = await mcp(env);
		const answer = await server.call('list_papers', {});
		expect(answer.data.selection).toBe('2026-01-05');
		expect(answer.data.notes).toEqual([expect.stringContaining('no papers for today (2026-01-07) yet')]);
		expect(idsOf(answer.data)).toHaveLength(4);
	});

	it('list_papers new_only leaves out what the browser has shown, as --new does', async () => {
		const {dir, env} = await home();
		fs.writeFileSync(path.join(dir, 'seen.txt'), `arxiv:${ID}\narxiv:2601.05002\n`);
		const server = await mcp(env);
		const answer = await server.call('list_papers', {date: '2026-01-05', new_only: true});
		expect(idsOf(answer.data)).toEqual(['2601.05003', '2601.05004']);
		expect(idsOf(answer.data)).toEqual(printedIds((await runCli(['--date', '2026-01-05', '--new', '--json'], {env})).stdout));
	});

	it('list_papers trending: the snapshot kept, in its order; none kept is a tool error naming the command', async () => {
		const {env} = await home();
		const server = await mcp(env);
		const none = await server.call('list_papers', {trending: true});
		expect(none).toMatchObject({isError: true, text: expect.stringContaining('papers fetch --trending')});
		const items = [3, 9, 1].map((n, i) => ({...apiItem('2026-01-05', n, 100 - i), title: `Trending ${n}`}));
		const api = await site({ranges: {trending: items}});
		await runCli(['fetch', '--trending'], {env: {...env, PAPERS_OFFLINE: '', PAPERS_API_URL: api.url}});
		const answer = await server.call('list_papers', {trending: true});
		expect((answer.data.papers as Brief[]).map((p) => p.title)).toEqual(['Trending 3', 'Trending 9', 'Trending 1']);
	});

	it("get_paper: the whole paper with the user's note, tags and lists, and what cites it from the record kept", async () => {
		const {env} = await home();
		const api = await site({records: {[ID]: paperRecord(ID, {models: 2, spaces: 1})}});
		await runCli(['info', ID], {env: {...env, PAPERS_OFFLINE: '', PAPERS_API_URL: api.url}});
		await runCli(['note', ID, 'compare with 2601.05002'], {env});
		await runCli(['tag', ID, '+decoding'], {env});
		await runCli(['--date', '2026-01-05', '--search', `id:${ID}`, '--save', 'reading'], {env});
		const server = await mcp(env);
		const {data, text, isError} = await server.call('get_paper', {id: `https://arxiv.org/abs/${ID}v2`});
		expect(isError, text).toBe(false);
		expect(data.paper).toMatchObject({
			id: ID,
			date: '2026-01-05',
			note: 'compare with 2601.05002',
			tags: ['decoding'],
			lists: ['reading'],
			links: expect.arrayContaining([{label: 'arXiv', url: `https://arxiv.org/abs/${ID}`}]),
			citedBy: {models: {total: 2, top: expect.any(Array)}, spaces: {total: 1, top: expect.any(Array)}, datasets: {total: 0, top: []}},
		});
		expect(text).toContain('Your note:\ncompare with 2601.05002');
		expect(text).toContain('In your lists: reading');
	});

	it('an unknown id is a tool error in one line, and the next call is served', async () => {
		const {server} = shared;
		for (const id of ['2612.99999', 'not an id']) {
			const answer = await server.call('get_paper', {id});
			expect(answer.isError).toBe(true);
			expect(answer.text.split('\n')).toHaveLength(1);
		}
		expect((await server.call('get_paper', {id: ID})).isError).toBe(false);
	});

	it('refuses arguments its schema does not take, and goes on serving', async () => {
		const {server} = shared;
		const refused: Array<[string, Record<string, unknown>]> = [
			['search_papers', {query: ''}],
			['search_papers', {query: 'x', limit: 0}],
			['search_papers', {query: 'x', limit: 'ten'}],
			['list_papers', {date: 'yesterday'}],
			['list_papers', {date: '2026-02-30'}],
			['list_papers', {date: '2026-01-05', week: '2026-W01'}],
			['read_paper', {id: ID, max_chars: 5}],
			['get_paper', {}],
			['search_papers', {query: 'title:'}],
		];
		for (const [name, args] of refused) {
			const answer = await server.call(name, args);
			expect(answer.isError, `${name} ${JSON.stringify(args)}: ${answer.text}`).toBe(true);
		}
		expect(await server.call('list_papers', {date: '2026-02-30'})).toMatchObject({text: 'date must be YYYY-MM-DD, got 2026-02-30'});
		expect((await server.call('list_papers', {date: '2026-01-05'})).isError).toBe(false);
	});

	it('read_paper: the full text a part at a time, kept once read, and offline without it one line', async () => {
		const {env} = await home({PAPERS_OFFLINE: ''});
		const text = `# A paper\n\n${'Words of the paper. '.repeat(100)}\n`;
		const api = await site({papers: {[ID]: text}});
		const server = await mcp({...env, PAPERS_API_URL: api.url});
		const first = await server.call('read_paper', {id: ID, max_chars: 1000});
		expect(first.data).toMatchObject({id: ID, offset: 0, total: text.length, next_offset: 1000});
		const rest = await server.call('read_paper', {id: ID, offset: 1000, max_chars: 100_000});
		expect(rest.data).toMatchObject({next_offset: null});
		expect(`${first.data.text as string}${rest.data.text as string}`).toBe(text);
		expect(rest.text).toContain('[the end]');
		await api.close();
		const kept = await mcp({...env, PAPERS_OFFLINE: '1'});
		expect((await kept.call('read_paper', {id: ID, max_chars: 500})).data).toMatchObject({total: text.length});
		const missing = await kept.call('read_paper', {id: '2601.05002'});
		expect(missing).toMatchObject({isError: true, text: expect.stringContaining('offline')});
	});

	it("search_papers remote asks Hugging Face's search of every paper", async () => {
		const {env} = await home({PAPERS_OFFLINE: ''});
		const api = await site({search: {'world model': [searchItem('2401.00009', 'A World Model', 'World')]}});
		const server = await mcp({...env, PAPERS_API_URL: api.url});
		const answer = await server.call('search_papers', {query: 'world model', remote: true});
		expect(answer.data).toMatchObject({total: 1, papers: [{id: '2401.00009', title: 'A World Model'}]});
		const offline = await mcp({...env, PAPERS_OFFLINE: '1'});
		expect(await offline.call('search_papers', {query: 'world model', remote: true})).toMatchObject({isError: true});
	});
});
