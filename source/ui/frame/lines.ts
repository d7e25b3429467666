import {highlightRanges} from '../../digest/highlight.js';
import {sanitizeLine} from '../../output/sanitize.js';
import {cutToWidth, displayWidth} from '../../output/width.js';
import type {Theme} from './theme.js';

/*
 * A screen as styled lines, already laid out: every span at its column, every line cut to its width. The browser's
 * main screen is built this way once, then drawn twice: as plain writes before Ink has loaded (plain-frame.ts), and
 * by Ink (StyledLines.tsx). Nothing is left for either to lay out, so the two draw the same cells.
 */

export type Style = {
	bold?: boolean;
	dim?: boolean;
	inverse?: boolean;
	underline?: boolean;
	color?: string;
	/** The span is a link to this URL (OSC 8), where the terminal has them. */
	link?: string;
};

/**
 * OSC 8 around a span's text. The URL is one papers checked (http or https, no control character); what is not in
 * the set of characters terminals and string-width read as part of the sequence is percent-encoded.
 */
export function hyperlink(url: string, text: string): string {
	const safe = url.replace(/[^-a-zA-Z\d/#&.:=?%@~_]/g, (c) =>
		[...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
	);
	return `\u001b]8;;${safe}\u0007${text}\u001b]8;;\u0007`;
}
export type Span = {text: string; style: Style};
export type Line = readonly Span[];

const PLAIN: Style = {};

/** A span never holds a control character, whatever its text came from: both renderers write spans as they are. */
export const span = (text: string, style: Style = PLAIN): Span => ({text: sanitizeLine(text), style});

export function lineWidth(line: Line): number {
	let width = 0;
	for (const s of line) width += displayWidth(s.text);
	return width;
}

/**
 * A line made exactly `width` columns: cut with `…` when longer (in the style of the span cut), padded with spaces
 * in `pad`'s style when shorter.
 */
export function fitLine(line: Line, width: number, pad: Style = PLAIN): Span[] {
	if (width <= 0) return [];
	const out: Span[] = [];
	let used = 0;
	const total = lineWidth(line);
	for (const s of line) {
		const w = displayWidth(s.text);
		if (total <= width || used + w < width) {
			if (s.text) out.push(s);
			used += w;
			continue;
		}
		const kept = cutToWidth(s.text, width - used - 1);
		out.push(span(`${kept}…`, s.style));
		used += displayWidth(kept) + 1;
		break;
	}
	if (used < width) out.push(span(' '.repeat(width - used), pad));
	return out;
}

/** A text with the words a search matched in the match style (bold, underlined, coloured where colour is on). */
export function markedSpans(text: string, marks: readonly string[], style: Style, theme: Theme): Span[] {
	const ranges = marks.length > 0 ? highlightRanges(text, marks) : [];
	if (ranges.length === 0) return [span(text, style)];
	const match: Style = {...style, bold: true, underline: true, ...(theme.match ? {color: theme.match} : {})};
	const out: Span[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (start < at) continue;
		if (start > at) out.push(span(text.slice(at, start), style));
		out.push(span(text.slice(start, end), match));
		at = end;
	}
	if (at < text.length) out.push(span(text.slice(at), style));
	return out;
}
