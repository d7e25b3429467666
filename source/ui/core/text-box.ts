import type {KeyEvent} from './keymap.js';

/*
 * The text boxes' editing, as a pure function of (text, cursor, key). papers owns the cursor: a text input that
 * kept it in its own component read a stale value when keys came faster than frames (the first search of a session
 * lost and reordered letters), and counted a paste's markers as typed text.
 */

export type BoxText = {readonly text: string; readonly cursor: number};

const WORD = /[\p{L}\p{N}_]/u;

/** Where the word before the cursor starts (readline's Ctrl-W and Alt-B): back over blanks, then over the word. */
function wordStart(text: string, cursor: number): number {
	let at = cursor;
	while (at > 0 && !WORD.test(text[at - 1]!)) at--;
	while (at > 0 && WORD.test(text[at - 1]!)) at--;
	return at;
}

/** Where the word after the cursor ends (Alt-F). */
function wordEnd(text: string, cursor: number): number {
	let at = cursor;
	while (at < text.length && !WORD.test(text[at]!)) at++;
	while (at < text.length && WORD.test(text[at]!)) at++;
	return at;
}

/** One code point back or forward, so the cursor never stands inside a surrogate pair. */
const back = (text: string, at: number) => (at >= 2 && /[\udc00-\udfff]/.test(text[at - 1]!) ? at - 2 : Math.max(0, at - 1));
const forward = (text: string, at: number) => (/[\ud800-\udbff]/.test(text[at] ?? '') ? at + 2 : Math.min(text.length, at + 1));

/** Text that can stand in a one-line box: line breaks become spaces (a multi-line paste), other controls go. */
export function boxInsertable(text: string): string {
	return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

export function insertText(box: BoxText, typed: string): BoxText {
	const text = boxInsertable(typed);
	return {text: box.text.slice(0, box.cursor) + text + box.text.slice(box.cursor), cursor: box.cursor + text.length};
}

const cut = (box: BoxText, from: number, to: number): BoxText => ({text: box.text.slice(0, from) + box.text.slice(to), cursor: from});

/** The readline keys a terminal user's hands expect; each returns the new text and cursor. */
const CTRL_KEYS: Record<string, (box: BoxText) => BoxText> = {
	a: (box) => ({...box, cursor: 0}),
	e: (box) => ({...box, cursor: box.text.length}),
	b: (box) => ({...box, cursor: back(box.text, box.cursor)}),
	f: (box) => ({...box, cursor: forward(box.text, box.cursor)}),
	u: (box) => cut(box, 0, box.cursor),
	k: (box) => cut(box, box.cursor, box.text.length),
	w: (box) => cut(box, wordStart(box.text, box.cursor), box.cursor),
	h: (box) => cut(box, back(box.text, box.cursor), box.cursor),
	d: (box) => cut(box, box.cursor, forward(box.text, box.cursor)),
};

const META_KEYS: Record<string, (box: BoxText) => BoxText> = {
	b: (box) => ({...box, cursor: wordStart(box.text, box.cursor)}),
	f: (box) => ({...box, cursor: wordEnd(box.text, box.cursor)}),
	d: (box) => cut(box, box.cursor, wordEnd(box.text, box.cursor)),
};

/** The box after one key, or null when the key is no edit (Enter, Esc, arrows up and down: the mode's commands). */
export function editBox(box: BoxText, input: string, key: KeyEvent): BoxText | null {
	if (key.leftArrow) return {...box, cursor: back(box.text, box.cursor)};
	if (key.rightArrow) return {...box, cursor: forward(box.text, box.cursor)};
	if (key.home) return {...box, cursor: 0};
	if (key.end) return {...box, cursor: box.text.length};
	// Ink 6 reports Backspace (0x7f) as delete; both erase backwards, as in the shell's own line editor.
	if (key.backspace || key.delete) return cut(box, back(box.text, box.cursor), box.cursor);
	if (key.ctrl) return CTRL_KEYS[input]?.(box) ?? box;
	if (key.meta && !key.escape) return META_KEYS[input]?.(box) ?? box;
	if (key.return || key.escape || key.tab || key.upArrow || key.downArrow || key.pageUp || key.pageDown) return null;
	return input ? insertText(box, input) : box;
}
