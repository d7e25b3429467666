import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseDigest} from '../../source/digest/detect.js';
import {parseApiText, parseJsonLines} from '../../source/digest/parse-api.js';
import {parsePage} from '../../source/digest/parse-page.js';
import {formatPapers} from '../../source/output/format.js';

// Strings built from the pieces real pages are made of reach the parser's corners faster than random text.
const pieces = fc.constantFrom(
	'\n',
	'\r\n',
	'',
	'  • 3 authors',
	'·',
	'May 30, 2025 3',
	'Jan 6',
	'Feb 1',
	'Subscribe',
	'SubscribeX',
	'Title',
	'Abstract text.',
	'stanfordnlp Stanford NLP',
	'\uFEFF',
	'[',
	'{',
	'"',
	'\u001b[2J',
);
const pageLike = fc.array(fc.oneof(pieces, fc.string()), {maxLength: 40}).map((parts) => parts.join('\n'));
const jsonLike = fc.jsonValue().map((v) => JSON.stringify(v));

describe('no input makes a parser throw', () => {
	it('page text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({unit: 'binary'}), pageLike), (text) => {
				const result = parsePage(text, {source: 'p', today: '2026-11-27'});
				for (const paper of result.papers) {
					expect(typeof paper.title).toBe('string');
					expect(paper.date === null || /^\d{4}-\d{2}-\d{2}$/.test(paper.date)).toBe(true);
					formatPapers([paper], 'text');
				}
			}),
			{numRuns: 2000},
		);
	});

	it('API JSON, JSON lines, and detection', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					jsonLike,
					fc.string(),
					fc.array(fc.record({paper: fc.anything()})).map((v) => JSON.stringify(v)),
				),
				(text) => {
					parseApiText(text, {source: 'a'});
					parseJsonLines(text, {source: 'a'});
					parseDigest(text, {source: 'a.json'});
				},
			),
			{numRuns: 2000},
		);
	});
});
