import {spawn} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {apiItem, dayItems} from '../helpers/api-server.js';
import {mcpServers} from '../helpers/mcp-client.js';
import {CLI, runBinary, runCli, tempHome} from '../helpers/run-cli.js';
import {AS_NOBODY, CAN_DROP_ROOT, NOBODY, sharedTemp} from '../helpers/unprivileged.js';

/*
 * `papers mcp` as a server: the ranking tools, the writes (refused without --allow-write, then made through the
 * browser's locked store), web text answered clean, two clients on one store, new day files noticed, and stdout
 * holding JSON-RPC alone.
 */

const mcp = mcpServers();
const TODAY = '2026-01-05';
const ID = '2601.05001';

type Brief = {id: string; title: string; likeness?: number; rules?: string[]};

function home(days: Record<string, unknown[]> = {'2026-01-05': dayItems('2026-01-05', 6), '2026-01-02': dayItems('2026-01-02', 3)}) {
	const dir = tempHome();
	fs.mkdirSync(path.join(dir, 'digests'));
	for (const [day, items] of Object.entries(days)) fs.writeFileSync(path.join(dir, 'digests', `${day}.json`), JSON.stringify(items));
	return {dir, env: {PAPERS_HOME: dir, PAPERS_TODAY: TODAY, PAPERS_OFFLINE: '1'}};
}

/** A day whose papers say what they are about, so likeness has words to go on. */
function topicalDay(day: string) {
	const topics = [
		'speculative decoding draft tokens',
		'speculative decoding verification',
		'protein folding structure',
		'robot grasping policy',
	];
	return topics.map((topic, i) => {
		const item = apiItem(day, i + 1, 10 - i);
		return {
			...item,
			title: `On ${topic}`,
			paper: {...item.paper, id: `2601.0600${i + 1}`, title: `On ${topic}`, summary: `We study ${topic} at length.`},
		};
	});
}

// Control characters, C1, and bidi overrides: anything that can act on a terminal or reorder what is shown.
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const strings = (value: unknown): string[] =>
	typeof value === 'string'
		? [value]
		: Array.isArray(value)
			? value.flatMap(strings)
			: value && typeof value === 'object'
				? Object.values(value).flatMap(strings)
				: [];

describe('papers mcp: ranking and gathering', () => {
	it('similar_papers and for_you rank by likeness, with their reasons', async () => {
		const {env} = home({'2026-01-06': topicalDay('2026-01-06')});
		const server = await mcp({...env, PAPERS_TODAY: '2026-01-06'});
		const alike = await server.call('similar_papers', {id: '2601.06001', limit: 2});
		expect((alike.data.papers as Brief[])[0]).toMatchObject({id: '2601.06002', shared: expect.arrayContaining(['speculative'])});
		expect(await server.call('for_you', {})).toMatchObject({isError: true, text: expect.stringContaining('no papers saved')});
		await runCli(['--search', 'id:2601.06001', '--save', 'bio'], {env});
		const forYou = await server.call('for_you', {list: 'bio', limit: 4});
		const papers = forYou.data.papers as Array<Brief & {like: string | null}>;
		expect(papers[0]).toMatchObject({id: '2601.06002', like: 'On speculative decoding draft tokens'});
		expect(papers[0]!.likeness).toBeGreaterThan(0);
		expect(papers.map((p) => p.id)).toEqual(
			(JSON.parse((await runCli(['--for-you', 'bio', '--json', '-n', '4'], {env})).stdout) as Brief[]).map((p) => p.id),
		);
		expect(await server.call('for_you', {list: 'nope'})).toMatchObject({isError: true, text: expect.stringContaining('"bio"')});
	});

	it('watch_hits: what the rules match, and reading it announces nothing', async () => {
		const {dir, env} = home();
		await runCli(['watch', 'add', 'ones', 'Paper 1'], {env});
		const server = await mcp(env);
		const hits = await server.call('watch_hits', {new_only: true});
		expect((hits.data.papers as Brief[]).map((p) => p.id)).toEqual(['2601.05001', '2601.02001']);
		expect((hits.data.papers as Brief[])[0]!.rules).toEqual(['ones']);
		expect(hits.data.rules).toEqual([{name: 'ones', query: 'Paper 1', matches: 2}]);
		expect(fs.existsSync(path.join(dir, 'announced.txt'))).toBe(false);
		// The cron line still announces them, once.
		expect((await runCli(['watch', '--new', '--json'], {env})).stdout).toContain('2601.05001');
		expect((await server.call('watch_hits', {new_only: true})).data.papers).toEqual([]);
		expect(await server.call('watch_hits', {rule: 'twos'})).toMatchObject({isError: true, text: expect.stringContaining('"ones"')});
	});

	it('reading_lists: the lists with their counts, and one list whole', async () => {
		const {env} = home();
		await runCli(['--date', TODAY, '--search', 'id:2601.05002', '--save', 'later'], {env});
		const server = await mcp(env);
		expect((await server.call('reading_lists')).data.lists).toEqual([{name: 'later', count: 1, unread: 1}]);
		const later = await server.call('reading_lists', {name: 'later'});
		expect(later.data.papers).toEqual([expect.objectContaining({id: '2601.05002', read: false})]);
	});
});

