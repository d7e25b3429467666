import {createRequire} from 'node:module';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {citeKeys, cslItems, formatBibtex, hasMath} from '../../source/output/cite.js';

/*
 * Whatever a title or a name holds, the BibTeX and the CSL-JSON papers writes read back, through citation-js (what
 * a user's reference manager does), as exactly that title and those names.
 */

const require = createRequire(import.meta.url);
const {Cite} = require('@citation-js/core') as {Cite: new (data: unknown) => {data: Array<Record<string, unknown>>}};
require('@citation-js/plugin-bibtex');

const readBack = (bibtex: string) => new Cite(bibtex).data;

const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéÉüßøñ0123456789');
const special = fc.constantFrom(...'\\{}$&%#_~^`\'"-<>@,.:;!?()[]/*+=|'.split(''), ']]>', '--', '---', "''", '``');
const word = fc
	.array(fc.oneof({weight: 4, arbitrary: letters}, {weight: 1, arbitrary: special}), {minLength: 1, maxLength: 8})
	.map((c) => c.join(''));
const title = fc.array(word, {minLength: 1, maxLength: 10}).map((w) => w.join(' '));

const nameWord = fc.array(letters, {minLength: 1, maxLength: 7}).map((c) => c.join(''));
const capital = nameWord.map((w) => w[0]!.toUpperCase() + w.slice(1));
const particle = fc.constantFrom('van', 'von', 'de', 'de la', 'van der', 'di');
const name = fc.oneof(
	fc.tuple(capital, capital).map(([g, f]) => `${g} ${f}`),
	fc.tuple(capital, capital, capital).map(([g, m, f]) => `${g} ${m[0]}. ${f}`),
	fc.tuple(capital, particle, capital).map(([g, p, f]) => `${g} ${p} ${f}`),
	fc.tuple(capital, capital).map(([f, g]) => `${f}, ${g}`),
	fc.tuple(capital, capital).map(([a, b]) => `${a} and ${b} Team`),
	// BibTeX splits authors at the word `and` in any case, even at a name's end.
	fc.tuple(capital, fc.constantFrom('and', 'AND', 'And', 'aNd')).map(([g, a]) => `${g} van ${a}`),
	capital,
	fc.tuple(capital, fc.constantFrom('&', '%', '#', '_', '$', '~'), capital).map(([g, s, f]) => `${g} ${f}${s}x`),
);

/** A CSL literal name and a family-only one are the same name to a reader. */
const asRead = (author: Record<string, string>) => ('literal' in author ? {family: author.literal} : author);

describe('BibTeX and CSL-JSON read back exactly', () => {
	it('any title (TeX math aside) and any names, through citation-js', () => {
		fc.assert(
			fc.property(title, fc.array(name, {minLength: 1, maxLength: 4}), (t, authors) => {
				fc.pre(!hasMath(t));
				const paper = makePaper({id: '2401.00001', title: t, authors, date: '2024-01-02'});
				const [read] = readBack(formatBibtex([paper]));
				expect(read!.title).toBe(t);
				const csl = cslItems([paper])[0]!;
				expect(csl.title).toBe(t);
				expect(read!.author).toEqual((csl.author as Array<Record<string, string>>).map(asRead));
			}),
			{numRuns: 1000},
		);
	});

	it('keeps TeX math as TeX, braces corporate names, and leaves TeX commands out of cite keys', () => {
		const paper = makePaper({
			id: '2405.00001',
			title: '$\\textit{Trans-LoRA}$: towards $\\alpha$-free 100% of $Agents$',
			authors: ['Research and Development Team', 'Ludwig van Beethoven', 'Smith, John'],
			date: '2024-05-27',
		});
		const bibtex = formatBibtex([paper]);
		expect(bibtex).toContain('title = {{$\\textit{Trans-LoRA}$: towards $\\alpha$-free 100\\% of \\$Agents\\$}}');
		expect(bibtex).toContain('author = {{Research and Development Team} and Ludwig van Beethoven and Smith, John}');
		const [read] = readBack(bibtex);
		expect(read!.title).toBe('<i>Trans-LoRA</i>: towards α-free 100% of $Agents$');
		expect(read!.author).toEqual([
			{family: 'Research and Development Team'},
			{given: 'Ludwig', family: 'Beethoven', 'non-dropping-particle': 'van'},
			{given: 'John', family: 'Smith'},
		]);
		expect(cslItems([paper])[0]!.author).toEqual([
			{literal: 'Research and Development Team'},
			{family: 'Beethoven', given: 'Ludwig', 'non-dropping-particle': 'van'},
			{family: 'Smith', given: 'John'},
		]);
		expect(citeKeys([paper])).toEqual(['researchanddevelopmentteam2024trans']);
	});

	it('drops bidi controls and control characters', () => {
		const paper = makePaper({
			id: '2405.00002',
			title: 'Safe\u202e txet \u2066x\u2069 \u0007bell',
			authors: ['A B\u202e'],
			date: '2024-05-27',
		});
		expect(formatBibtex([paper])).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202a-\u202e\u2066-\u2069]/);
	});
});
