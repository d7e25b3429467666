import stringWidth from 'string-width';

/** Cuts text to at most `width` terminal columns (wide characters count two), marking a cut with an ellipsis. */
export function fitWidth(text: string, width: number): string {
	if (width <= 0) return '';
	// Most titles are narrow characters only: then length is the width.
	const narrow = /^[\x20-\x7e]*$/.test(text);
	if (narrow ? text.length <= width : stringWidth(text) <= width) return text;
	if (narrow) return `${text.slice(0, width - 1)}…`;
	let out = '';
	let used = 0;
	for (const ch of text) {
		const w = stringWidth(ch);
		if (used + w > width - 1) break;
		out += ch;
		used += w;
	}
	return `${out}…`;
}
