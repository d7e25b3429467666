import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import {afterEach, describe, expect, it} from 'vitest';
import {apiItem} from '../helpers/api-server.js';
import {runCli, tempHome} from '../helpers/run-cli.js';

/*
 * A server that lies: a gzip bomb, pages that never end, redirects elsewhere, paper texts that are no text. Each
 * is refused whole with one line naming the limit, and nothing of it is stored.
 */

const servers: http.Server[] = [];
afterEach(async () => {
	for (const s of servers.splice(0)) {
		s.closeAllConnections();
		await new Promise((resolve) => s.close(resolve));
	}
});

async function serve(handler: http.RequestListener): Promise<{url: string; port: number; hits: () => number}> {
	let hits = 0;
	const server = http.createServer((req, res) => {
		hits++;
		handler(req, res);
	});
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {url: `http://127.0.0.1:${port}`, port, hits: () => hits};
}

const stored = (home: string) =>
	fs.existsSync(path.join(home, 'digests')) ? fs.readdirSync(path.join(home, 'digests')).filter((f) => !f.startsWith('.')) : [];
const fetchDay = (url: string, home: string, extra: string[] = []) =>
	runCli(['fetch', '--date', '2026-01-05', ...extra], {env: {PAPERS_HOME: home, PAPERS_API_URL: url}, retries: 0});

describe('a hostile server', () => {
	it('a gzip bomb is stopped at 32 MB inflated: one line, nothing stored', async () => {
		const bomb = zlib.gzipSync(Buffer.alloc(40 * 1024 * 1024, 0x20));
		const server = await serve((_req, res) => {
			res.writeHead(200, {'content-type': 'application/json', 'content-encoding': 'gzip'});
			res.end(bomb);
		});
		const home = tempHome();
		// The size limit is what is tested, not the clock: a loaded machine inflating 32 MB must not meet the timeout first.
		const run = await fetchDay(server.url, home, ['--timeout', '600']);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^papers: 2026-01-05: 127\.0\.0\.1:\d+ answered more than 32 MB, papers' limit for one answer\n$/);
		expect(stored(home)).toEqual([]);
	}, 600_000);

	it('a server that ignores the page asked for: the repeated page ends the day', async () => {
		const page = Array.from({length: 100}, (_, i) => apiItem('2026-01-05', i + 1));
		const server = await serve((_req, res) => {
			res.writeHead(200, {'content-type': 'application/json'});
			res.end(JSON.stringify(page));
		});
		const home = tempHome();
		const run = await fetchDay(server.url, home);
		expect(run.code).toBe(0);
		expect(run.stdout).toBe('2026-01-05  100 papers\n');
		expect(server.hits()).toBe(2);
	});

	it('pages that never end stop at 20: one line, nothing stored', async () => {
		let n = 0;
		const server = await serve((_req, res) => {
			res.writeHead(200, {'content-type': 'application/json'});
			res.end(JSON.stringify(Array.from({length: 100}, () => apiItem('2026-01-05', ++n))));
		});
		const home = tempHome();
		const run = await fetchDay(server.url, home);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/more than 20 pages for date=2026-01-05, papers' limit/);
		// The 20 pages, and one more to tell a day that fills them exactly from one that runs over (#35.1).
		expect(server.hits()).toBe(21);
		expect(stored(home)).toEqual([]);
	});

	it('a redirect to another site is not followed; within the site at most 5', async () => {
		const elsewhere = await serve((_req, res) => res.end('[]'));
		const away = await serve((_req, res) => {
			res.writeHead(302, {location: `http://localhost:${elsewhere.port}/api/daily_papers?date=2026-01-05`});
			res.end();
		});
		const run = await fetchDay(away.url, tempHome());
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/sent papers to localhost:\d+, another site: not followed/);
		expect(elsewhere.hits()).toBe(0);
		const loop = await serve((req, res) => {
			res.writeHead(302, {location: `${req.url}&again=1`});
			res.end();
		});
		const looped = await fetchDay(loop.url, tempHome());
		expect(looped.stderr).toMatch(/redirected more than 5 times/);
		expect(loop.hits()).toBe(6);
		const within = await serve((req, res) => {
			if (req.url!.startsWith('/moved')) {
				res.writeHead(200, {'content-type': 'application/json'});
				return res.end(JSON.stringify([apiItem('2026-01-05', 1)]));
			}
			res.writeHead(301, {location: `/moved${req.url}`});
			res.end();
		});
		expect((await fetchDay(within.url, tempHome())).stdout).toBe('2026-01-05  1 paper\n');
	});

	it('a paper text that is no text is refused: JSON, another type, too large, binary', async () => {
		const answers: Record<string, [string, string | Buffer]> = {
			'2601.00001': ['text/markdown', '[]'],
			'2601.00002': ['application/octet-stream', '# Looks like markdown'],
			'2601.00003': ['text/markdown', 'x'.repeat(9 * 1024 * 1024)],
			'2601.00004': ['text/plain', Buffer.from([0x23, 0x20, 0, 1, 2, 0xff, 0xfe, 0])],
		};
		const server = await serve((req, res) => {
			const id = /\/papers\/(.+)\.md$/.exec(req.url!)![1]!;
			res.writeHead(200, {'content-type': answers[id]![0]});
			res.end(answers[id]![1]);
		});
		const home = tempHome();
		const reasons = [/answered JSON instead of the text/, /answered application\/octet-stream instead/, /more than 8 MB/, /not text/];
		for (const [i, id] of Object.keys(answers).entries()) {
			const run = await runCli(['read', id], {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url}, retries: 0});
			expect(run.code).toBe(1);
			expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(reasons[i]!)]);
		}
		expect(fs.existsSync(path.join(home, 'papers'))).toBe(false);
	});
});

