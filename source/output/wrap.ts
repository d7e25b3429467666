import {clusterWidth, graphemes, wideTextWidth} from './graphemes.js';

const narrow = (text: string) => /^[\x20-\x7e]*$/.test(text);
const width = (text: string) => (narrow(text) ? text.length : wideTextWidth(text));

/** What may not begin a line in Chinese and Japanese (kinsoku): closing marks, the long-vowel mark, small kana. */
const NO_LINE_START = /^[、。，．・：；？！ー〜）」』】〕〉》’”…‥ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]$/u;

/**
 * A word wider than the line, cut into pieces that fit (a long URL, a run of CJK text with no spaces), never inside
 * a cluster: nothing is lost. A mark that may not begin a line takes the cluster before it along.
 */
function pieces(word: string, max: number): string[] {
	if (narrow(word)) {
		const out: string[] = [];
		for (let i = 0; i < word.length; i += max) out.push(word.slice(i, i + max));
		return out;
	}
	const out: string[] = [];
	let piece: string[] = [];
	let used = 0;
	for (const cluster of graphemes(word)) {
		const w = clusterWidth(cluster);
		if (used + w > max && piece.length > 0) {
			const carried = NO_LINE_START.test(cluster) && piece.length > 1 ? [piece.pop()!] : [];
			out.push(piece.join(''));
			piece = carried;
			used = carried.reduce((n, c) => n + clusterWidth(c), 0);
		}
		piece.push(cluster);
		used += w;
	}
	if (piece.length > 0) out.push(piece.join(''));
	return out;
}

/** A word that holds a link: it is never broken inside (a terminal could no longer click or copy it). */
const URL_WORD = /(?:https?|ftp):\/\/|^www\./;

/**
 * A link within a word: it ends where link characters (printable ASCII) end, so a link glued to Chinese or Japanese
 * text (`…公开于https://github.com/x欢迎使用…`) is the link alone, and the text on either side wraps as text.
 */
const LINK = /(?:https?|ftp):\/\/[\x21-\x7e]+|^www\.[\x21-\x7e]+/g;

/** A word as its text and its links, each part glued to the one before it (no space between). */
function linkParts(word: string): string[] {
	if (!URL_WORD.test(word)) return [word];
	const parts: string[] = [];
	let at = 0;
	for (const match of word.matchAll(LINK)) {
		if (match.index > at) parts.push(word.slice(at, match.index));
		parts.push(match[0]);
		at = match.index + match[0].length;
	}
	if (at < word.length) parts.push(word.slice(at));
	return parts;
}

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
	return (
		source
			.split(/\s+/)
			.flatMap(linkParts)
			.find((part) => part.startsWith(start)) ?? null
	);
}

export type WrapOptions = {
	/**
	 * A link wider than the line goes on a line of its own, whole (`whole`, for print: the terminal or the reader of
	 * the file sees all of it), or cut with `…` (`cut`, on the screen, where the link is kept whole behind it), or
	 * across lines as any word (`split`: a title, which is never cut).
	 */
	urls?: 'whole' | 'cut' | 'split';
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
		// A link that stood on a line of its own leaves no line open after it.
		let afterLink = false;
		for (const word of paragraph.split(' ')) {
			if (word === '') continue;
			const parts = linkParts(word);
			for (let i = 0; i < parts.length; i++) {
				const part = parts[i]!;
				const gap = i === 0 ? 1 : 0;
				const w = width(part);
				afterLink = false;
				if (line !== '' && used + gap + w <= max) {
					line += gap ? ` ${part}` : part;
					used += gap + w;
					continue;
				}
				if (line !== '') lines.push(line);
				if (w <= max) {
					line = part;
					used = w;
					continue;
				}
				if (options.urls !== 'split' && URL_WORD.test(part)) {
					lines.push(options.urls === 'cut' ? cutWord(part, max) : part);
					line = '';
					used = 0;
					afterLink = true;
					continue;
				}
				const cut = pieces(part, max);
				lines.push(...cut.slice(0, -1));
				line = cut.at(-1)!;
				used = width(line);
			}
		}
		if (line !== '' || lines.length === 0 || !afterLink) lines.push(line);
	}
	return lines;
}
