import stringWidth from 'string-width';

/** Terminal columns a text takes: wide characters (CJK, most emoji) count two. */
export function displayWidth(text: string): number {
	// Most text is narrow characters only: then the length is the width, and string-width's regexes are skipped.
	return /^[\x20-\x7e]*$/.test(text) ? text.length : stringWidth(text);
}

/** Text padded with spaces to `width` columns, by display width (so CJK names line up). */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** The longest start of a text that takes at most `width` columns, without an ellipsis. */
export function cutToWidth(text: string, width: number): string {
	if (/^[\x20-\x7e]*$/.test(text)) return text.slice(0, Math.max(0, width));
	let out = '';
	let used = 0;
	for (const ch of text) {
		const w = stringWidth(ch);
		if (used + w > width) break;
		out += ch;
		used += w;
	}
	return out;
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
	const chars = [...text];
	let out = '';
	let used = 0;
	for (let i = chars.length - 1; i >= 0; i--) {
		const w = stringWidth(chars[i]!);
		if (used + w > width - 1) break;
		out = chars[i]! + out;
		used += w;
	}
	return `…${out}`;
}
