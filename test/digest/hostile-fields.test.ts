import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli, tempHome, writeTemp} from '../helpers/run-cli.js';

/* Whatever an input holds, a paper's links are plain http(s) links and its fields have a sane length. */

const HOSTILE_URLS = [
	'javascript:alert(1)',
	'file:///etc/passwd',
	'data:text/html,<script>x</script>',
	'--gpu-launcher=touch pwned',
	'-a',
	'--new-window',
];

const paper = (i: number, url: string) => ({
	id: `2601.0000${i}`,
	title: `Paper ${i}`,
	abstract: 'A.',
	authors: ['A B'],
	date: '2026-01-05',
	upvotes: 1,
	url,
	githubRepo: url,
	projectPage: url,
});

describe('links and fields from any input', () => {
	it('papers-format JSON: only http(s) links are kept; the others are dropped with a warning', async () => {
		const file = writeTemp(
			'papers.json',
			JSON.stringify([...HOSTILE_URLS.map((u, i) => paper(i, u)), paper(9, 'https://example.org/\u202eok')]),
		);
		const run = await runCli(['--json', file]);
		expect(run.code).toBe(0);
		const papers = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
		for (const p of papers.filter((x) => x.title !== 'Paper 9')) {
			expect(p.url).toBeNull();
			expect(p).not.toHaveProperty('githubRepo');
			expect(p).not.toHaveProperty('projectPage');
		}
		expect(papers.find((p) => p.title === 'Paper 9')).toMatchObject({url: 'https://example.org/ok', projectPage: 'https://example.org/ok'});
		expect(run.stderr.trim().split('\n')).toHaveLength(HOSTILE_URLS.length);
		expect(run.stderr).toMatch(/url dropped: not an http\(s\) link; githubRepo dropped/);
	});

	it('the same from stdin and from a reading list', async () => {
		const json = JSON.stringify([paper(1, 'javascript:alert(1)')]);
		const piped = await runCli(['--json'], {input: json});
		expect(JSON.parse(piped.stdout)[0].url).toBeNull();
		const home = tempHome();
		fs.writeFileSync(
			path.join(home, 'config.json'),
			JSON.stringify({lists: {later: [{paper: paper(2, 'file:///etc/passwd'), savedAt: 'x', read: false}]}}),
		);
		const listed = await runCli(['--list', 'later', '--json'], {env: {PAPERS_HOME: home}});
		expect(JSON.parse(listed.stdout)[0]).toMatchObject({url: null});
		expect(JSON.parse(listed.stdout)[0]).not.toHaveProperty('githubRepo');
	});

	it('a field longer than any real one is cut at parse time, with a warning', async () => {
		const long = {...paper(1, 'https://example.org/'), title: 'T'.repeat(5000), abstract: 'word '.repeat(60_000)};
		const run = await runCli(['--json', writeTemp('long.json', JSON.stringify([long]))]);
		const [p] = JSON.parse(run.stdout) as Array<{title: string; abstract: string}>;
		expect(p!.title.length).toBe(2001);
		expect(p!.abstract.length).toBeLessThanOrEqual(100_001);
		expect(run.stderr).toMatch(/title cut to 2,000 characters; abstract cut to 100,000 characters/);
	});
});
