import {clusterWidth, graphemes, wideTextWidth} from './graphemes.js';

const narrow = (text: string) => /^[\x20-\x7e]*$/.test(text);
const width = (text: string) => (narrow(text) ? text.length : wideTextWidth(text));

/**
 * A word wider than the line, cut into pieces that fit (a long URL, a run of CJK text with no spaces), never inside
 * a cluster: nothing is lost.
 */
function pieces(word: string, max: number): string[] {
	if (narrow(word)) {
		const out: string[] = [];
		for (let i = 0; i < word.length; i += max) out.push(word.slice(i, i + max));
		return out;
	}
	const out: string[] = [];
	let piece = '';
	let used = 0;
	for (const cluster of graphemes(word)) {
		const w = clusterWidth(cluster);
		if (used + w > max && piece) {
			out.push(piece);
			piece = '';
			used = 0;
		}
		piece += cluster;
		used += w;
	}
	if (piece) out.push(piece);
	return out;
}

/** A word that holds a link: it is never broken inside (a terminal could no longer click or copy it). */
const URL_WORD = /(?:https?|ftp):\/\/|^www\./;

/** The end of a word too long for a line, cut off with `…`, never inside a cluster. */
function cutWord(word: string, max: number): string {
	if (max <= 1) return '…';
	return `${pieces(word, max - 1)[0]!}…`;
}

/**
 * The whole link behind a line that is one cut with `…` (wrapText's `cut`): the word of `source` it was cut from,
 * or null when the line is no cut link.
 */
export function linkBehind(line: string, source: string): string | null {
	if (!line.endsWith('…') || !URL_WORD.test(line)) return null;
	const start = line.slice(0, -1);
	return source.split(/\s+/).find((word) => word.startsWith(start)) ?? null;
}

export type WrapOptions = {
	/**
	 * A link wider than the line goes on a line of its own, whole (`whole`, for print: the terminal or the reader of
	 * the file sees all of it), or cut with `…` (`cut`, on the screen, where the link is kept whole behind it).
	 */
	urls?: 'whole' | 'cut';
};

/**
 * Greedy word wrap by display width (wide characters count two). A word wider than the line is cut across lines,
 * never cut off: text without spaces (Chinese, Japanese) wraps like any other. A link is the one word never cut
 * across lines: it stands on a line of its own.
 */
export function wrapText(text: string, columns: number, options: WrapOptions = {}): string[] {
	const max = Math.max(1, columns);
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		let used = 0;
		for (const word of paragraph.split(' ')) {
			if (word === '') continue;
			const w = width(word);
			if (line !== '' && used + 1 + w <= max) {
				line += ` ${word}`;
				used += 1 + w;
				continue;
			}
			if (line !== '') lines.push(line);
			if (w <= max) {
				line = word;
				used = w;
				continue;
			}
			if (URL_WORD.test(word)) {
				lines.push(options.urls === 'cut' ? cutWord(word, max) : word);
				line = '';
				used = 0;
				continue;
			}
			const cut = pieces(word, max);
			lines.push(...cut.slice(0, -1));
			line = cut.at(-1)!;
			used = width(line);
		}
		// A paragraph that ended on a link has no line left open.
		if (line !== '' || lines.length === 0 || !URL_WORD.test(paragraph.split(' ').at(-1) ?? '')) lines.push(line);
	}
	return lines;
}
