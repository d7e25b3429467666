import {fold, foldedRange} from '../digest/query.js';
import {memoizeBy} from '../cache.js';
import type {ReaderLine} from '../reader/render.js';
import {layout} from './layout.js';
import type {State} from './state.js';

/** The reader's state and its pure moves: the paper's text as lines at the terminal's width, a window on them. */

export type Reader = {
	id: string;
	title: string;
	status: 'loading' | 'ready';
	markdown: string | null;
	/** First line shown. */
	top: number;
	/** What `/` looks for in the text, and which of its matches is current. */
	find: string;
	match: number;
};

// A paper's text is a string (no WeakMap key): the last few renderings are kept, which is all a session reads.
const rendered: Array<{markdown: string; width: number; lines: ReaderLine[]}> = [];

let renderMarkdown: ((markdown: string, width: number) => ReaderLine[]) | null = null;

/**
 * The renderer (and marked) load with the first paper read, not under the first frame: whoever hands the reader
 * a text (reader.loaded) loads it first.
 */
export async function loadReaderRenderer(): Promise<void> {
	renderMarkdown ??= (await import('../reader/render.js')).renderMarkdown;
}

export function readerLines(markdown: string, width: number): ReaderLine[] {
	if (!renderMarkdown) throw new Error('the reader was given a text before its renderer was loaded');
	const hit = rendered.find((r) => r.markdown === markdown && r.width === width);
	if (hit) return hit.lines;
	const lines = renderMarkdown(markdown, width);
	rendered.unshift({markdown, width, lines});
	rendered.length = Math.min(rendered.length, 4);
	return lines;
}

export function readerHeight(state: Pick<State, 'viewport'>): number {
	return Math.max(1, layout(state.viewport).frameHeight - 2);
}

export function linesOf(state: Pick<State, 'reader' | 'viewport'>): ReaderLine[] {
	return state.reader?.markdown ? readerLines(state.reader.markdown, state.viewport.columns - 2) : [];
}

/** The reader scrolled to `top`, kept inside the text. */
export function scrollReader(state: State, top: number): State {
	if (!state.reader) return state;
	const max = Math.max(0, linesOf(state).length - readerHeight(state));
	return {...state, reader: {...state.reader, top: Math.max(0, Math.min(max, top))}, message: null};
}

/** Lines holding the text `/` looks for (case and accents aside), in order. */
export const findLines = memoizeBy((lines: readonly ReaderLine[], find: string): number[] => {
	const needle = fold(find);
	const hits: number[] = [];
	if (!needle) return hits;
	lines.forEach((line, i) => {
		if (foldedRange(line.text, needle)) hits.push(i);
	});
	return hits;
});

export function headingLines(lines: readonly ReaderLine[]): number[] {
	return lines.flatMap((l, i) => (l.kind === 'heading' ? [i] : []));
}
