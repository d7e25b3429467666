/*
 * Digest text comes from the web. Printed raw, an ESC or a C1 byte lets it move the cursor, clear the screen,
 * recolour the terminal or set its title. Removing the control characters themselves is enough to make every
 * such sequence inert, and what remains ("[2J", "]0;title") stays visible, so tampering shows instead of hiding.
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidirectional overrides reorder what is shown (a title could display as something else) and zero-width joiners
// at line ends are harmless, so only the reordering ones go.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
const BREAKS = /[\t\n\r\u2028\u2029\u0085]/g;

/** Safe for one line: no control characters, no line breaks, no bidi overrides. */
export function sanitizeLine(text: string): string {
	return text.replace(BREAKS, ' ').replace(CONTROL, '').replace(BIDI, '');
}

/** A name the user gave (a list, a rule) as a line names it: in double quotes, safe for one line. */
export const quoted = (name: string): string => `"${sanitizeLine(name)}"`;

/** Safe for a block of text: line breaks kept as `\n`, everything else as in sanitizeLine. */
export function sanitizeText(text: string): string {
	return text
		.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
		.replace(/\t/g, ' ')
		.replace(CONTROL, (c) => (c === '\n' ? c : ''))
		.replace(BIDI, '');
}

/** JSON.stringify leaves C1 controls and bidi overrides raw; as \u escapes they are the same JSON value, inert on a terminal. */
export const jsonSafe = (json: string) =>
	json.replace(
		/[\u007f-\u009f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
