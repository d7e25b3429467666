import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {readSeen} from '../../source/seen/store.js';
import {dayItems as items, startApiServer} from '../helpers/api-server.js';
import {pageDigest, runCli, runShell, tempHome, writeTemp} from '../helpers/run-cli.js';

type Server = Awaited<ReturnType<typeof startApiServer>>;
let server: Server | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});
const json = (text: string) => JSON.parse(text) as Array<{title: string; date: string}>;

describe('catching up', () => {
	it('one refresh fetches exactly the missing days, weekend ones too, and the next start asks for none again', async () => {
		// Friday is stored; Saturday and Sunday come back empty; Monday has papers.
		server = await startApiServer({days: {'2026-01-05': items('2026-01-05', 2)}});
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		fs.writeFileSync(path.join(home, 'digests', '2026-01-02.json'), JSON.stringify(items('2026-01-02', 3)));
		const env = {PAPERS_HOME: home, PAPERS_API_URL: server.url};
		const first = await runCli(['--today', '--json'], {env, today: '2026-01-05'});
		expect(json(first.stdout).map((p) => p.date)).toEqual(['2026-01-05', '2026-01-05']);
		const asked = server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('date'));
		// Newest first: the morning's day before the hole behind it.
		expect(asked[0]).toBe('2026-01-05');
		expect([...asked].sort()).toEqual(['2026-01-03', '2026-01-04', '2026-01-05']);
		await runCli(['--today', '--json'], {env, today: '2026-01-05'});
		expect(server.requests).toHaveLength(3);
	});

	it('on a Saturday, --today prints Friday, says so on stderr, and exits 0', async () => {
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		fs.writeFileSync(path.join(home, 'digests', '2026-11-27.json'), JSON.stringify(items('2026-11-27', 2)));
		const run = await runCli(['--today', '--print', '--offline'], {env: {PAPERS_HOME: home}, today: '2026-11-28'});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Paper 1 of 2026-11-27');
		expect(run.stderr).toBe('papers: no papers for today (2026-11-28) yet; showing Fri 27 Nov 2026, the newest day with papers\n');
	});

	it('papers fetch against a host that refuses stops at the first failure: one line, not one a day', async () => {
		const closed = await closedPort();
		const run = await runCli(['fetch', '--days', '30'], {env: {PAPERS_API_URL: `http://127.0.0.1:${closed}`}, today: '2026-01-30'});
		expect(run.code).toBe(1);
		expect(run.stderr).toBe(`papers: could not reach 127.0.0.1:${closed} (connection refused); 30 days not fetched\n`);
	});

	it('--today printing waits at most 3 s on a host that never answers, then prints what is stored', async () => {
		server = await startApiServer({days: {}, behaviour: {'2026-01-05': 'hold'}});
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		fs.writeFileSync(path.join(home, 'digests', '2026-01-05.json'), JSON.stringify(items('2026-01-05', 1)));
		fs.utimesSync(path.join(home, 'digests', '2026-01-05.json'), new Date('2026-01-01'), new Date('2026-01-01'));
		const run = await runCli(['--today', '--json'], {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url}, today: '2026-01-05'});
		expect(run.stderr.split('\n')[0]).toBe(
			`papers: could not reach 127.0.0.1:${new URL(server.url).port} (timed out after 3 s); showing cached digests`,
		);
		expect(json(run.stdout)).toHaveLength(1);
		server.release();
	});

	it('papers fetch --offline (or PAPERS_OFFLINE=1) is a usage error', async () => {
		expect(await runCli(['fetch', '--offline'])).toMatchObject({
			code: 2,
			stderr: expect.stringMatching(/^papers: --offline means nothing to papers fetch/),
		});
		expect((await runCli(['fetch'], {env: {PAPERS_OFFLINE: '1'}})).code).toBe(2);
	});

	it('"showing cached digests" is said only when there are cached digests', async () => {
		const port = await closedPort();
		const env = (home: string) => ({PAPERS_HOME: home, PAPERS_API_URL: `http://127.0.0.1:${port}`});
		const empty = await runCli(['--today', '--json'], {env: env(tempHome()), today: '2026-01-05'});
		expect(empty.stderr.split('\n')[0]).toBe(`papers: could not reach 127.0.0.1:${port} (connection refused)`);
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		fs.writeFileSync(path.join(home, 'digests', '2026-01-02.json'), JSON.stringify(items('2026-01-02', 1)));
		const cached = await runCli(['--today', '--json'], {env: env(home), today: '2026-01-05'});
		// An offline morning is one line: what failed, and the day shown instead of today (#35's polish).
		expect(cached.stderr).toBe(
			`papers: could not reach 127.0.0.1:${port} (connection refused); showing Fri 2 Jan 2026, the newest day kept\n`,
		);
		// With today kept already, the cached digests are what is shown.
		fs.writeFileSync(path.join(home, 'digests', '2026-01-05.json'), JSON.stringify(items('2026-01-05', 1)));
		fs.utimesSync(path.join(home, 'digests', '2026-01-05.json'), new Date('2026-01-05T06:00:00Z'), new Date('2026-01-05T06:00:00Z'));
		const kept = await runCli(['--today', '--json'], {env: env(home), today: '2026-01-05'});
		expect(kept.stderr).toBe(`papers: could not reach 127.0.0.1:${port} (connection refused); showing cached digests\n`);
	});
});

