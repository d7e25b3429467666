import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fixture, HAS_FIXTURES, REAL} from '../helpers/fixtures.js';
import {pageDigest, runBinary, runCli, runShell, tempHome, writeTemp} from '../helpers/run-cli.js';

const json = (text: string) => JSON.parse(text) as Array<Record<string, unknown>>;

describe('papers --print / --json', () => {
	it('with nothing given or stored, shows the bundled sample and says so on stderr', async () => {
		const run = await runCli(['--json']);
		expect(run.code).toBe(0);
		const papers = json(run.stdout);
		expect(papers.length).toBeGreaterThanOrEqual(25);
		expect(new Set(papers.map((p) => p.date)).size).toBe(3);
		expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^papers: .*bundled sample digest/)]);
	});

	it('prints text: upvotes and title, date and byline, abstract, blank line between', async () => {
		const file = writeTemp('d.txt', pageDigest(2));
		const run = await runCli(['--print', file]);
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		expect(run.stdout).toBe(
			'▲ 2  Paper 1: On Things\n2026-01-05 · 1 author\nAbstract of paper 1.\n\n▲ 1  Paper 2: On Things\n2026-01-05 · 2 authors\nAbstract of paper 2.\n',
		);
	});

	it('filters and sorts: --search, --min-upvotes, --sort, --limit, --date, --since', async () => {
		const a = writeTemp('a.txt', pageDigest(3, 'Jan 5, 2026', 'Alpha'));
		const b = writeTemp('b.txt', pageDigest(2, 'Jan 7, 2026', 'Beta'));
		const titles = async (...args: string[]) => json((await runCli(['--json', a, b, ...args])).stdout).map((p) => p.title);
		expect(await titles('--search', 'beta 2')).toEqual(['Beta 2: On Things']);
		// The browser's order: newest day first, by upvotes within a day.
		expect(await titles('--min-upvotes', '2')).toEqual(['Beta 1: On Things', 'Alpha 1: On Things', 'Alpha 2: On Things']);
		expect(await titles('--sort', 'upvotes', '--limit', '3')).toEqual(['Beta 1: On Things', 'Beta 2: On Things', 'Alpha 1: On Things']);
		expect(await titles('--sort', 'title', '--date', '2026-01-05')).toEqual([
			'Alpha 1: On Things',
			'Alpha 2: On Things',
			'Alpha 3: On Things',
		]);
		expect(await titles('--since', '2026-01-06')).toHaveLength(2);
	});

	it('with no terminal at all, the browser prints instead', async () => {
		const file = writeTemp('d.txt', pageDigest(2));
		const run = await runBinary([file, '--format', 'markdown'], {noTerminal: true});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('## Paper 1: On Things');
		expect(run.stdout).not.toMatch(/\u001b/);
	});

	it('markdown and jsonl formats', async () => {
		const file = writeTemp('d.txt', pageDigest(1));
		expect((await runCli(['--print', '--format', 'markdown', file])).stdout).toBe(
			'## Paper 1: On Things\n\n*2026-01-05 · ▲ 1 · 1 author*\n\nAbstract of paper 1.\n',
		);
		expect(json(`[${(await runCli(['-p', '--format', 'jsonl', file])).stdout.trim()}]`)).toHaveLength(1);
	});

	it('reads folders recursively, stdin with -, and piped stdin', async () => {
		const file = writeTemp('sub/deeper/d.txt', pageDigest(2));
		const folder = path.dirname(path.dirname(path.dirname(file)));
		expect(json((await runCli(['--json', folder])).stdout)).toHaveLength(2);
		expect(json((await runCli(['--json', '-'], {input: pageDigest(3)})).stdout)).toHaveLength(3);
		const piped = await runShell(`cat '${file}' | node "$CLI" --json`);
		expect(piped.stderr).toBe('');
		expect(json(piped.stdout)).toHaveLength(2);
	});

	it('reads the local store under PAPERS_HOME', async () => {
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		const item = {paper: {id: '2501.00001', title: 'Stored', summary: 'S.', authors: [], upvotes: 4}, publishedAt: '2025-01-01T00:00:00Z'};
		fs.writeFileSync(path.join(home, 'digests', '2025-01-03.json'), JSON.stringify([item]));
		const run = await runCli(['--json'], {env: {PAPERS_HOME: home}});
		expect(run.stderr).toBe('');
		expect(json(run.stdout)).toEqual([expect.objectContaining({id: '2501.00001', date: '2025-01-03', upvotes: 4})]);
	});

	it('keeps an index of the store, and rebuilds it when a day file changes', async () => {
		const home = tempHome();
		const store = path.join(home, 'digests');
		fs.mkdirSync(store);
		const day = (title: string, upvotes: number) =>
			JSON.stringify([{paper: {id: '2501.00001', title, summary: 'S.', authors: [], upvotes}}]);
		fs.writeFileSync(path.join(store, '2025-01-03.json'), day('First', 1));
		const first = json((await runCli(['--json'], {env: {PAPERS_HOME: home}})).stdout);
		expect(first[0]).toMatchObject({title: 'First', upvotes: 1});
		expect(fs.existsSync(path.join(store, '.index-v5.jsonl'))).toBe(true);
		expect(json((await runCli(['--json'], {env: {PAPERS_HOME: home}})).stdout)).toEqual(first);
		fs.writeFileSync(path.join(store, '2025-01-03.json'), day('First, updated', 7));
		const later = json((await runCli(['--json'], {env: {PAPERS_HOME: home}})).stdout);
		expect(later[0]).toMatchObject({title: 'First, updated', upvotes: 7});
		fs.writeFileSync(path.join(store, '.index-v5.jsonl'), '{"version": 5, "count": 1, "stamp": {}, "pap');
		expect(json((await runCli(['--json'], {env: {PAPERS_HOME: home}})).stdout)[0]).toMatchObject({upvotes: 7});
	});

	it('--today with nothing today shows the newest day, and says so once; exit 0', async () => {
		const file = writeTemp('d.txt', pageDigest(2));
		const run = await runCli(['--today', '--json', file], {env: {PAPERS_TODAY: '2026-02-01'}});
		expect(run.code).toBe(0);
		expect(json(run.stdout)).toHaveLength(2);
		expect(run.stderr).toBe('papers: no papers for today (2026-02-01) yet; showing Mon 5 Jan 2026, the newest day with papers\n');
		const today = await runCli(['--today', '--json', file], {env: {PAPERS_TODAY: '2026-01-05'}});
		expect(json(today.stdout)).toHaveLength(2);
	});

	it('text output carries no escape sequence from the input; JSON keeps the text', async () => {
		const evil = 'Evil\u001b]0;owned\u0007 Title\n\nClears\u001b[2J the \u001b[31mscreen\u009b2J.\n\n  • 1 author\n·\nJan 5, 2026 1\n';
		const file = writeTemp('evil.txt', evil);
		for (const format of ['text', 'markdown']) {
			const run = await runCli(['--print', '--format', format, file]);
			// Markdown escapes the brackets (so they cannot make a link); as rendered, the text is the same.
			expect(run.stdout.replace(/\\([[\]])/g, '$1')).toContain('Clears[2J the [31mscreen2J.');
			expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
		}
		const run = await runCli(['--json', file]);
		expect(run.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
		expect(json(run.stdout)[0]!.title).toBe('Evil\u001b]0;owned\u0007 Title');
	});

	it('a reader that leaves early ends it quietly', async () => {
		const big = writeTemp('big.txt', pageDigest(3000));
		const run = await runShell(`node "$CLI" --print '${big}' | head -1; echo "status \${PIPESTATUS[0]}"`);
		expect(run.stdout).toBe('▲ 3000  Paper 1: On Things\nstatus 0\n');
		expect(run.stderr).toBe('');
	});
});

