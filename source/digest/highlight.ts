import {CJK, fold, type Field, type Query} from './query.js';

/** What a search matched, to underline: the words and phrases of a query, and where they stand in a text. */

/**
 * The words to mark in a field's text: those of the terms that look for them there (not the excluded ones). A
 * phrase, or a quoted word, is marked as it matches, whole words in order: it comes as `"world model"`.
 */
export function highlightWords(query: Query, field: Field): string[] {
	return query.terms.flatMap((t) =>
		t.kind === 'text' && !t.negate && (t.field === null || t.field === field) ? (t.phrase ? [`"${t.words.join(' ')}"`] : t.words) : [],
	);
}

/** Where in `text` the highlighted words match: [start, end) ranges, in order, none overlapping. */
export function highlightRanges(text: string, marks: readonly string[]): Array<[number, number]> {
	if (marks.length === 0) return [];
	const phrases = marks.filter((m) => m.startsWith('"')).map((m) => m.slice(1, -1).split(' '));
	const starts = marks.filter((m) => !m.startsWith('"'));
	const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({word: fold(m[0]), start: m.index, end: m.index + m[0].length}));
	const ranges: Array<[number, number]> = [];
	tokens.forEach((token, i) => {
		for (const phrase of phrases) {
			if (phrase.every((w, k) => tokens[i + k]?.word === w)) ranges.push([token.start, tokens[i + phrase.length - 1]!.end]);
		}
		for (const mark of starts) {
			if (CJK.test(mark)) {
				const at = token.word.indexOf(mark);
				if (at >= 0) ranges.push([token.start + at, token.start + at + mark.length]);
			} else if (token.word.startsWith(mark)) {
				ranges.push([token.start, token.end]);
				break;
			}
		}
	});
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: Array<[number, number]> = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	return merged;
}