describe('housekeeping of the store', () => {
	it('temp files a killed write left, over an hour old, go at the next write; a day dated in the future is fetched again', async () => {
		const server = await serve((_req, res) => {
			res.writeHead(200, {'content-type': 'application/json'});
			res.end(JSON.stringify([apiItem('2026-01-05', 1)]));
		});
		const home = tempHome();
		const store = path.join(home, 'digests');
		fs.mkdirSync(store);
		const stale = path.join(store, '.2026-01-04.json.papers-0b7c1b4e-8a4e-4f6e-9d7a-2f1e0c9b8a71.tmp');
		const older = path.join(store, '.2026-01-03.json.4242.1700000000000.tmp');
		const fresh = path.join(store, '.2026-01-02.json.papers-1b7c1b4e-8a4e-4f6e-9d7a-2f1e0c9b8a71.tmp');
		const foreign = path.join(store, 'notes.tmp');
		for (const file of [stale, older, fresh, foreign]) fs.writeFileSync(file, '[');
		const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);
		fs.utimesSync(stale, hoursAgo(2), hoursAgo(2));
		fs.utimesSync(older, hoursAgo(30), hoursAgo(30));
		fs.utimesSync(foreign, hoursAgo(30), hoursAgo(30));
		// Today's file, dated a year ahead: not "fresh for an hour" until next year.
		const day = path.join(store, '2026-01-05.json');
		fs.writeFileSync(day, '[]');
		const ahead = new Date(Date.now() + 365 * 86_400_000);
		fs.utimesSync(day, ahead, ahead);
		const run = await runCli(['fetch', '--date', '2026-01-05'], {
			env: {PAPERS_HOME: home, PAPERS_API_URL: server.url},
			today: '2026-01-05',
		});
		expect(run.stdout).toBe('2026-01-05  1 paper\n');
		expect(server.hits()).toBe(1);
		expect([stale, older, fresh, foreign].map((f) => fs.existsSync(f))).toEqual([false, false, true, true]);
	});
});

describe('ids on a terminal', () => {
	it('papers fetch --papers prints each id without its control characters', async () => {
		const id = '2601.00001\u001b]0;owned\u0007';
		const server = await serve((_req, res) => {
			res.writeHead(200, {'content-type': 'text/markdown'});
			res.end('# A text');
		});
		const home = tempHome();
		const config = {lists: {later: [{paper: {id, title: 'T', abstract: '', upvotes: 0}, savedAt: 'x', read: false}]}};
		fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify(config));
		const run = await runCli(['fetch', '--papers', 'later'], {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url}, retries: 0});
		expect(run.stdout).toBe('2601.00001]0;owned  fetched\n');
	});
});
