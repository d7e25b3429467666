import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseDigest} from '../source/digest/detect.js';
import {foldSpace, normalizeTitle} from '../source/digest/paper.js';
import {fold, foldedRange, parseQuery, words} from '../source/digest/query.js';
import {highlightRanges} from '../source/digest/highlight.js';
import {escapeBibtex} from '../source/output/cite.js';
import {formatPapers} from '../source/output/format.js';
import {sanitizeLine, sanitizeText} from '../source/output/sanitize.js';
import {cutToWidth, displayWidth, fitWidth, fitWidthLeft} from '../source/output/width.js';
import {wrapText} from '../source/output/wrap.js';
import {makePaper} from '../source/digest/paper.js';
import {markdownPieces} from '../source/reader/pieces.js';
import {renderMarkdown} from '../source/reader/render.js';

/*
 * Text built to be slow cannot freeze papers: every text function runs in time that grows with its input's length.
 * Each gets 128 KB of each shape that has made a text function slow (on Node 20 above all). What is asserted is that
 * nothing freezes, not a speed (that is `npm run bench`'s): a call still running after 10 s fails. A linear pass
 * takes milliseconds, 1.5 s at most on a loaded machine; the quadratic ones took from 14 s (35 s at 200 KB) to minutes.
 */

const FROZEN_MS = 10_000;

const SIZE = 128 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const INPUTS: Record<string, string> = {
	'one long word': fill('a'),
	'wide after 65k narrow': `${'a'.repeat(65_000)}漢${fill('b').slice(65_001)}`,
	'CJK without a space': fill('漢'),
	'<': fill('<'),
	a_: fill('a_'),
	'*a': fill('*a'),
	'\\[': fill('\\['),
	$$: fill('$$x'),
	'> nesting': fill('> '),
	'- nesting': fill('- '),
	'nested lines': Array.from({length: 5000}, (_, i) => `${'  '.repeat(i % 400)}- item`)
		.join('\n')
		.slice(0, SIZE),
	'[link](': fill('[a]('),
	'combining marks': `e${fill('\u0301')}`,
	'joined emoji': fill('👨‍'),
	flags: fill('🇫'),
	'`': fill('`a'),
	html: fill('<b x="'),
	lines: fill('a\n'),
};

const TEXT_FUNCTIONS: Record<string, (text: string) => unknown> = {
	displayWidth,
	cutToWidth: (t) => cutToWidth(t, 100_000),
	fitWidth: (t) => fitWidth(t, 80),
	fitWidthLeft: (t) => fitWidthLeft(t, 80),
	wrapText: (t) => wrapText(t, 80),
	sanitizeLine,
	sanitizeText,
	fold,
	foldedRange: (t) => foldedRange(t, 'zz'),
	words,
	parseQuery: (t) => parseQuery(t.slice(0, 20_000)),
	highlightRanges: (t) => highlightRanges(t, ['a', 'b']),
	foldSpace,
	normalizeTitle,
	escapeBibtex,
	renderMarkdown: (t) => renderMarkdown(t, 80),
	'parse page text': (t) =>
		parseDigest(`Daily Papers\n\nJan 6\n\n${t}\n\nAbstract.\n\n  • 2 authors\n·\nMay 30, 2025 3\n`, {source: 'x.txt'}),
	'parse API JSON': (t) =>
		parseDigest(JSON.stringify([{paper: {id: '2601.00001', title: t, summary: t, authors: [{name: t}]}}]), {source: 'x.json'}),
	'format text and markdown': (t) => {
		const paper = makePaper({title: t.slice(0, 2000), abstract: t.slice(0, 100_000), authors: [t.slice(0, 1000)]});
		return [formatPapers([paper], 'text'), formatPapers([paper], 'markdown'), formatPapers([paper], 'bibtex')];
	},
};

describe('every text function, on adversarial 128 KB inputs', () => {
	for (const [name, fn] of Object.entries(TEXT_FUNCTIONS)) {
		it(`${name} never freezes on any of them`, () => {
			const frozen: string[] = [];
			for (const [shape, text] of Object.entries(INPUTS)) {
				const start = performance.now();
				fn(text);
				if (performance.now() - start > FROZEN_MS) frozen.push(shape);
			}
			expect(frozen).toEqual([]);
		}, 600_000);
	}
});

describe('the renderer and the parsers, fuzzed', () => {
	const piece = fc.constantFrom(
		'- ',
		'> ',
		'1. ',
		'  ',
		'\n',
		'\n\n',
		'```\n',
		'*',
		'_',
		'`',
		'[',
		'](',
		')',
		'<',
		'>',
		'$',
		'$$',
		'\\[',
		'\\]',
		'#',
		'|',
		'word ',
		'漢',
		'👨‍👩‍👧',
		'\u0000',
		'\u001b[31m',
	);
	const text = fc
		.array(fc.tuple(piece, fc.integer({min: 1, max: 400})), {maxLength: 30})
		.map((runs) => runs.map(([p, n]) => p.repeat(n)).join(''));

	it('marked and the reader never throw and never freeze, at any nesting and size (300 cases)', () => {
		fc.assert(
			fc.property(text, fc.integer({min: 1, max: 200}), (markdown, width) => {
				const start = performance.now();
				const lines = renderMarkdown(markdown, width);
				expect(performance.now() - start).toBeLessThan(FROZEN_MS);
				for (const line of lines) expect(line.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
				expect(markdownPieces(markdown).join('').length).toBeGreaterThanOrEqual(0);
			}),
			// Each case renders up to 12 KB of markdown; 300 of them cover the nesting shapes, and the 128 KB inputs above
			// cover size.
			{numRuns: 300},
		);
	}, 120_000);

	it('the day parsers never throw and never freeze (1,000 cases)', () => {
		fc.assert(
			fc.property(text, (t) => {
				const start = performance.now();
				parseDigest(t, {source: 'fuzz.txt'});
				parseDigest(t, {source: 'fuzz.json'});
				parseDigest(t, {source: 'fuzz.jsonl'});
				expect(performance.now() - start).toBeLessThan(FROZEN_MS);
			}),
			{numRuns: 1000},
		);
	}, 120_000);
});
