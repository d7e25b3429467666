import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {renderMarkdown} from '../../source/reader/render.js';
import {apiItem, startApiServer} from '../helpers/api-server.js';
import {runCli, runShell, tempHome} from '../helpers/run-cli.js';
import {PAPER_MD} from './paper.md.js';

let server: Awaited<ReturnType<typeof startApiServer>> | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});
const text = (width = 60) => renderMarkdown(PAPER_MD, width);
const find = (width: number, kind: string) =>
	text(width)
		.filter((l) => l.kind === kind)
		.map((l) => l.text);

describe('rendering a paper for the terminal', () => {
	it('headings, paragraphs wrapped by display width, emphasis as its words, lists and quotes', () => {
		expect(find(60, 'heading')).toEqual([
			'A Small Paper About Testing Readers',
			'Abstract',
			'1 Introduction',
			'2 Method',
			'2.1 Details',
			'3 Conclusion',
			'References',
		]);
		expect(text().every((l) => l.kind === 'code' || l.kind === 'table' || l.text.length <= 60)).toBe(true);
		expect(text().map((l) => l.text)).toEqual(
			expect.arrayContaining(['• first item', '• second item with `code`', '1. one', '2. two', '│ A quoted remark, with emphasis.']),
		);
		expect(text().find((l) => l.text.startsWith('We study'))!.text).toContain('We study readers and renderers');
	});

	it('code blocks verbatim, cut with a marker; tables fitted or cut; a long address never broken, cut with … and kept whole', () => {
		const code = find(60, 'code');
		expect(code[0]).toMatch(/^def very_long_function_name_that_goes_on\(argument_one, .*…$/);
		expect(code[1]).toBe('    return argument_one');
		const table = find(60, 'table');
		expect(table[0]).toMatch(/^Model │ Score │ Notes/);
		expect(table[3]).toMatch(/…$/);
		expect(table.every((l) => l.length <= 60)).toBe(true);
		const address = `https://example.org/${'x'.repeat(100)}`;
		const line = text().find((l) => l.text.startsWith('https://example.org/x'))!;
		expect(line.text).toMatch(/^https:\/\/example\.org\/x+…$/);
		expect(line.href).toBe(address);
	});

	it('links as text with a number, listed at the end; images as [figure: …]; math kept as TeX', () => {
		const all = text().map((l) => l.text);
		expect(all.join(' ')).toContain('small example [1]');
		expect(all.join(' ')).toContain('the code [2]');
		expect(all).toEqual(
			expect.arrayContaining(['[1] https://example.org/a', '[2] https://github.com/example/code', '[figure: A figure of the model]']),
		);
		expect(all.join(' ')).toContain('$a_i + b_i$');
		expect(find(60, 'math')).toEqual(['$$', '\\sum_{i=1}^{n} x_i^2', '$$']);
	});

	it('no escape sequence from the document reaches the output', () => {
		const out = text()
			.map((l) => l.text)
			.join('\n');
		expect(out).toContain('The method has a hostile line: ]0;owned and [2J clears.');
		expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
	});
});

describe('papers read, against a local server', () => {
	const ID = '2611.00042';
	const serve = async () => (server = await startApiServer({papers: {[ID]: PAPER_MD}}));
	const env = (home: string) => ({PAPERS_HOME: home, PAPERS_API_URL: server!.url});
	const asked = () => server!.requests.filter((r) => r.url.startsWith('/papers/')).length;

	it('prints the rendered text; the second read asks nothing; --offline reads the cache', async () => {
		await serve();
		const home = tempHome();
		const first = await runCli(['read', ID], {env: env(home)});
		expect(first).toMatchObject({code: 0, stderr: ''});
		expect(first.stdout).toContain('A Small Paper About Testing Readers\n');
		expect(first.stdout).not.toMatch(/\u001b/);
		expect(fs.readFileSync(path.join(home, 'papers', `${ID}.md`), 'utf8')).toBe(PAPER_MD);
		expect(asked()).toBe(1);
		const again = await runCli(['read', `https://huggingface.co/papers/${ID}`], {env: env(home)});
		expect(again.stdout).toBe(first.stdout);
		expect(asked()).toBe(1);
		expect((await runCli(['read', `https://arxiv.org/abs/${ID}`, '--offline'], {env: env(home)})).stdout).toBe(first.stdout);
		expect((await runCli(['read', ID, '--format', 'markdown'], {env: env(home)})).stdout).toBe(PAPER_MD);
	});

	it('offline with nothing kept, a 404, an HTML page, a cut answer: one line, exit 1; a bad id: exit 2', async () => {
		await serve();
		const home = tempHome();
		expect(await runCli(['read', ID, '--offline'], {env: env(home)})).toEqual({
			code: 1,
			stdout: '',
			stderr: `papers: ${ID}: no text of ${ID} is kept for reading offline (papers read ${ID} fetches it)\n`,
		});
		const port = new URL(server!.url).port;
		for (const [id, why] of [
			['9999.00404', `127.0.0.1:${port} answered 404 Not Found`],
			['9999.00001', `127.0.0.1:${port} answered an HTML page instead of the text of 9999.00001`],
			['9999.00002', `could not reach 127.0.0.1:${port} (the connection dropped mid-answer)`],
		]) {
			expect(await runCli(['read', id!], {env: env(home), retries: 0})).toEqual({code: 1, stdout: '', stderr: `papers: ${id}: ${why}\n`});
		}
		expect(fs.existsSync(path.join(home, 'papers', '9999.00001.md'))).toBe(false);
		expect((await runCli(['read', 'not-a-paper'], {env: env(home)})).code).toBe(2);
	});

	it('papers fetch --papers later keeps the text of every paper in the list', async () => {
		await serve();
		const home = tempHome();
		const day = path.join(home, 'digest.json');
		const item = apiItem('2026-11-20', 1);
		fs.writeFileSync(day, JSON.stringify([{...item, paper: {...item.paper, id: ID}}]));
		await runCli([day, '--save', 'later'], {env: env(home)});
		const run = await runCli(['fetch', '--papers', 'later'], {env: env(home)});
		expect(run).toMatchObject({code: 0, stdout: `${ID}  fetched\n`, stderr: ''});
		expect(fs.existsSync(path.join(home, 'papers', `${ID}.md`))).toBe(true);
	});

	it('papers read ID | cat prints plain text, with no escape sequence', async () => {
		await serve();
		const home = tempHome();
		const run = await runShell(`node "$CLI" read ${ID} | cat`, env(home));
		expect(run.stderr).toBe('');
		expect(run.stdout).toContain('[figure: A figure of the model]');
		expect(run.stdout).not.toMatch(/\u001b/);
	});
});
