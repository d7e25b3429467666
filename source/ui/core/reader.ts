import {fold, foldedRange} from '../../digest/query.js';
import {memoizeBy} from '../../cache.js';
import type {ReaderLine, renderMarkdownSliced} from '../../reader/render.js';
import {layout} from './geometry.js';
import type {State} from './model.js';

/** The reader's state and its pure moves: the paper's text as lines at the terminal's width, a window on them. */

let renderSliced: typeof renderMarkdownSliced | null = null;

/** The renderer (and marked) load with the first paper read, not under the first frame. */
async function loadRenderer(): Promise<typeof renderMarkdownSliced> {
	return (renderSliced ??= (await import('../../reader/render.js')).renderMarkdownSliced);
}

/**
 * A paper's text laid out at a width, a piece at a time with a pause between pieces, so keys (Esc) are answered
 * while a long text renders; null when it was stopped.
 */
export async function layOutText(markdown: string, width: number, signal: AbortSignal): Promise<readonly ReaderLine[] | null> {
	const render = await loadRenderer();
	const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
	return render(markdown, width, pause, signal);
}

/** The width the reader lays its text out at. */
export const readerWidth = (state: Pick<State, 'viewport'>) => state.viewport.columns - 2;

export function readerHeight(state: Pick<State, 'viewport'>): number {
	return Math.max(1, layout(state.viewport).frameHeight - 2);
}

export function linesOf(state: Pick<State, 'reading'>): readonly ReaderLine[] {
	return state.reading.reader?.lines ?? [];
}

/** The reader scrolled to `top`, kept inside the text. */
export function scrollReader(state: State, top: number): State {
	if (!state.reading.reader) return state;
	const max = Math.max(0, linesOf(state).length - readerHeight(state));
	return {...state, message: null, reading: {...state.reading, reader: {...state.reading.reader, top: Math.max(0, Math.min(max, top))}}};
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

/**
 * How far in, as less and vim say it: `all` when the text fits, `top` at its start, `end` at its end, else the part
 * read down to the screen's last line (at the top, a percentage said 70% of a text just taller than the screen).
 */
export function readerWhere(top: number, height: number, total: number): string {
	if (total <= height) return 'all';
	if (top <= 0) return 'top';
	if (top + height >= total) return 'end';
	return `${Math.round(((top + height) / total) * 100)}%`;
}
