import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {runCli, tempHome, writeTemp} from '../helpers/run-cli.js';

/*
 * An address that is wrong is not an outage: a port fetch refuses, no URL at all, a bad certificate, or 404 for the
 * first two days. papers says so once, naming PAPERS_API_URL, and stops: no line, no wait, no retry per day.
 */

const servers: Array<http.Server | https.Server> = [];
afterEach(async () => {
	for (const s of servers.splice(0)) await new Promise((resolve) => s.close(resolve));
});

async function listen(server: http.Server | https.Server): Promise<{url: string; requests: () => number}> {
	let count = 0;
	server.on('request', () => count++);
	servers.push(server);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {url: `${server instanceof https.Server ? 'https' : 'http'}://127.0.0.1:${port}`, requests: () => count};
}

const fetchDays = (url: string, extra: string[] = []) =>
	runCli(['fetch', '--days', '30', ...extra], {env: {PAPERS_API_URL: url}, today: '2026-01-30', retries: 3});

function oneLine(run: {code: number | null; stderr: string}) {
	expect(run.code).toBe(1);
	const lines = run.stderr.trim().split('\n');
	expect(lines).toHaveLength(1);
	expect(lines[0]).toMatch(/the address is wrong; check PAPERS_API_URL \(.*\)/);
	return lines[0]!;
}

describe('a wrong address', () => {
	it('a port fetch refuses (9): one line, no day asked', async () => {
		expect(oneLine(await fetchDays('http://127.0.0.1:9'))).toContain('fetch refuses that port');
	});

	it('no URL at all: one line', async () => {
		expect(oneLine(await fetchDays('not a url'))).toContain('it is not a URL');
	});

	it('404 for the first two days: one line, and the server was asked twice', async () => {
		const server = await listen(
			http.createServer((_req, res) => {
				res.writeHead(404, {'content-type': 'text/plain'});
				res.end('Not Found');
			}),
		);
		expect(oneLine(await fetchDays(server.url))).toMatch(/answered 404 for 2026-01-01 and 2026-01-02/);
		expect(server.requests()).toBe(2);
	});

	it('a certificate that is not valid: one line, no retry', async () => {
		const dir = tempHome();
		execFileSync(
			'openssl',
			['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-days', '1', '-subj', '/CN=papers-test'],
			{
				cwd: dir,
				stdio: 'ignore',
			},
		);
		const server = await listen(
			https.createServer(
				{key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem'))},
				(_req, res) => {
					res.end('[]');
				},
			),
		);
		expect(oneLine(await fetchDays(server.url))).toContain('its certificate is not valid');
	});

	it('a host that cannot be reached stops fetch --papers after the first paper, in one line', async () => {
		const closed = http.createServer();
		await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
		const {port} = closed.address() as AddressInfo;
		await new Promise((resolve) => closed.close(resolve));
		const home = tempHome();
		const env = {PAPERS_HOME: home, PAPERS_API_URL: `http://127.0.0.1:${port}`};
		const ids = Array.from({length: 5}, (_, i) => `2601.0000${i + 1}`);
		const digest = JSON.stringify(ids.map((id) => ({paper: {id, title: `T ${id}`, summary: 'S.', authors: [], upvotes: 1}})));
		await runCli(['--save', 'later', writeTemp('d.json', digest)], {env});
		const run = await runCli(['fetch', '--papers', 'later'], {env, retries: 3});
		expect(run.code).toBe(1);
		expect(run.stderr.trim().split('\n')).toEqual([
			expect.stringMatching(/could not reach 127\.0\.0\.1:\d+ \(connection refused\); 5 papers not fetched$/),
		]);
	});
});
