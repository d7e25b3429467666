import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {displayWidth, cutToWidth, fitWidthLeft} from '../../source/output/width.js';
import {wrapText} from '../../source/output/wrap.js';

/* Text is cut and wrapped where a user sees a character end: never inside 👨‍👩‍👧, a flag, or a letter and its accent. */

const segmenter = new Intl.Segmenter();
const boundaries = (text: string) => new Set([0, ...[...segmenter.segment(text)].map((s) => s.index + s.segment.length)]);

const FAMILY = '👨‍👩‍👧';
const FLAG = '🇫🇷';
const piece = fc.constantFrom('a', 'b', ' ', '漢', 'é', 'e\u0301', FAMILY, FLAG, '👍🏽', 'ｶﾞ', '한', '\u0301', '—', 'Ω');
const text = fc.array(piece, {maxLength: 30}).map((p) => p.join(''));

describe('cutting and wrapping by grapheme cluster', () => {
	it('a cut is a prefix, never wider than asked, and ends on a cluster boundary', () => {
		fc.assert(
			fc.property(text, fc.integer({min: 0, max: 40}), (t, width) => {
				const cut = cutToWidth(t, width);
				expect(t.startsWith(cut)).toBe(true);
				expect(displayWidth(cut)).toBeLessThanOrEqual(width);
				expect(boundaries(t).has(cut.length)).toBe(true);
			}),
			{numRuns: 1000},
		);
	});

	it('wrapping keeps every cluster whole and every line within the width (where a cluster fits at all)', () => {
		fc.assert(
			fc.property(text, fc.integer({min: 2, max: 30}), (t, width) => {
				const lines = wrapText(t, width);
				for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
				// The lines' clusters, word by word, are the text's own: nothing lost, no cluster split across two lines.
				const clusters = (s: string) => s.split(' ').flatMap((word) => [...segmenter.segment(word)].map((x) => x.segment));
				expect(lines.flatMap(clusters)).toEqual(clusters(t));
			}),
			{numRuns: 1000},
		);
	});

	it('the cases seen: a family emoji, a flag, a narrow width', () => {
		expect(cutToWidth(`${FAMILY} family`, 2)).toBe(FAMILY);
		expect(cutToWidth(`${FAMILY}family`, 3)).toBe(`${FAMILY}f`);
		expect(cutToWidth(`${FAMILY} family`, 1)).toBe('');
		expect(cutToWidth(`${FLAG}x`, 1)).toBe('');
		expect(cutToWidth(`${FLAG}x`, 2)).toBe(FLAG);
		expect(wrapText(`${FAMILY}${FAMILY}${FAMILY}`, 4)).toEqual([`${FAMILY}${FAMILY}`, FAMILY]);
		expect(wrapText('abc def', 3)).toEqual(['abc', 'def']);
		expect(fitWidthLeft(`x${FAMILY}${FAMILY}`, 3)).toBe(`…${FAMILY}`);
	});
});

describe('the short cuts of the width code', () => {
	it('give what string-width gives, for every character they cover', async () => {
		const {default: stringWidth} = await import('string-width');
		const {clusterWidth} = await import('../../source/output/graphemes.js');
		const ranges: Array<[number, number]> = [
			[0x20, 0x7e],
			[0xa0, 0x2ff],
			[0x370, 0x52f],
			[0x3041, 0x30fa],
			[0x3400, 0x4dbf],
			[0x4e00, 0x9fff],
			[0xac00, 0xd7a3],
			[0x2010, 0x2027],
			[0x2030, 0x205e],
			[0x2190, 0x2193],
			[0x2500, 0x25fa],
			[0x2800, 0x28ff],
		];
		for (const [from, to] of ranges)
			for (let c = from; c <= to; c++) {
				const ch = String.fromCharCode(c);
				if (clusterWidth(ch) !== stringWidth(ch))
					expect(`${c.toString(16)}: ${clusterWidth(ch)}`).toBe(`${c.toString(16)}: ${stringWidth(ch)}`);
			}
	});

	it('measure a row of the list (▲ • › ─ and letters) as string-width does', async () => {
		const {default: stringWidth} = await import('string-width');
		for (const row of ['› • ● ★ ✓ Title of a paper ▲ 163', '───── Fri 21 Aug 2026 · 17 papers', '⠋ fetching 3 days…', 'é ü ß Ω Ж ▲ → ≥'])
			expect(displayWidth(row)).toBe(stringWidth(row));
	});

	it('measure long text window by window as the whole would measure', () => {
		const long = `${'a'.repeat(65_000)}漢${'é'.repeat(3000)}${FAMILY.repeat(300)}e\u0301`;
		expect(displayWidth(long)).toBe(65_000 + 2 + 3000 + 600 + 1);
	});
});