describe('papers mcp: writes', () => {
	it('refuses every write without --allow-write, naming the flag, and changes nothing', async () => {
		const {dir, env} = home();
		const server = await mcp(env);
		for (const [name, args] of [
			['save_to_list', {id: ID, list: 'later'}],
			['remove_from_list', {id: ID, list: 'later'}],
			['set_note', {id: ID, text: 'x'}],
			['tag_paper', {id: ID, add: ['x']}],
		] as const) {
			const answer = await server.call(name, args);
			expect(answer, name).toMatchObject({isError: true, text: expect.stringContaining('--allow-write')});
		}
		expect(fs.existsSync(path.join(dir, 'config.json'))).toBe(false);
	});

	it('with --allow-write saves, notes, tags and removes, as the command line then reads them', async () => {
		const {env} = home();
		const server = await mcp(env, ['--allow-write']);
		expect((await server.call('save_to_list', {id: ID, list: 'to read'})).data).toEqual({id: ID, changed: true, list: 'to read'});
		expect((await server.call('save_to_list', {id: ID, list: 'to read'})).data).toMatchObject({changed: false});
		await server.call('set_note', {id: ID, text: 'the ablation in §4'});
		expect((await server.call('tag_paper', {id: ID, add: ['#Decoding', 'rl'], remove: ['rl']})).data).toMatchObject({tags: ['decoding']});
		expect(await server.call('tag_paper', {id: ID, add: ['no spaces']})).toMatchObject({isError: true});
		expect((await runCli(['lists', '--json'], {env})).stdout).toContain('"to read"');
		expect((await runCli(['note', ID], {env})).stdout).toBe('the ablation in §4\n');
		expect((await runCli(['tag', ID], {env})).stdout).toBe('#decoding\n');
		expect((await server.call('get_paper', {id: ID})).data.paper).toMatchObject({lists: ['to read'], tags: ['decoding']});
		expect((await server.call('remove_from_list', {id: ID, list: 'to read'})).data).toMatchObject({changed: true});
		expect((await runCli(['lists', '--json'], {env})).stdout).toMatch(/"count": 0/);
		await server.call('set_note', {id: ID, text: ''});
		expect((await runCli(['note', ID], {env})).code).toBe(1);
	});

	it.runIf(CAN_DROP_ROOT)(`a home it cannot write: a write is one line, and the next question is served (${AS_NOBODY})`, async () => {
		const dir = sharedTemp('papers-mcp-ro-');
		fs.mkdirSync(path.join(dir, 'digests'));
		fs.writeFileSync(path.join(dir, 'digests', '2026-01-05.json'), JSON.stringify(dayItems('2026-01-05', 2)));
		fs.chmodSync(path.join(dir, 'digests'), 0o555);
		fs.chmodSync(dir, 0o555);
		const server = await mcp({PAPERS_HOME: dir, PAPERS_TODAY: TODAY, PAPERS_OFFLINE: '1'}, ['--allow-write'], NOBODY);
		const refused = await server.call('save_to_list', {id: ID, list: 'later'});
		expect(refused.isError).toBe(true);
		expect(refused.text).toMatch(/^list "later" not changed: /);
		expect(refused.text.split('\n')).toHaveLength(1);
		expect((await server.call('get_paper', {id: ID})).isError).toBe(false);
		expect(fs.existsSync(path.join(dir, 'config.json'))).toBe(false);
	});

	it('two clients at once on one store lose nothing of each other', async () => {
		const {env} = home({'2026-01-05': dayItems('2026-01-05', 12)});
		const [a, b] = await Promise.all([mcp(env, ['--allow-write']), mcp(env, ['--allow-write'])]);
		const ids = Array.from({length: 12}, (_, i) => `2601.05${String(i + 1).padStart(3, '0')}`);
		const answers = await Promise.all(ids.map((id, i) => (i % 2 ? a : b).call('save_to_list', {id, list: 'shared'})));
		expect(answers.filter((r) => r.isError)).toEqual([]);
		const listed = await a.call('reading_lists', {name: 'shared'});
		expect((listed.data.papers as Brief[]).map((p) => p.id).sort()).toEqual(ids);
	});
});

