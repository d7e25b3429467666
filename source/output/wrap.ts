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

/**
 * Greedy word wrap by display width (wide characters count two). A word wider than the line is cut across lines,
 * never cut off: text without spaces (Chinese, Japanese, a long URL) wraps like any other.
 */
export function wrapText(text: string, columns: number): string[] {
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
			const cut = pieces(word, max);
			lines.push(...cut.slice(0, -1));
			line = cut.at(-1)!;
			used = width(line);
		}
		lines.push(line);
	}
	return lines;
}
