import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {apiDigest, runCli, tempHome, writeTemp} from '../helpers/run-cli.js';

/* Lists that travel: export on one home, import into another with its own changes, and nothing is lost either way. */

const digest = (ids: string[]) => apiDigest(ids.map((id) => ({id})));

async function home(ids: string[], note: string, tag: string, later = false) {
	const h = tempHome();
	const env = {PAPERS_HOME: h};
	expect((await runCli(['--save', 'later', digest(ids)], {env})).code).toBe(0);
	await runCli(['--save', 'shared', digest([ids[0]!])], {env});
	await runCli(['note', '2601.00001', note], {env});
	await runCli(['tag', '2601.00001', `+${tag}`], {env});
	// B's note is the newer one, whatever the clock's resolution: its time is set after the fact.
	if (later) {
		const file = path.join(h, 'config.json');
		const config = JSON.parse(fs.readFileSync(file, 'utf8')) as {notes: Record<string, {updatedAt: string}>};
		config.notes['arxiv:2601.00001']!.updatedAt = '2099-01-01T00:00:00.000Z';
		fs.writeFileSync(file, JSON.stringify(config));
	}
	return {h, env};
}

const doc = (env: NodeJS.ProcessEnv) =>
	JSON.parse(fs.readFileSync(path.join(env.PAPERS_HOME!, 'config.json'), 'utf8')) as {
		lists: Record<string, Array<{paper: {id: string}}>>;
		notes: Record<string, {text: string}>;
		tags: Record<string, string[]>;
	};
const ids = (env: NodeJS.ProcessEnv, list: string) =>
	doc(env)
		.lists[list]!.map((e) => e.paper.id)
		.sort();

describe('papers lists export and import', () => {
	it('exports every list, note and tag, keys in order and indented; a list by name; the same twice', async () => {
		const {env} = await home(['2601.00001', '2601.00002'], 'mine', 'rl');
		const one = (await runCli(['lists', 'export'], {env})).stdout;
		expect(one).toBe((await runCli(['lists', 'export'], {env})).stdout);
		const value = JSON.parse(one) as {format: string; lists: object; notes: object; tags: object};
		expect(value.format).toBe('papers-library');
		expect(Object.keys(value.lists)).toEqual(['later', 'shared']);
		expect(one).toContain('\n  "lists": {\n');
		expect(Object.keys((JSON.parse((await runCli(['lists', 'export', 'shared'], {env})).stdout) as {lists: object}).lists)).toEqual([
			'shared',
		]);
		expect(await runCli(['lists', 'export', 'nope'], {env})).toMatchObject({code: 1, stderr: 'papers: no reading list "nope"\n'});
	});

	for (const order of ['A into B', 'B into A'] as const) {
		it(`merges ${order}: union of entries and tags, the newer note wins and the other is kept, nothing local dropped`, async () => {
			const a = await home(['2601.00001', '2601.00002'], 'note of A', 'rl');
			const b = await home(['2601.00001', '2601.00003'], 'note of B', 'agents', true);
			const [from, into] = order === 'A into B' ? [a, b] : [b, a];
			const file = writeTemp('export.json', (await runCli(['lists', 'export'], {env: from.env})).stdout);
			const run = await runCli(['lists', 'import', file], {env: into.env});
			expect(run.code).toBe(0);
			expect(ids(into.env, 'later')).toEqual(['2601.00001', '2601.00002', '2601.00003']);
			expect(doc(into.env).tags['arxiv:2601.00001']!.sort()).toEqual(['agents', 'rl']);
			// B's note was written last: it stays (B into A replaces A's, which is kept aside).
			expect(doc(into.env).notes['arxiv:2601.00001']!.text).toBe('note of B');
			expect(run.stdout).toMatch(/^imported 1 paper into 1 list/);
			if (order === 'B into A') {
				expect(run.stdout).toContain('1 note replaced by a newer one');
				const backup = /kept in (\S+)\)/.exec(run.stdout)![1]!;
				expect(JSON.parse(fs.readFileSync(backup, 'utf8'))).toMatchObject({notes: {'arxiv:2601.00001': {text: 'note of A'}}});
			}
		});
	}

	it('a malformed or foreign file: one line, exit 1, and config.json is byte for byte as it was', async () => {
		const {env} = await home(['2601.00001'], 'mine', 'rl');
		const before = fs.readFileSync(path.join(env.PAPERS_HOME, 'config.json'));
		for (const [content, why] of [
			['{"lists": {}}', 'it is not a papers export (papers lists export writes one)'],
			['not json', 'it is not JSON'],
			['{"format": "papers-library", "version": 2}', 'its version is 2, and this papers reads version 1 (the number)'],
			[
				'{"format": "papers-library", "version": 1, "lists": {"a\\u001b[2J": []}, "notes": {}, "tags": {}}',
				'a list name cannot hold control or bidi characters',
			],
		] as const) {
			const file = writeTemp('bad.json', content);
			const run = await runCli(['lists', 'import', file], {env});
			expect(run).toMatchObject({code: 1, stdout: ''});
			expect(run.stderr).toContain(why);
			expect(run.stderr).toMatch(/nothing changed\n$/);
			expect(run.stderr.split('\n')).toHaveLength(2);
		}
		expect(await runCli(['lists', 'import', '/nonexistent/x.json'], {env})).toMatchObject({code: 1});
		expect(fs.readFileSync(path.join(env.PAPERS_HOME, 'config.json'))).toEqual(before);
		expect(await runCli(['lists', 'import'], {env})).toMatchObject({code: 2});
	});
});
