import {Chalk, type ChalkInstance} from 'chalk';
import {hyperlink, type Line, type Style} from './lines.js';

/*
 * The first frame, drawn with plain writes while Ink and React are still loading. The lines are the ones Ink draws
 * next (ui/browse/lines.ts), styled by chalk as Ink styles its Text, so Ink's first frame lands on the same cells.
 */

export function painted(paint: ChalkInstance, style: Style): ChalkInstance {
	let out = paint;
	if (style.dim) out = out.dim;
	if (style.color) out = (out as unknown as Record<string, ChalkInstance>)[style.color] ?? out;
	if (style.bold) out = out.bold;
	if (style.underline) out = out.underline;
	if (style.inverse) out = out.inverse;
	return out;
}

/**
 * The frame as one string to write at the top-left corner. Without colour (chalk's level 0, as Ink then has: a pipe
 * for stdout, FORCE_COLOR=0), no style at all; with it, the 16 named colours are the same at any level.
 */
export function plainFrame(lines: readonly Line[], colour: boolean): string {
	const paint = new Chalk({level: colour ? 1 : 0});
	return lines
		.map((line) => line.map((s) => painted(paint, s.style)(s.style.link ? hyperlink(s.style.link, s.text) : s.text)).join(''))
		.join('\r\n');
}