describe('errors: one line, the right exit code', () => {
	it.each([
		[['--date', '2025-13-40'], 'papers: --date must be YYYY-MM-DD, got 2025-13-40'],
		[['--since', 'yesterday'], 'papers: --since must be YYYY-MM-DD, got yesterday'],
		[
			['--format', 'xml'],
			'papers: --format must be one of text, markdown, json, jsonl, bibtex, csl-json, ris, atom, rss, jsonfeed, got xml',
		],
		[['--sort', 'stars'], 'papers: --sort must be one of upvotes, date, title, for-you, got stars'],
		[['--limit', '-3'], 'papers: --limit must be a whole number of at least 1, got -3'],
		[['--min-upvotes', 'many'], 'papers: --min-upvotes must be a whole number of at least 0, got many'],
		[['--frobnicate'], 'papers: unknown option --frobnicate (papers --help lists them)'],
		[['--today', '--date', '2025-01-01'], 'papers: --today and --date both name a day; give one'],
	])('usage: %j → exit 2', async (args, line) => {
		const run = await runCli(['--print', ...args]);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toBe(`${line}\n`);
	});

	it('an unreadable input is named; the other inputs still load', async () => {
		const good = writeTemp('good.txt', pageDigest(2));
		const run = await runCli(['--json', '/nonexistent/digest.txt', good]);
		expect(run.code).toBe(0);
		expect(json(run.stdout)).toHaveLength(2);
		expect(run.stderr).toBe('papers: /nonexistent/digest.txt: cannot read: no such file or folder\n');
	});

	it('exit 1 when nothing loaded', async () => {
		const bad = writeTemp('bad.json', '[{"paper": {"id": "1", "ti');
		const run = await runCli(['--json', bad]);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(new RegExp(`^papers: ${bad}: not valid JSON .*\\n$`));
	});

	it('a skipped entry is a warning with file and line; the rest loads', async () => {
		const file = writeTemp('d.txt', `${pageDigest(2)}·\nStray\n\nIts abstract.\n`);
		const run = await runCli(['--json', file]);
		expect(run.code).toBe(0);
		expect(json(run.stdout)).toHaveLength(3);
		expect(run.stderr).toMatch(new RegExp(`^papers: warning: ${file}:\\d+: unexpected "·"`));
	});

	it('no stack trace reaches the user, even with a home that cannot be made', async () => {
		const blocker = writeTemp('not-a-folder', 'a file where PAPERS_HOME should be a folder');
		const digest = writeTemp('d.txt', pageDigest(1));
		const run = await runCli([digest, '--save', 'later'], {env: {PAPERS_HOME: path.join(blocker, 'home')}});
		expect(run.code).toBe(1);
		expect(run.stderr).not.toMatch(/\n\s+at /);
		expect(run.stderr).toBe(`papers: nothing saved to later: cannot make ${path.join(blocker, 'home')} (ENOTDIR)\n`);
	});
});

