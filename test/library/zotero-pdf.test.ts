import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {apiServers} from '../helpers/api-server.js';
import {apiDigest, runCli, tempHome, writeTemp} from '../helpers/run-cli.js';

/* Zotero through its connector (a stand-in on 127.0.0.1), and PDFs from arXiv (a stand-in server) into the data folder. */

const serve = apiServers();
const closing: http.Server[] = [];
afterEach(async () => {
	await Promise.all(closing.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A stand-in Zotero connector: answers ping, keeps what saveItems is sent. */
async function standInZotero() {
	const received: Array<{path: string; body: unknown}> = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (d: Buffer) => (body += d));
		req.on('end', () => {
			received.push({path: req.url ?? '', body: body ? JSON.parse(body) : null});
			res.writeHead(req.url === '/connector/saveItems' ? 201 : 200, {'content-type': 'text/plain'});
			res.end(req.url === '/connector/ping' ? 'Zotero is running' : '');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	closing.push(server);
	return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received};
}

const digest = () =>
	apiDigest([
		{
			id: '2601.00001',
			title: 'A paper',
			summary: 'Its abstract.',
			authors: ['Ada Lovelace', 'Ludwig van Beethoven'],
			upvotes: 5,
			publishedAt: '2026-01-04T00:00:00Z',
		},
	]);

describe('papers zotero', () => {
	it('pings, then sends each paper as a preprint, field by field, with its note as a child note and its tags', async () => {
		const zotero = await standInZotero();
		const home = tempHome();
		const env = {PAPERS_HOME: home, PAPERS_ZOTERO_URL: zotero.url};
		await runCli(['note', '2601.00001', 'read <this>', 'twice'], {env});
		await runCli(['tag', '2601.00001', '+rl'], {env});
		const run = await runCli(['zotero', digest()], {env});
		expect(run).toMatchObject({code: 0, stdout: 'sent 1 paper to Zotero\n', stderr: ''});
		expect(zotero.received.map((r) => r.path)).toEqual(['/connector/ping', '/connector/saveItems']);
		const [item] = (zotero.received[1]!.body as {items: Array<Record<string, unknown>>}).items;
		expect(item).toEqual({
			id: 'papers-1',
			itemType: 'preprint',
			title: 'A paper',
			creators: [
				{firstName: 'Ada', lastName: 'Lovelace', creatorType: 'author'},
				{firstName: 'Ludwig', lastName: 'van Beethoven', creatorType: 'author'},
			],
			date: '2026-01-04',
			url: 'https://arxiv.org/abs/2601.00001',
			archiveID: 'arXiv:2601.00001',
			repository: 'arXiv',
			DOI: '10.48550/arXiv.2601.00001',
			abstractNote: 'Its abstract.',
			tags: [{tag: 'rl'}],
			notes: [{note: '<p>read &lt;this&gt; twice</p>'}],
			attachments: [{title: 'arXiv PDF', url: 'https://arxiv.org/pdf/2601.00001', mimeType: 'application/pdf', snapshot: false}],
		});
	});

	it('with nothing listening: one line that says so and suggests RIS, exit 1, nothing lost', async () => {
		const gone = await standInZotero();
		await new Promise((resolve) => closing.pop()!.close(resolve));
		const run = await runCli(['zotero', digest()], {env: {PAPERS_ZOTERO_URL: gone.url}});
		expect(run).toMatchObject({code: 1, stdout: ''});
		expect(run.stderr).toBe(
			`papers: Zotero is not running (nothing answers at ${gone.url}); start it and try again, or write a file any reference manager imports: papers --print --format ris > papers.ris\n`,
		);
	});
});

describe('papers pdf', () => {
	const PDF = '%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n';

	it('downloads into pdf/ID.pdf once, prints the path; --open runs $PAPERS_PDF_VIEWER on it', async () => {
		const server = await serve({pdfs: {'2601.00001': PDF}});
		const home = tempHome();
		const marker = path.join(home, 'opened.txt');
		const viewer = writeTemp('viewer.sh', `#!/bin/sh\necho "$1" > '${marker}'\n`);
		fs.chmodSync(viewer, 0o755);
		const env = {PAPERS_HOME: home, PAPERS_ARXIV_URL: server.url, PAPERS_PDF_VIEWER: viewer};
		const file = path.join(home, 'pdf', '2601.00001.pdf');
		expect(await runCli(['pdf', '2601.00001'], {env})).toMatchObject({code: 0, stdout: `${file}\n`});
		expect(fs.readFileSync(file, 'utf8')).toBe(PDF);
		expect(await runCli(['pdf', 'https://arxiv.org/abs/2601.00001', '--open'], {env})).toMatchObject({code: 0});
		expect(server.requests.filter((r) => r.url.startsWith('/pdf/'))).toHaveLength(1);
		await expect.poll(() => fs.existsSync(marker) && fs.readFileSync(marker, 'utf8'), {timeout: 10_000}).toBe(`${file}\n`);
	});

	it('an HTML page or half a PDF is refused in one line, exit 1, and nothing is kept', async () => {
		const server = await serve({pdfs: {'2601.00002': '<html>captcha</html>', '2601.00003': '%PDF-1.7\n1 0 obj'}});
		const home = tempHome();
		const env = {PAPERS_HOME: home, PAPERS_ARXIV_URL: server.url};
		const host = new URL(server.url).host;
		expect(await runCli(['pdf', '2601.00002'], {env})).toMatchObject({
			code: 1,
			stderr: `papers: 2601.00002: no PDF: ${host} answered something that is not a PDF for 2601.00002\n`,
		});
		expect(await runCli(['pdf', '2601.00003'], {env})).toMatchObject({
			code: 1,
			stderr: `papers: 2601.00003: no PDF: ${host} sent only part of the PDF of 2601.00003\n`,
		});
		// The body is checked before anything is written: not even the folder.
		expect(fs.existsSync(path.join(home, 'pdf'))).toBe(false);
		expect(await runCli(['pdf'], {env})).toMatchObject({code: 2});
	});
});
