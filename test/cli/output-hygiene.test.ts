import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {marked, type Token} from 'marked';
import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {formatPapers} from '../../source/output/format.js';
import {CLI, pageDigest, runCli, tempHome, writeTemp} from '../helpers/run-cli.js';

/* What papers writes for other programs is inert: markdown that renders no HTML and no foreign link, JSON without
 * raw C1 or bidi characters, list names that stay one short line, completions that never run a name. */

function walk(tokens: readonly Token[], seen: Token[] = []): Token[] {
	for (const t of tokens) {
		seen.push(t);
		const children = (t as {tokens?: Token[]}).tokens;
		if (children) walk(children, seen);
		const items = (t as {items?: Array<{tokens: Token[]}>}).items;
		if (items) for (const item of items) walk(item.tokens, seen);
	}
	return seen;
}

describe('--format markdown', () => {
	it('renders no HTML and no link but http(s) ones, whatever the title and abstract hold', () => {
		const paper = makePaper({
			id: '2601.00001',
			title: 'Title <script>alert(1)</script> [x](javascript:alert(1))',
			abstract: 'Hi <img src=x onerror=alert(1)> and [click](javascript:alert(2)) and <javascript:alert(3)>\n# not a heading\n- not a list',
			aiSummary: '<b>bold</b> [y](file:///etc/passwd)',
			date: '2026-01-05',
		});
		const markdown = formatPapers([paper], 'markdown');
		const tokens = walk(marked.lexer(markdown));
		expect(tokens.filter((t) => t.type === 'html')).toEqual([]);
		const links = tokens.filter((t) => t.type === 'link').map((t) => (t as {href: string}).href);
		expect(links.length).toBeGreaterThan(0);
		for (const href of links) expect(href).toMatch(/^https:\/\//);
		expect(tokens.filter((t) => t.type === 'heading').map((t) => (t as {depth: number}).depth)).toEqual([2]);
		expect(tokens.some((t) => t.type === 'list')).toBe(false);
		expect(marked.parse(markdown)).not.toMatch(/<(script|img|b)\b/);
	});
});

describe('list names', () => {
	it('--save refuses control characters and names over 100 characters, in one line, exit 2', async () => {
		const file = writeTemp('d.txt', pageDigest(1));
		const env = {PAPERS_HOME: tempHome()};
		const control = await runCli(['--save', 'evil\u001b[2Jname', file], {env});
		expect(control).toMatchObject({code: 2, stderr: 'papers: --save: a list name cannot hold control or bidi characters\n'});
		const bidi = await runCli(['--save', 'a\u202eb', file], {env});
		expect(bidi.code).toBe(2);
		const long = await runCli(['--save', 'x'.repeat(101), file], {env});
		expect(long).toMatchObject({code: 2, stderr: 'papers: --save: a list name is at most 100 characters\n'});
		expect((await runCli(['--save', 'x'.repeat(100), file], {env})).code).toBe(0);
	});

	it('papers lists --json escapes C1 and bidi characters of names made before the rule', async () => {
		const home = tempHome();
		const entry = {paper: {title: 'T', abstract: '', upvotes: 0}, savedAt: 'x', read: false};
		fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({lists: {'a\u009bb\u202ec': [entry], ['y'.repeat(5000)]: [entry]}}));
		const json = await runCli(['lists', '--json'], {env: {PAPERS_HOME: home}});
		expect(json.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
		expect(JSON.parse(json.stdout).map((l: {name: string}) => l.name)).toContain('a\u009bb\u202ec');
		const text = await runCli(['lists'], {env: {PAPERS_HOME: home}});
		for (const line of text.stdout.trim().split('\n')) expect(line.length).toBeLessThan(140);
	});
});

describe('completions never run a list name', () => {
	const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

	/** A home with lists named to hurt a careless completion, and a `papers` on PATH that reads it. */
	function hostileLists() {
		const home = tempHome();
		const file = writeTemp('d.txt', pageDigest(1));
		const names = ['$(touch pwned)', 'all*', 'two words', '`touch pwned2`'];
		const bin = path.join(home, 'bin');
		fs.mkdirSync(bin);
		fs.writeFileSync(path.join(bin, 'papers'), `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`, {mode: 0o755});
		// A file that `all*` would match if it were globbed.
		fs.writeFileSync(path.join(home, 'all-files-here'), '');
		return {home, file, names, env: {...process.env, PAPERS_HOME: home, PATH: `${bin}:${process.env.PATH}`}};
	}

	it('bash: each name is one word, as it is; nothing is run or globbed', async () => {
		const {home, file, names, env} = hostileLists();
		for (const name of names) await runCli(['--save', name, file], {env: {PAPERS_HOME: home}});
		const script = execFileSync(process.execPath, [CLI, 'completion', 'bash'], {encoding: 'utf8'});
		const complete = (...words: string[]) =>
			execFileSync(
				'bash',
				['-c', `${script}\nCOMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _papers; printf '%s\\n' "\${COMPREPLY[@]}"`, 'x', ...words],
				{
					encoding: 'utf8',
					cwd: home,
					env,
				},
			)
				.split('\n')
				.slice(0, -1);
		expect(complete('papers', '--list', '').sort()).toEqual([...names].sort());
		expect(complete('papers', '--list', 'two')).toEqual(['two words']);
		expect(complete('papers', 'fetch', '--papers', '$')).toEqual(['$(touch pwned)']);
		expect(complete('papers', 're')).toEqual(['read']);
		expect(fs.existsSync(path.join(home, 'pwned'))).toBe(false);
		expect(fs.existsSync(path.join(home, 'pwned2'))).toBe(false);
	});

	it.skipIf(!has('zsh'))('zsh: the script parses and adds names with compadd, never eval', () => {
		const script = execFileSync(process.execPath, [CLI, 'completion', 'zsh'], {encoding: 'utf8'});
		expect(spawnSync('zsh', ['-n'], {input: script}).status).toBe(0);
		expect(script).toContain('compadd -a names');
		expect(script).not.toMatch(/eval/);
	});

	it('fish: names come from papers __lists line by line, as fish takes command output', () => {
		const script = execFileSync(process.execPath, [CLI, 'completion', 'fish'], {encoding: 'utf8'});
		expect(script).toMatch(/-l list -s l .*-x -a '\(papers __lists 2>\/dev\/null\)'/);
		expect(script).not.toMatch(/eval/);
	});
});