describe('papers mcp: a server', () => {
	it('answers web text clean: no escape, control or bidi character reaches the agent', async () => {
		const evil = apiItem('2026-01-05', 7, 99);
		const title = 'Evil \u001b]0;pwned\u0007 title \u001b[2J\u202eeman';
		const hostile = {
			...evil,
			title,
			paper: {...evil.paper, id: '2601.00666', title, summary: 'Red \u001b[31malert\u009b2J and \u0007bell.'},
		};
		const {env} = home({'2026-01-05': [hostile, ...dayItems('2026-01-05', 2)]});
		await runCli(['note', '2601.00666', 'mine \u001b[5m'], {env});
		const server = await mcp(env);
		for (const [name, args] of [
			['get_paper', {id: '2601.00666'}],
			['search_papers', {query: 'evil'}],
			['list_papers', {date: TODAY}],
		] as const) {
			const answer = await server.call(name, args);
			expect(answer.isError, answer.text).toBe(false);
			for (const text of [answer.text, ...strings(answer.data)]) expect(text, name).not.toMatch(HIDDEN);
			expect(answer.text, name).toContain('Evil ]0;pwned title [2Jeman');
		}
	});

	it('notices a day file written while it runs, as the browser does', async () => {
		const {dir, env} = home();
		const server = await mcp(env);
		expect((await server.call('list_papers', {date: '2026-01-06'})).data.total).toBe(0);
		fs.writeFileSync(path.join(dir, 'digests', '2026-01-06.json'), JSON.stringify(dayItems('2026-01-06', 2)));
		expect((await server.call('list_papers', {date: '2026-01-06'})).data.total).toBe(2);
		expect((await server.call('search_papers', {query: 'id:2601.06002'})).data.total).toBe(1);
	});

	it('writes JSON-RPC alone on stdout, its notes on stderr, and ends when the client closes stdin', async () => {
		const {dir, env} = home();
		fs.writeFileSync(path.join(dir, 'digests', '2026-01-04.json'), '{"not": "a day"');
		const child = spawn(process.execPath, [CLI, 'mcp'], {env: {...process.env, ...env}, stdio: ['pipe', 'pipe', 'pipe']});
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		const ended = new Promise<number | null>((resolve) => child.on('close', resolve));
		const send = (message: object) => child.stdin.write(`${JSON.stringify({jsonrpc: '2.0', ...message})}\n`);
		send({id: 1, method: 'initialize', params: {protocolVersion: '2025-06-18', capabilities: {}, clientInfo: {name: 'raw', version: '1'}}});
		send({method: 'notifications/initialized'});
		send({id: 2, method: 'tools/call', params: {name: 'list_papers', arguments: {date: TODAY}}});
		send({id: 3, method: 'tools/call', params: {name: 'get_paper', arguments: {id: '1234.99999'}}});
		await waitFor(() => stdout.includes('"id":3'));
		child.stdin.end();
		expect(await ended).toBe(0);
		const lines = stdout.trimEnd().split('\n');
		// Answers may come in any order (the unknown id was quicker): each line one JSON-RPC message.
		expect(
			lines
				.map((l) => JSON.parse(l) as {jsonrpc: string; id: number})
				.map((m) => `${m.jsonrpc} ${m.id}`)
				.sort(),
		).toEqual(['2.0 1', '2.0 2', '2.0 3']);
		for (const line of stderr.trimEnd().split('\n')) expect(line).toMatch(/^papers: /);
		expect(stderr).toContain('2026-01-04.json');
	});

	it('with no client (stdin closed at once) ends at once, exit 0, nothing on stdout', async () => {
		const {env} = home();
		expect(await runBinary(['mcp'], {env, noTerminal: true})).toMatchObject({code: 0, stdout: ''});
		expect(await runBinary(['mcp', 'extra'], {env})).toMatchObject({
			code: 2,
			stdout: '',
			stderr: expect.stringMatching(/^papers: papers mcp takes no inputs/),
		});
	});
});

async function waitFor(done: () => boolean): Promise<void> {
	while (!done()) await new Promise((resolve) => setImmediate(resolve));
}
