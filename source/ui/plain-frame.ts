import type {Line, Style} from './lines.js';

/*
 * The first frame, drawn with plain writes while Ink and React are still loading. The lines are the ones Ink
 * draws next (browse-lines.ts); the styles become the same SGR codes chalk gives Ink, or none where chalk would
 * give none (colour level 0: a pipe for stdout, TERM=dumb, FORCE_COLOR=0), so Ink's first frame lands on the same cells.
 */

const COLOURS: Record<string, number> = {black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, gray: 90};

function sgr(style: Style): string {
	const codes: number[] = [];
	if (style.bold) codes.push(1);
	if (style.dim) codes.push(2);
	if (style.underline) codes.push(4);
	if (style.inverse) codes.push(7);
	const colour = style.color ? COLOURS[style.color] : undefined;
	if (colour) codes.push(colour);
	return codes.length > 0 ? `\u001b[${codes.join(';')}m` : '';
}

/** The frame as one string to write at the top-left corner; each line ends with its styles reset. */
export function plainFrame(lines: readonly Line[], colour: boolean): string {
	return lines
		.map((line) => {
			let out = '';
			for (const s of line) {
				const on = colour ? sgr(s.style) : '';
				out += on ? `${on}${s.text}\u001b[0m` : s.text;
			}
			return out;
		})
		.join('\r\n');
}
