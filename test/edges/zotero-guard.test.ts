import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {runCli, storeHome} from '../helpers/run-cli.js';

/* #35.9: papers zotero with no selection asks for --yes before sending the whole store, as --save does. */

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

async function zotero() {
	const paths: string[] = [];
	const server = http.createServer((req, res) => {
		paths.push(req.url ?? '');
		req.resume().on('end', () => {
			res.writeHead(req.url === '/connector/saveItems' ? 201 : 200);
			res.end(req.url === '/connector/ping' ? 'Zotero is running' : '');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	servers.push(server);
	return {url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, paths};
}

describe('papers zotero over 200 papers', () => {
	it('refuses without --yes (exit 2, one line, nothing sent), and sends with it', async () => {
		const z = await zotero();
		const env = {PAPERS_HOME: storeHome({'2026-01-05': 201}), PAPERS_ZOTERO_URL: z.url, PAPERS_OFFLINE: '1'};
		const refused = await runCli(['zotero'], {env});
		expect(refused.code).toBe(2);
		expect(refused.stderr).toBe(
			'papers: papers zotero would send 201 papers, each with its PDF; narrow it (--today, --list, --search, --min-upvotes) or add --yes\n',
		);
		expect(z.paths).toEqual([]);
		const sent = await runCli(['zotero', '--yes'], {env});
		expect(sent).toMatchObject({code: 0, stdout: 'sent 201 papers to Zotero\n'});
		expect(z.paths).toContain('/connector/saveItems');
	});
});
