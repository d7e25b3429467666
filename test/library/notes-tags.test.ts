import fs from 'node:fs';
import path from 'node:path';
import {Cite} from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import {parse as parseRis} from 'astrocite-ris';
import {DOMParser} from '@xmldom/xmldom';
import {describe, expect, it} from 'vitest';
import {apiDigest, runCli, tempHome} from '../helpers/run-cli.js';

/* Notes and tags from the command line, kept in config.json, searched with note: and tag:, carried by every format. */

const digest = () =>
	apiDigest([
		{
			id: '2601.00001',
			title: 'Attention is still all',
			summary: 'About attention.',
			authors: ['Ada Lovelace', 'Jean de la Fontaine'],
			upvotes: 5,
		},
		{id: '2601.00002', title: 'Untagged paper', summary: 'Other.'},
	]);

async function annotatedHome() {
	const home = tempHome();
	const env = {PAPERS_HOME: home};
	expect(await runCli(['note', '2601.00001', 'Worth a reread:', 'the <ablation> & "table" 3'], {env})).toMatchObject({
		code: 0,
		stdout: 'noted 2601.00001\n',
	});
	expect(await runCli(['tag', '2601.00001', '+RL', '#agents', '+x'], {env})).toMatchObject({code: 0});
	expect(await runCli(['tag', '2601.00001', '-x'], {env})).toMatchObject({code: 0, stdout: '2601.00001: #rl #agents\n'});
	return {home, env};
}

describe('notes and tags on the command line', () => {
	it('note sets, prints, reads stdin and removes; tags add and take away; tags counts them; all kept in config.json', async () => {
		const {home, env} = await annotatedHome();
		expect((await runCli(['note', 'https://arxiv.org/abs/2601.00001v2'], {env})).stdout).toBe(
			'Worth a reread: the <ablation> & "table" 3\n',
		);
		await runCli(['note', '2601.00002', '-'], {env, input: 'line one\r\nline two\u001b[31m\n'});
		expect((await runCli(['note', '2601.00002'], {env})).stdout).toBe('line one\nline two[31m\n');
		expect(await runCli(['note', '2601.00002', '--rm'], {env})).toMatchObject({code: 0, stdout: 'no note on 2601.00002 now\n'});
		expect(await runCli(['note', '2601.00002'], {env})).toMatchObject({
			code: 1,
			stderr: expect.stringContaining('no note on 2601.00002') as string,
		});
		await runCli(['tag', '2601.00002', 'rl'], {env});
		expect((await runCli(['tags'], {env})).stdout).toBe('#rl  2 papers\n#agents  1 paper\n');
		expect(JSON.parse((await runCli(['tags', '--json'], {env})).stdout)).toEqual([
			{tag: 'rl', count: 2},
			{tag: 'agents', count: 1},
		]);
		const config = JSON.parse(fs.readFileSync(path.join(home, 'config.json'), 'utf8')) as {notes: object; tags: object};
		expect(config.tags).toEqual({'arxiv:2601.00001': ['rl', 'agents'], 'arxiv:2601.00002': ['rl']});
		expect(Object.keys(config.notes)).toEqual(['arxiv:2601.00001']);
	});

	it('refuses what is not an id or a tag, in one line, exit 2', async () => {
		expect(await runCli(['note'])).toMatchObject({code: 2});
		expect(await runCli(['note', 'nope', 'x'])).toMatchObject({code: 2});
		expect(await runCli(['tag', '2601.00001', '+bad tag!'])).toMatchObject({code: 2});
		expect(await runCli(['note', '2601.00001', 'x', '--rm'])).toMatchObject({code: 2});
		expect(await runCli(['tags', 'x'])).toMatchObject({code: 2});
	});

	it('note: and tag: search them', async () => {
		const {env} = await annotatedHome();
		const titles = async (q: string) =>
			(await runCli(['--print', '--json', '--search', q, digest()], {env})).stdout.length > 3
				? (JSON.parse((await runCli(['--print', '--json', '--search', q, digest()], {env})).stdout) as Array<{title: string}>).map(
						(p) => p.title,
					)
				: [];
		expect(await titles('note:ablation')).toEqual(['Attention is still all']);
		expect(await titles('tag:agents')).toEqual(['Attention is still all']);
		expect(await titles('-tag:rl')).toEqual(['Untagged paper']);
		expect(await titles('note:nothing')).toEqual([]);
	});
});

describe('every format that can hold them carries the note and the tags', () => {
	const print = async (format: string) => {
		const {env} = await annotatedHome();
		const run = await runCli(['--print', '--format', format, '--search', 'id:2601.00001', digest()], {env});
		expect(run.stderr).toBe('');
		return run.stdout;
	};

	it('markdown: the note as a quote, the tags as #tags; json and jsonl: note and tags', async () => {
		const md = await print('markdown');
		expect(md).toContain('> Worth a reread: the \\<ablation\\> \\& "table" 3');
		expect(md).toContain('#rl #agents');
		expect(JSON.parse(await print('json'))[0]).toMatchObject({note: 'Worth a reread: the <ablation> & "table" 3', tags: ['rl', 'agents']});
		expect(JSON.parse((await print('jsonl')).trim())).toMatchObject({tags: ['rl', 'agents']});
	});

	it('BibTeX: annote and keywords; CSL-JSON: note and keyword, read back by citation-js', async () => {
		const [bib] = new Cite(await print('bibtex')).data as Array<Record<string, unknown>>;
		expect(String(bib!.keyword).split(/,\s*/)).toEqual(['rl', 'agents']);
		expect(String(bib!.annote ?? bib!.note)).toContain('Worth a reread');
		const [csl] = new Cite(JSON.parse(await print('csl-json'))).data as Array<Record<string, unknown>>;
		expect(csl).toMatchObject({note: 'Worth a reread: the <ablation> & "table" 3', keyword: 'rl, agents'});
	});

	it('RIS: one record per paper, CRLF, authors one per AU, DOI, note and keywords, read back by a RIS parser', async () => {
		const ris = await print('ris');
		expect(ris.split('\r\n')[0]).toBe('TY  - UNPB');
		expect(ris.replace(/\r\n/g, '')).not.toContain('\n');
		const [item] = parseRis(ris) as Array<Record<string, unknown>>;
		expect(item).toMatchObject({
			title: 'Attention is still all',
			abstract: 'About attention.',
			DOI: '10.48550/arXiv.2601.00001',
			URL: 'https://arxiv.org/abs/2601.00001',
			note: 'Worth a reread: the <ablation> & "table" 3',
			keyword: ['rl', 'agents'],
			author: [
				{family: 'Lovelace', given: 'Ada'},
				{family: 'Fontaine', given: 'Jean', 'non-dropping-particle': 'de la'},
			],
		});
	});

	it('atom: the note in the entry text and the tags as categories', async () => {
		const doc = new DOMParser({
			onError: (level, message) => {
				if (level !== 'warning') throw new Error(message);
			},
		}).parseFromString(await print('atom'), 'application/xml');
		const summary = doc.getElementsByTagName('summary')[0]!.textContent!;
		expect(summary).toContain('Note: Worth a reread');
		expect(summary).toContain('Tags: #rl #agents');
	});
});
