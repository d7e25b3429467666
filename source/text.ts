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

/** Text without a leading byte order mark, which editors on Windows add and JSON.parse refuses. */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What went wrong, as one line of text, whatever was thrown. */
export function errorMessage(error: unknown): string {
	const message = error instanceof Error ? error.message : String(error);
	return message.split('\n')[0]!;
}
