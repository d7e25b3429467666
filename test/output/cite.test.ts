import {createRequire} from 'node:module';
import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {citeKeys} from '../../source/output/cite.js';
import {formatPapers} from '../../source/output/format.js';

// citation-js, a maintained bibliography library, reads our output back: what it finds is what a user's tools find.
const require = createRequire(import.meta.url);
const {Cite, plugins} = require('@citation-js/core') as {
	Cite: new (data: unknown) => {data: Array<Record<string, unknown>>; format: (f: string, o?: unknown) => string};
	plugins: {input: {chain: (data: unknown, options: unknown) => Array<{type: string; label: string; properties: Record<string, string>}>}};
};
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-csl');

const papers = [
	makePaper({
		id: '2608.19880',
		title: 'EnvHarness: {Awakening} Static Worlds & 100% of $Agents$ #1_x',
		authors: ['Wei Huang', 'Bernhard Schölkopf', 'José Núñez'],
		date: '2026-08-21',
		arxivDate: '2026-08-20',
		organization: 'Google',
		upvotes: 163,
	}),
	makePaper({id: '2608.19881', title: 'EnvHarness Again', authors: ['Wei Huang'], date: '2026-08-21'}),
	makePaper({title: 'A Paper From Page Text', date: '2026-01-05'}),
];

describe('--format bibtex', () => {
	const text = formatPapers(papers, 'bibtex');
	const entries = plugins.input.chain(text, {generateGraph: false, target: '@biblatex/entries+list'});
	const csl = new Cite(text).data;

	it('one @misc a paper, with stable keys that are unique in one output', () => {
		expect(entries.map((e) => [e.type, e.label])).toEqual([
			['misc', 'huang2026envharnessa'],
			['misc', 'huang2026envharnessb'],
			['misc', 'anon2026paper'],
		]);
		expect(citeKeys(papers)).toEqual(entries.map((e) => e.label));
	});

	it('arXiv papers carry eprint, archivePrefix and url; the others the Hugging Face search', () => {
		expect(entries[0]!.properties).toMatchObject({
			eprint: '2608.19880',
			archiveprefix: 'arXiv',
			url: 'https://arxiv.org/abs/2608.19880',
			year: '2026',
		});
		expect(entries[2]!.properties.url).toMatch(/^https:\/\/huggingface\.co\/papers\?q=A\\%20Paper/);
	});

	it('titles keep their capitals and special characters; every author, accents and all, comes back', () => {
		expect(csl[0]!.title).toBe('EnvHarness: {Awakening} Static Worlds & 100% of $Agents$ #1_x');
		expect(entries[0]!.properties.title!.startsWith('{')).toBe(true);
		expect(csl[0]!.author).toEqual([
			{given: 'Wei', family: 'Huang'},
			{given: 'Bernhard', family: 'Schölkopf'},
			{given: 'José', family: 'Núñez'},
		]);
	});

	it('no control character from a digest gets into the file', () => {
		const evil = formatPapers(
			[makePaper({title: 'Evil\u001b]0;owned\u0007 title', authors: ['A\u001b[31mB'], date: '2026-01-01'})],
			'bibtex',
		);
		expect(evil).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
	});
});

describe('--format csl-json', () => {
	it('citation-js reads it and renders a bibliography from it', () => {
		const items = JSON.parse(formatPapers(papers, 'csl-json')) as Array<Record<string, unknown>>;
		expect(items[0]).toMatchObject({
			id: 'huang2026envharnessa',
			type: 'article',
			number: '2608.19880',
			issued: {'date-parts': [[2026, 8, 20]]},
		});
		const rendered = new Cite(items).format('bibliography', {format: 'text', template: 'apa'});
		expect(rendered).toContain('Huang, W., Schölkopf, B., & Núñez, J. (2026)');
		expect(rendered).toContain('https://arxiv.org/abs/2608.19880');
	});
});