describe.skipIf(!HAS_FIXTURES)(`the binary on ${REAL}`, () => {
	it('the search page gives 47 papers, as the issue states', async () => {
		const run = await runCli(['--json', fixture('hf-papers-search-page.txt')]);
		const papers = json(run.stdout);
		expect(papers).toHaveLength(47);
		expect(papers.find((p) => p.date === '2023-04-18')).toMatchObject({upvotes: 0, authorCount: 3});
		expect(papers.find((p) => String(p.title).startsWith('Harnessing Negative Signals:'))).toMatchObject({upvotes: 3, date: '2025-05-30'});
		expect(papers.find((p) => String(p.title).startsWith('DeepSearch:'))!.organization).toBe('Stanford NLP');
		expect(papers.find((p) => String(p.title).startsWith('Detecting Data Contamination'))!.organization).toBe('Peking University');
	});

	it('all API days at once: 31 papers; the error file is one line and does not stop the rest', async () => {
		const run = await runCli(['--json', fixture('api')]);
		expect(run.code).toBe(0);
		expect(json(run.stdout)).toHaveLength(31);
		expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/error-not-found\.json: the API answered an error/)]);
		const alone = await runCli(['--json', fixture('api/error-not-found.json')]);
		expect(alone.code).toBe(1);
		expect(alone.stderr.trim().split('\n')).toHaveLength(1);
	});
});

describe('the store index is only ever a cache', () => {
	it('an index that is gone, half-written or from an older version is rebuilt from the day files, silently', async () => {
		const home = tempHome();
		const store = path.join(home, 'digests');
		fs.mkdirSync(store);
		const item = {paper: {id: '2501.00001', title: 'T', summary: 'S.', authors: [], upvotes: 3, projectPage: 'https://example.org/t'}};
		fs.writeFileSync(path.join(store, '2025-01-03.json'), JSON.stringify([item]));
		// Indexes from before papers carried project pages (v1), and before a paper a line (v2): not believed.
		fs.writeFileSync(path.join(store, '.index-v1.json'), JSON.stringify({version: 1, stamp: {}, papers: [], warnings: [], errors: []}));
		fs.writeFileSync(path.join(store, '.index-v2.json'), JSON.stringify({version: 2, stamp: {}, papers: [], warnings: [], errors: []}));
		const index = path.join(store, '.index-v5.jsonl');
		const stamp = () => JSON.parse(fs.readFileSync(index, 'utf8').split('\n')[0]!).stamp as object;
		const damages: Array<[string, () => void]> = [
			['none yet', () => {}],
			['gone', () => fs.rmSync(index)],
			[
				'half-written: fewer lines than it says',
				() => fs.writeFileSync(index, `${JSON.stringify({version: 3, count: 1, stamp: stamp(), warnings: [], errors: []})}\n`),
			],
			['cut in a line', () => fs.writeFileSync(index, fs.readFileSync(index, 'utf8').slice(0, -20))],
			['of another version', () => fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('"version":3', '"version":2'))],
			['not JSON', () => fs.writeFileSync(index, 'null')],
		];
		for (const [name, damage] of damages) {
			damage();
			const run = await runCli(['--json'], {env: {PAPERS_HOME: home}});
			expect(run.stderr, name).toBe('');
			expect(json(run.stdout), name).toEqual([expect.objectContaining({id: '2501.00001', projectPage: 'https://example.org/t'})]);
			// Rebuilt whole: its first line says one paper, and one follows.
			expect(fs.readFileSync(index, 'utf8').trim().split('\n'), name).toHaveLength(2);
		}
		expect(fs.existsSync(path.join(store, '.index-v2.json'))).toBe(false);
		expect(fs.existsSync(path.join(store, '.index-v1.json'))).toBe(false);
	});
});
