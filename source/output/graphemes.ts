import stringWidth from 'string-width';

/*
 * Grapheme clusters (what a user sees as one character: 👨‍👩‍👧, a flag, e + a combining accent), found in linear
 * time. Node 20's Intl.Segmenter takes time in the square of the string's length (a 32,000-character string: half a
 * second; 80,000: over a minute), so it is only ever given short windows of text, cut where a cluster cannot span.
 */

let segmenter: Intl.Segmenter | undefined;

/**
 * Characters that are always clusters of their own: between two of them is always a boundary (Unicode's rule GB999:
 * none of them extends, joins, prepends or combines). ASCII, Latin-1 and Latin Extended letters, Greek, Cyrillic,
 * CJK ideographs, kana and Hangul syllables.
 */
const ALONE_SET =
	'\\u0020-\\u007e\\u00a0-\\u02ff\\u0370-\\u0482\\u048a-\\u052f\\u3041-\\u3096\\u30a1-\\u30fa\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3';
const ALONE = new RegExp(`[${ALONE_SET}]`);
/**
 * Narrow symbols a row is drawn with (punctuation, arrows, box drawing, ▲ • › ★ ✓, braille): in a text of them and of
 * the characters above, with no mark to join them, each is a one-column cluster of its own (string-width's fast path,
 * as papers patches it, says the same).
 */
const NARROW_SYMBOLS =
	'\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u2193\\u2500-\\u25a9\\u25ac-\\u25b5\\u25b7-\\u25bf\\u25c1-\\u25fa\\u2605\\u2713\\u2800-\\u28ff';
const ALL_ALONE = new RegExp(`^[${ALONE_SET}${NARROW_SYMBOLS}]*$`);
const alone = (c: string | undefined) => c !== undefined && ALONE.test(c);
/** Of the characters that stand alone, those two columns wide: CJK ideographs, kana, Hangul syllables. */
const WIDE_ALONE = /[\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]/;

/** A window's length: short enough that the segmenter's square stays small, long enough that its setup does not count. */
const WINDOW = 256;
/** Text with no safe place to cut (a run of 10,000 combining marks) is cut here anyway: hostile text, bounded time. */
const HARD_CAP = 1024;

/** The text in pieces whose ends are cluster boundaries (or, in text with none, at most HARD_CAP long). */
function windows(text: string): string[] {
	if (text.length <= WINDOW) return [text];
	const out: string[] = [];
	let start = 0;
	let i = start + WINDOW;
	while (i < text.length) {
		if (alone(text[i - 1]) && alone(text[i])) {
			out.push(text.slice(start, i));
			start = i;
			i = start + WINDOW;
			continue;
		}
		i++;
		if (i - start >= HARD_CAP) {
			// Not inside a surrogate pair, at least.
			if (/[\udc00-\udfff]/.test(text[i] ?? '')) i++;
			out.push(text.slice(start, i));
			start = i;
			i = start + WINDOW;
		}
	}
	out.push(text.slice(start));
	return out;
}

/** The clusters of a text, in order. */
export function* graphemes(text: string): Generator<string> {
	segmenter ??= new Intl.Segmenter();
	for (const piece of windows(text)) {
		// Characters that stand alone are their own clusters: no segmenter needed.
		if (ALL_ALONE.test(piece)) yield* piece;
		else for (const {segment} of segmenter.segment(piece)) yield segment;
	}
}

/** Controls and the soft hyphen: clusters of their own that take no column. */
const ZERO_WIDTH_ALONE = /[\u0000-\u001f\u007f-\u009f\u00ad]/;

// The widths of the clusters string-width had to work out (emoji, flags, marks): a text repeats the same few, and
// working one out costs several regular expressions. Kept to a bounded number.
const measured = new Map<string, number>();

/** Columns one cluster takes. */
export function clusterWidth(cluster: string): number {
	if (cluster.length === 1 && ALONE.test(cluster)) return ZERO_WIDTH_ALONE.test(cluster) ? 0 : WIDE_ALONE.test(cluster) ? 2 : 1;
	let width = measured.get(cluster);
	if (width === undefined) {
		width = stringWidth(cluster);
		if (measured.size >= 4096) measured.clear();
		measured.set(cluster, width);
	}
	return width;
}

const WIDE_ALONE_ALL = new RegExp(WIDE_ALONE.source, 'g');
const ZERO_WIDTH_ALONE_ALL = new RegExp(ZERO_WIDTH_ALONE.source, 'g');

/** Columns a text takes that is not plain ASCII, window by window. */
export function wideTextWidth(text: string): number {
	let width = 0;
	for (const piece of windows(text)) {
		if (ALL_ALONE.test(piece)) {
			// One column a character, two for the wide ones, none for controls: no segmenter, no per-cluster work.
			width += piece.length + (piece.match(WIDE_ALONE_ALL)?.length ?? 0) - (piece.match(ZERO_WIDTH_ALONE_ALL)?.length ?? 0);
		} else {
			for (const {segment} of (segmenter ??= new Intl.Segmenter()).segment(piece)) width += clusterWidth(segment);
		}
	}
	return width;
}
