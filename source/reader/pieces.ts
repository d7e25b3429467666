import {LIMITS} from '../limits.js';

/*
 * Text from the web can be built to be slow: marked takes time in the square of a run of emphasis marks (`a_a_a_…`)
 * and recurses once per level of nesting (`> > > …`). So the text is read in pieces of bounded size, cut between
 * blocks, with nesting past LIMITS.nesting flattened and the emphasis marks of a block that holds hundreds of them
 * escaped: the time grows with the text's length, and the browser can answer keys between two pieces.
 */
const PIECE = 16 * 1024;
const LONG_LINE = 8 * 1024;
const LINE_PART = 2 * 1024;
const MARKS_PER_BLOCK = 200;

/**
 * Where each quote or list marker before a line's text ends, read left to right in one pass (a regex of repeated
 * optional spaces backtracks exponentially on a line that is almost too deep). A quote marker needs no space after
 * it (`>>>` is three quotes deep, as CommonMark reads it); a list marker does, or the line's end.
 */
function markerEnds(line: string): number[] {
	const ends: number[] = [];
	let at = 0;
	for (;;) {
		let i = at;
		for (let n = 0; n < 3 && (line[i] === ' ' || line[i] === '\t'); n++) i++;
		if (line[i] === '>') {
			i++;
			if (line[i] === ' ' || line[i] === '\t') i++;
		} else {
			const list = /^(?:[-+*]|\d{1,9}[.)])/.exec(line.slice(i, i + 11));
			if (!list) break;
			i += list[0].length;
			if (i < line.length && line[i] !== ' ' && line[i] !== '\t') break;
			while (line[i] === ' ' || line[i] === '\t') i++;
		}
		ends.push(i);
		at = i;
	}
	return ends;
}

/** A line with at most LIMITS.nesting quote or list markers before its text, and at most 100 columns of indent. */
export function flattenLine(line: string): string {
	const indent = /^[ \t]*/.exec(line)![0];
	const text = indent.length > 100 ? `${indent.slice(0, 100)}${line.slice(indent.length)}` : line;
	const ends = markerEnds(text);
	if (ends.length <= LIMITS.nesting) return text;
	return text.slice(0, ends[LIMITS.nesting - 1]) + text.slice(ends.at(-1));
}

/** A line longer than any real one, in parts of its own (cut at a space where there is one). */
function partsOf(line: string): string[] {
	if (line.length <= LONG_LINE) return [line];
	const parts: string[] = [];
	for (let at = 0; at < line.length;) {
		let end = Math.min(line.length, at + LINE_PART);
		const space = line.lastIndexOf(' ', end);
		if (end < line.length && space > at + LINE_PART / 2) end = space + 1;
		parts.push(line.slice(at, end));
		at = end;
	}
	return parts;
}

/** A block's emphasis marks escaped when it holds more than any real paragraph does. */
function calmBlock(block: string): string {
	let marks = 0;
	for (let i = 0; i < block.length && marks <= MARKS_PER_BLOCK; i++) if (block[i] === '_' || block[i] === '*') marks++;
	return marks > MARKS_PER_BLOCK ? block.replace(/(?<!\\)[_*]/g, '\\$&') : block;
}

/** The text in pieces of at most about PIECE characters, cut between blocks, never inside a fenced code block. */
export function markdownPieces(markdown: string): string[] {
	const pieces: string[] = [];
	let piece: string[] = [];
	let size = 0;
	let block: string[] = [];
	let blockSize = 0;
	let fence: string | null = null;
	// Code is taken as it is; other blocks are calmed.
	const endBlock = (code: boolean) => {
		if (block.length === 0) return;
		const text = code ? block.join('\n') : calmBlock(block.join('\n'));
		if (size + text.length > PIECE && piece.length > 0) {
			pieces.push(piece.join('\n\n'));
			piece = [];
			size = 0;
		}
		piece.push(text);
		size += text.length + 2;
		block = [];
	};
	for (const raw of markdown.split('\n')) {
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
		if (marker && (fence === null || marker.startsWith(fence))) fence = fence === null ? marker[0]!.repeat(3) : null;
		if (fence === null && raw.trim() === '') {
			endBlock(false);
			blockSize = 0;
			continue;
		}
		for (const part of partsOf(fence === null ? flattenLine(raw) : raw)) {
			// A block longer than a piece (a paragraph of a thousand lines, a cut-up line) ends where it is: in hostile
			// text only, so a code block cut here simply goes on as text.
			if (blockSize + part.length > PIECE && block.length > 0) {
				endBlock(fence !== null);
				blockSize = 0;
			}
			block.push(part);
			blockSize += part.length + 1;
		}
	}
	endBlock(fence !== null);
	if (piece.length > 0) pieces.push(piece.join('\n\n'));
	return pieces;
}

/** Display math spans at most this many characters, inline math this many. */
const DISPLAY_MATH = 4000;
const INLINE_MATH = 1000;

/**
 * The text with its math (`$$…$$`, `\[…\]`, `$…$`) replaced by markers, each kept in `math`. A scan, not a regular
 * expression: each closer is looked for once and remembered, so 100,000 unclosed `\[` cost one look, not one each.
 */
export function guardMath(text: string, math: string[]): string {
	const found = new Map<string, number>();
	// The first `needle` at or after `at`: the one found before, while it still lies ahead.
	const next = (needle: string, at: number) => {
		const known = found.get(needle);
		if (known !== undefined && (known === -1 || known >= at)) return known;
		const index = text.indexOf(needle, at);
		found.set(needle, index);
		return index;
	};
	let out = '';
	let from = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		let end = -1;
		if (c === '$' && text[i + 1] === '$') {
			const close = next('$$', i + 3);
			if (close >= 0 && close - i <= DISPLAY_MATH) end = close + 2;
		} else if (c === '\\' && text[i + 1] === '[') {
			const close = next('\\]', i + 3);
			if (close >= 0 && close - i <= DISPLAY_MATH) end = close + 2;
		}
		if (end < 0 && c === '$' && text[i + 1] !== undefined && !/[\s$]/.test(text[i + 1]!)) {
			const close = next('$', i + 2);
			const line = next('\n', i + 1);
			if (close >= 0 && (line < 0 || close < line) && close - i <= INLINE_MATH) end = close + 1;
		}
		if (end < 0) continue;
		out += `${text.slice(from, i)}\u0000M${math.push(text.slice(i, end)) - 1}\u0000`;
		from = end;
		i = end - 1;
	}
	return out + text.slice(from);
}
