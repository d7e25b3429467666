/* The browser's geometry: the terminal's size, and where the list, the pane and the footer sit in it. */

export type Viewport = {columns: number; rows: number};

/** The terminal the browser draws on (not process.stdout: that may be a pipe). ink-testing-library has no rows: 100×30 then. */
export function readViewport(stdout: NodeJS.WriteStream): Viewport {
	return {columns: stdout.columns || 100, rows: stdout.rows || 30};
}

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
/** From this width the abstract sits beside the list instead of under it. */
export const SIDE_BY_SIDE = 120;

export type Layout = {
	tooSmall: boolean;
	sideBySide: boolean;
	/**
	 * Lines the whole frame takes: all of the terminal's. A frame as tall as the terminal ends without a newline, which
	 * Ink's incremental mode needs to place the rows it rewrites (and Ink 6.8 cleared the screen for such a frame on
	 * every update, ink#450, until papers' patch of ink.js).
	 */
	frameHeight: number;
	listHeight: number;
	listWidth: number;
	abstractHeight: number;
	abstractWidth: number;
};

export function layout({columns, rows}: Viewport): Layout {
	const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
	const frameHeight = Math.max(1, rows);
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
