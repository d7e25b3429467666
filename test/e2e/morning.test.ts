import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {dayItems as items, startApiServer} from '../helpers/api-server.js';
import {ptySessions} from '../helpers/pty.js';
import {CLI, runCli, tempHome} from '../helpers/run-cli.js';

type Server = Awaited<ReturnType<typeof startApiServer>>;
let server: Server | undefined;
const start = ptySessions();
afterEach(async () => {
	await server?.close();
	server = undefined;
});

/** A home whose store holds yesterday (fresh), and a server that holds today's answer until released. */
async function hangingMorning() {
	server = await startApiServer({days: {'2026-01-05': items('2026-01-05', 2)}, behaviour: {'2026-01-05': 'hold'}});
	const home = tempHome();
	fs.mkdirSync(path.join(home, 'digests'));
	fs.writeFileSync(path.join(home, 'digests', '2026-01-04.json'), JSON.stringify(items('2026-01-04', 3)));
	const env = {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'};
	return {home, env};
}

const open = (command: string, env: NodeJS.ProcessEnv) => start(command, {env});

describe('the morning loop in a real terminal', () => {
	it('draws before the network answers, then merges what arrives without moving the cursor off its paper', async () => {
		const {env} = await hangingMorning();
		const s = open(`node '${CLI}'`, env);
		await s.waitFor('Paper 1 of 2026-01-04');
		await s.waitFor(() => server!.holding() === 1);
		// The request is still pending, and the screen is up, saying so.
		await s.waitFor('fetching 1 day');
		expect(s.screen()).not.toContain('of 2026-01-05');
		s.child.write('j');
		await s.waitFor(/› +Paper 2 of 2026-01-04/);
		server!.release();
		await s.waitFor('Paper 1 of 2026-01-05');
		await s.waitFor(/› +Paper 2 of 2026-01-04/);
		await s.waitFor(/\+2 papers fetched/);
		await s.waitFor('2 new papers above (g)');
	});

	it('lands on the newest day once it arrives, when the user has not moved yet', async () => {
		const {env} = await hangingMorning();
		const s = open(`node '${CLI}'`, env);
		await s.waitFor(/› +Paper 1 of 2026-01-04/);
		await s.waitFor(() => server!.holding() === 1);
		server!.release();
		await s.waitFor(/› +Paper 1 of 2026-01-05/);
		// The new day's header is the first row under the header line.
		await s.waitFor(() => /Mon.*5 Jan|2026-01-05|Jan 5/.test(s.screen().split('\n')[1] ?? ''));
		s.child.write('n');
		await s.waitFor(/› +Paper 2 of 2026-01-05/);
	});

	it("a first run: the store's papers replace the sample, the sample's notice goes, and every paper fetched counts", async () => {
		server = await startApiServer({days: {'2026-01-05': items('2026-01-05', 3)}});
		const home = tempHome();
		const s = open(`node '${CLI}'`, {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'});
		await s.waitFor('bundled sample digest');
		await s.waitFor(/› +Paper 1 of 2026-01-05/);
		await s.waitFor('+3 papers fetched');
		await s.waitFor(() => !s.screen().includes('bundled sample digest'));
	});

	it('q while a fetch hangs exits 0 at once, and nothing partial is stored', async () => {
		const {home, env} = await hangingMorning();
		const s = open(`node '${CLI}'`, env);
		await s.waitFor('Paper 1 of 2026-01-04');
		await s.waitFor(() => server!.holding() === 1);
		s.child.write('q');
		// The exit must come while the server still holds its answer: released only after.
		expect(await s.exited).toBe(0);
		server!.release();
		expect(fs.readdirSync(path.join(home, 'digests')).filter((f) => f.endsWith('.json') && !f.startsWith('.'))).toEqual([
			'2026-01-04.json',
		]);
	});

	it('a paper is seen after a moment on it, not by passing over it: quit, and --new leaves exactly those out', async () => {
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		fs.writeFileSync(path.join(home, 'digests', '2026-01-04.json'), JSON.stringify(items('2026-01-04', 5)));
		const env = {PAPERS_HOME: home, PAPERS_TODAY: '2026-01-04', PAPERS_OFFLINE: '1'};
		const s = open(`node '${CLI}'`, env);
		await s.waitFor('Paper 1 of 2026-01-04');
		// The first paper, after its moment.
		await s.waitFor('4 new');
		s.child.write('jj');
		await s.waitFor(/› +Paper 3 of 2026-01-04/);
		await s.waitFor('3 new');
		s.child.write('q');
		expect(await s.exited).toBe(0);
		const left = JSON.parse((await runCli(['--new', '--json'], {env})).stdout) as Array<{title: string}>;
		expect(left.map((p) => p.title)).toEqual(['Paper 2 of 2026-01-04', 'Paper 4 of 2026-01-04', 'Paper 5 of 2026-01-04']);
		// n jumps to the next new paper; U takes a mark back; m marks the day.
		const again = open(`node '${CLI}'`, env);
		await again.waitFor('3 new');
		again.child.write('n');
		await again.waitFor(/› +Paper 2 of 2026-01-04/);
		await again.waitFor('2 new');
		again.child.write('U');
		await again.waitFor('3 new');
		again.child.write('m');
		await again.waitFor('0 new');
		again.child.write('q');
		expect(await again.exited).toBe(0);
		expect(JSON.parse((await runCli(['--new', '--json'], {env})).stdout)).toEqual([]);
	});
});

describe('the reader in a real terminal', () => {
	it('v opens the paper; ] goes to the next heading; / finds a word and n the next; q comes back to the same paper', async () => {
		const {PAPER_MD} = await import('../reader/paper.md.js');
		server = await startApiServer({papers: {'2601.04002': PAPER_MD}});
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		fs.writeFileSync(path.join(home, 'digests', '2026-01-04.json'), JSON.stringify(items('2026-01-04', 3)));
		const s = open(`node '${CLI}'`, {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-04'});
		await s.waitFor('Paper 1 of 2026-01-04');
		s.child.write('j');
		await s.waitFor(/› +Paper 2 of 2026-01-04/);
		s.child.write('v');
		await s.waitFor('A Small Paper About Testing Readers');
		await s.waitFor(() => (s.screen().split('\n')[0] ?? '').includes('reading 2601.04002'));
		s.child.write(']');
		await s.waitFor(() => s.screen().split('\n')[1]!.trim() === 'Abstract');
		s.child.write('/needle\r');
		await s.waitFor('match 1 of 2');
		s.child.write('n');
		await s.waitFor('match 2 of 2');
		s.child.write('q');
		await s.waitFor(/› +Paper 2 of 2026-01-04/);
		await s.waitFor(() => !s.screen().includes('reading 2601.04002'));
	});
});
