import {describe, expect, it} from 'vitest';
import {foldedRange} from '../../source/digest/query.js';
import type {ReaderLine} from '../../source/reader/render.js';
import {findLines} from '../../source/ui/core/reader.js';

/* The reader's find folds case and accents as the search language does. */

const line = (text: string): ReaderLine => ({kind: 'text', text}) as ReaderLine;

describe("the reader's find", () => {
	it('finds a word whatever its accents and case, and marks the accented text itself', () => {
		const lines = [line('Plain words.'), line('A naïve Café model'), line('CAFE in capitals'), line('Ǆungla')];
		expect(findLines(lines, 'cafe')).toEqual([1, 2]);
		expect(findLines(lines, 'Café')).toEqual([1, 2]);
		expect(findLines(lines, 'naive')).toEqual([1]);
		expect(findLines(lines, 'dzungla')).toEqual([3]);
		expect(foldedRange('A naïve Café model', 'cafe')).toEqual([8, 12]);
		expect(foldedRange('A naïve Café model', 'naive')).toEqual([2, 7]);
		expect(foldedRange('Ǆungla', 'dzu')).toEqual([0, 2]);
		expect(foldedRange('nothing here', 'cafe')).toBeNull();
	});
});
