import {memoizeBy} from '../cache.js';
import type {Paper} from '../digest/paper.js';
import {byline} from '../output/format.js';
import {sanitizeLine, sanitizeText} from '../output/sanitize.js';
import {wrapText} from '../output/wrap.js';

export type Viewport = {columns: number; rows: number};

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
/** From this width the abstract sits beside the list instead of under it. */
export const SIDE_BY_SIDE = 120;

export type Layout = {
	tooSmall: boolean;
	sideBySide: boolean;
	/** Lines the whole frame may take: one less than the terminal, or Ink 6 clears the screen on every update (ink#450). */
	frameHeight: number;
	listHeight: number;
	listWidth: number;
	abstractHeight: number;
	abstractWidth: number;
};

export function layout({columns, rows}: Viewport): Layout {
	const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
	const frameHeight = Math.max(1, rows - 1);
	// Header and footer take a line each.
	const body = Math.max(2, frameHeight - 2);
	if (columns >= SIDE_BY_SIDE) {
		const listWidth = Math.floor(columns * 0.5);
		return {
			tooSmall,
			sideBySide: true,
			frameHeight,
			listHeight: body,
			listWidth,
			abstractHeight: body,
			abstractWidth: columns - listWidth - 3,
		};
	}
	const listHeight = Math.max(3, Math.floor((body - 1) * 0.45));
	return {
		tooSmall,
		sideBySide: false,
		frameHeight,
		listHeight,
		listWidth: columns,
		abstractHeight: Math.max(1, body - 1 - listHeight),
		abstractWidth: columns - 2,
	};
}

export type AbstractLine = {text: string; kind: 'title' | 'meta' | 'url' | 'blank' | 'body'};

/** The abstract pane's lines for a paper at a width, wrapped once and kept. */
export const abstractLines = memoizeBy((paper: Paper, width: number): AbstractLine[] => {
	const meta = [paper.date ?? 'undated', `▲ ${paper.upvotes}`, byline(paper)].filter(Boolean).join(' · ');
	return [
		...wrapText(sanitizeLine(paper.title), width).map((text): AbstractLine => ({text, kind: 'title'})),
		...wrapText(meta, width).map((text): AbstractLine => ({text, kind: 'meta'})),
		...(paper.url ? [{text: sanitizeLine(paper.url), kind: 'url' as const}] : []),
		{text: '', kind: 'blank'},
		...wrapText(sanitizeText(paper.abstract || '(no abstract)'), width).map((text): AbstractLine => ({text, kind: 'body'})),
	];
});

export function abstractLineCount(paper: Paper, width: number): number {
	return abstractLines(paper, width).length;
}
