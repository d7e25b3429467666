import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {formatPapers} from '../../source/output/format.js';
import {sanitizeLine, sanitizeText} from '../../source/output/sanitize.js';
import {wrapText} from '../../source/output/wrap.js';
import {fitWidth} from '../../source/output/width.js';

const EVIL = 'Good\u001b]0;pwned\u0007 text\u001b[2J\u001b[31mred\u009b1;1H\u202eevil\u0000';
const paper = makePaper({
	id: '2501.00001',
	title: `Title ${EVIL}`,
	abstract: `An abstract ${EVIL} that goes on long enough to need wrapping at a narrow width for sure.`,
	authorCount: 3,
	organization: 'Org [x]',
	date: '2025-01-02',
	upvotes: 7,
});

// Any of these in output would let digest text drive the terminal.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('sanitize', () => {
	it('removes every control character; the rest stays visible', () => {
		expect(sanitizeLine(EVIL)).toBe('Good]0;pwned text[2J[31mred1;1Hevil');
		expect(sanitizeLine('a\nb\tc')).toBe('a b c');
		expect(sanitizeText('a\r\nb\u2028c\u001b')).toBe('a\nb\nc');
	});
});

describe('formatPapers', () => {
	it('text: upvotes and title, date and byline, URL, wrapped abstract; nothing that drives a terminal', () => {
		const out = formatPapers([paper, paper], 'text', {width: 40});
		const lines = out.split('\n');
		expect(lines[0]).toBe('▲ 7  Title Good]0;pwned text[2J[31mred1;1Hevil');
		expect(lines[1]).toBe('2025-01-02 · 3 authors · Org [x]');
		expect(lines[2]).toBe('https://huggingface.co/papers/2501.00001');
		expect(lines.slice(3).every((l) => l.length <= 40 || l.startsWith('▲') || l.startsWith('https:'))).toBe(true);
		expect(out).toContain('\n\n▲ 7');
		expect(out).not.toMatch(CONTROL);
	});

	it('markdown: a heading with the link, a meta line, the abstract', () => {
		const out = formatPapers([paper], 'markdown');
		expect(out.split('\n').slice(0, 3)).toEqual([
			'## [Title Good\\]0;pwned text\\[2J\\[31mred1;1Hevil](https://huggingface.co/papers/2501.00001)',
			'',
			'*2025-01-02 · ▲ 7 · 3 authors · Org \\[x\\]*',
		]);
		expect(out).not.toMatch(CONTROL);
	});

	it('json keeps the text exactly, escaped so the terminal sees no control byte', () => {
		const out = formatPapers([paper], 'json');
		expect(out).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
		expect(JSON.parse(out)[0].title).toBe(paper.title);
		const lines = formatPapers([paper, paper], 'jsonl').trimEnd().split('\n');
		expect(lines).toHaveLength(2);
		expect(JSON.parse(lines[1]!).abstract).toBe(paper.abstract);
	});

	it('no papers: nothing in text, [] in json', () => {
		expect(formatPapers([], 'text')).toBe('');
		expect(JSON.parse(formatPapers([], 'json'))).toEqual([]);
	});
});

describe('wrap and fit', () => {
	it('wraps on words; a word wider than the line is cut across lines, never lost; a link stands whole on its own line', () => {
		expect(wrapText('aaa bbb ccc', 10)).toEqual(['aaa bbb', 'ccc']);
		expect(wrapText('x abcdefghijklmnopqrstuvwxyz y', 10)).toEqual(['x', 'abcdefghij', 'klmnopqrst', 'uvwxyz y']);
		expect(wrapText('x https://example.org/a/very/long/path y', 10)).toEqual(['x', 'https://example.org/a/very/long/path', 'y']);
		expect(wrapText('我们研究了语言模型的推理能力。', 10)).toEqual(['我们研究了', '语言模型的', '推理能力。']);
	});

	it('fits to terminal columns with an ellipsis, wide characters counting two', () => {
		expect(fitWidth('abcdef', 4)).toBe('abc…');
		expect(fitWidth('abc', 4)).toBe('abc');
		expect(fitWidth('日本語の論文', 7)).toBe('日本語…');
	});
});