/** A port on 127.0.0.1 that nothing listens on: connections to it are refused. */
function closedPort(): Promise<number> {
	return new Promise((resolve) => {
		const probe = net.createServer().listen(0, '127.0.0.1', () => {
			const {port} = probe.address() as net.AddressInfo;
			probe.close(() => resolve(port));
		});
	});
}

describe('seen marks', () => {
	it('--new leaves out what was seen; printing marks nothing, unless --mark-seen', async () => {
		const home = tempHome();
		const file = writeTemp('d.txt', pageDigest(4));
		const env = {PAPERS_HOME: home};
		await runCli([file, '--print', '--limit', '1'], {env});
		expect(json((await runCli([file, '--new', '--json'], {env})).stdout)).toHaveLength(4);
		await runCli([file, '--print', '--limit', '3', '--sort', 'upvotes', '--mark-seen'], {env});
		expect(json((await runCli([file, '--new', '--json'], {env})).stdout).map((p) => p.title)).toEqual(['Paper 4: On Things']);
	});

	it('two processes marking at once lose nothing', async () => {
		const home = tempHome();
		const dir = path.dirname(writeTemp('x', ''));
		for (const side of ['a', 'b'])
			for (let i = 1; i <= 10; i++) fs.writeFileSync(path.join(dir, `${side}${i}.txt`), pageDigest(3, 'Jan 5, 2026', `Side ${side} ${i}`));
		const loop = (side: string) => `for i in $(seq 1 5); do node "$CLI" "${dir}/${side}$i.txt" --print --mark-seen > /dev/null; done`;
		const run = await runShell(`(${loop('a')}) & (${loop('b')}) & wait`, {PAPERS_HOME: home});
		expect(run.stderr).toBe('');
		const {keys, notice} = readSeen(path.join(home, 'seen.txt'));
		expect(notice).toBeNull();
		expect(keys.size).toBe(30);
	});

	it('a corrupt seen file is set aside byte for byte, said in one line, and papers goes on', async () => {
		const home = tempHome();
		const junk = Buffer.from([0x00, 0xff, 0x10, 0x41, 0x0a]);
		fs.writeFileSync(path.join(home, 'seen.txt'), junk);
		const run = await runCli([writeTemp('d.txt', pageDigest(2)), '--new', '--json'], {env: {PAPERS_HOME: home}});
		expect(run.code).toBe(0);
		expect(json(run.stdout)).toHaveLength(2);
		expect(run.stderr).toMatch(/^papers: .*seen\.txt was not a list of seen papers; kept it as .*seen\.txt\.bad-.*and started afresh\n$/);
		const backup = fs.readdirSync(home).find((f) => f.startsWith('seen.txt.bad-'))!;
		expect(fs.readFileSync(path.join(home, backup)).equals(junk)).toBe(true);
		expect(fs.existsSync(path.join(home, 'seen.txt'))).toBe(false);
	});
});
