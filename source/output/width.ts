import {clusterWidth, graphemes, wideTextWidth} from './graphemes.js';

/** Terminal columns a text takes: wide characters (CJK, most emoji) count two. */
export function displayWidth(text: string): number {
	// Most text is narrow characters only: then the length is the width, and string-width's regexes are skipped.
	return /^[\x20-\x7e]*$/.test(text) ? text.length : wideTextWidth(text);
}

/** Text padded with spaces to `width` columns, by display width (so CJK names line up). */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The longest start of a text that takes at most `width` columns, without an ellipsis; never half a cluster. */
export function cutToWidth(text: string, width: number): string {
	if (/^[\x20-\x7e]*$/.test(text)) return text.slice(0, Math.max(0, width));
	let end = 0;
	let used = 0;
	for (const cluster of graphemes(text)) {
		const w = clusterWidth(cluster);
		if (used + w > width) break;
		end += cluster.length;
		used += w;
	}
	return text.slice(0, end);
}

/** Cuts text to at most `width` terminal columns (wide characters count two), marking a cut with an ellipsis. */
export function fitWidth(text: string, width: number): string {
	if (width <= 0) return '';
	if (displayWidth(text) <= width) return text;
	return `${cutToWidth(text, width - 1)}…`;
}

/** Cuts text from the left, keeping its end (a file path's name): `…/digests/2026.json`. */
export function fitWidthLeft(text: string, width: number): string {
	if (width <= 0) return '';
	if (displayWidth(text) <= width) return text;
	// Only the end is kept: the clusters of a tail long enough for any real text's last `width` columns.
	let tail = text.length > width * 64 + 256 ? text.slice(text.length - (width * 64 + 256)) : text;
	if (/^[\udc00-\udfff]/.test(tail)) tail = tail.slice(1);
	const clusters = [...graphemes(tail)];
	let start = clusters.length;
	let used = 0;
	while (start > 0) {
		const w = clusterWidth(clusters[start - 1]!);
		if (used + w > width - 1) break;
		used += w;
		start--;
	}
	return `…${clusters.slice(start).join('')}`;
}
