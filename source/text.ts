/** Small text helpers every floor shares. */

/** `1 paper`, `2 papers`: the count with its noun. */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Every C0 and C1 control character replaced (removed by default): for one-line names and messages. */
export function replaceControls(text: string, by = ''): string {
	return text.replace(CONTROLS, by);
}

/** Controls (C0, C1) and the characters that reorder what is shown (bidi marks, overrides, isolates). */
export const HIDDEN_CHARS = '\\u0000-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u061c\\u202a-\\u202e\\u2066-\\u2069';
const HIDDEN = new RegExp(`[${HIDDEN_CHARS}]`, 'g');
const HOLDS_HIDDEN = new RegExp(`[${HIDDEN_CHARS}]`);

/** Text without controls or bidi characters (each replaced by `by`): what a link, a name or a citation may hold. */
export function removeHidden(text: string, by = ''): string {
	return text.replace(HIDDEN, by);
}

/** Whether text holds a control or bidi character. */
export const holdsHidden = (text: string) => HOLDS_HIDDEN.test(text);

/** Text without a leading byte order mark, which editors on Windows add and JSON.parse refuses. */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What went wrong, as one line of text, whatever was thrown. */
export function errorMessage(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0]!;
}
