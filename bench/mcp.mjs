// `papers mcp` measured as an MCP client meets it: until initialize is answered (beside the smallest SDK server),
// and a search_papers call on the bench's store once the server is started.
import {spawn} from 'node:child_process';

/** A server process spoken to in JSON-RPC lines: send a request, wait for its answer. */
function serverOf(command, args, env) {
	const child = spawn(command, args, {env, stdio: ['pipe', 'pipe', 'ignore']});
	const waiting = new Map();
	let buffer = '';
	child.stdout.setEncoding('utf8').on('data', (chunk) => {
		buffer += chunk;
		for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
			const message = JSON.parse(buffer.slice(0, end));
			buffer = buffer.slice(end + 1);
			waiting.get(message.id)?.(message);
		}
	});
	let next = 1;
	const ask = (method, params) =>
		new Promise((resolve) => {
			const id = next++;
			waiting.set(id, resolve);
			child.stdin.write(`${JSON.stringify({jsonrpc: '2.0', id, method, params})}\n`);
		});
	const initialize = () =>
		ask('initialize', {protocolVersion: '2025-06-18', capabilities: {}, clientInfo: {name: 'bench', version: '1'}}).then((answer) => {
			child.stdin.write(`${JSON.stringify({jsonrpc: '2.0', method: 'notifications/initialized'})}\n`);
			return answer;
		});
	const ended = new Promise((resolve) => child.on('close', resolve));
	return {ask, initialize, close: () => (child.stdin.end(), ended)};
}

/** Milliseconds from spawn until initialize is answered: papers mcp and the floor, interleaved, `runs` each. */
export async function mcpStart(cli, floor, node, env, runs = 11) {
	const times = {papers: [], floor: []};
	for (let i = 0; i < runs; i++)
		for (const [name, args] of [
			['papers', [cli, 'mcp']],
			['floor', [floor]],
		]) {
			const started = performance.now();
			const server = serverOf(node, args, env);
			await server.initialize();
			times[name].push(performance.now() - started);
			await server.close();
		}
	return times;
}

const QUERIES = [
	'learning',
	'agent reasoning',
	'diffusion -video',
	'title:scaling',
	'"reward data"',
	'memory upvotes:>100',
	'sparse',
	'multimodal token',
];

/** search_papers on a store, once started: the first call (which reads the store and indexes it), then each query. */
export async function mcpSearch(cli, node, env, rounds = 3) {
	const server = serverOf(node, [cli, 'mcp'], env);
	await server.initialize();
	const call = (query) => server.ask('tools/call', {name: 'search_papers', arguments: {query, limit: 20}});
	let started = performance.now();
	await call('learning');
	const first = performance.now() - started;
	// A phrase apart: its words are in nearly every paper of the synthetic store (25 words make every abstract), so it
	// reads every abstract, which a phrase of real papers, narrowed by its first word, seldom does.
	const calls = [];
	const phrases = [];
	for (let r = 0; r < rounds; r++)
		for (const query of QUERIES) {
			started = performance.now();
			await call(query);
			(query.startsWith('"') ? phrases : calls).push(performance.now() - started);
		}
	await server.close();
	return {first, calls, phrases};
}
