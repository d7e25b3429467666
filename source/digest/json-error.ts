/*
 * Where JSON text first goes wrong, as line:column. JSON.parse says where only on some Node versions and for some
 * errors, so this finds it itself: a scan with an explicit stack (no recursion, however deep the input nests),
 * run only after JSON.parse has failed.
 */

const WS = new Set([' ', '\t', '\n', '\r']);
const LITERAL = /^(?:true|false|null)/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const STRING = /^"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/;

/** Offset of the first character that breaks the JSON grammar (the text's length when it ends too soon). */
export function jsonErrorOffset(text: string): number {
	let i = 0;
	const skip = () => {
		while (i < text.length && WS.has(text[i]!)) i++;
	};
	// What the scanner expects next, with the containers it is inside.
	const stack: Array<'array' | 'object'> = [];
	let want: 'value' | 'after' | 'key' | 'colon' | 'firstKey' | 'firstValue' = 'value';
	for (;;) {
		skip();
		if (i >= text.length) return stack.length === 0 && want === 'after' ? -1 : i;
		const c = text[i]!;
		if (want === 'value' || want === 'firstValue') {
			if (want === 'firstValue' && c === ']') {
				stack.pop();
				i++;
				want = 'after';
			} else if (c === '[') {
				stack.push('array');
				i++;
				want = 'firstValue';
			} else if (c === '{') {
				stack.push('object');
				i++;
				want = 'firstKey';
			} else {
				const m = (c === '"' ? STRING : c === '-' || (c >= '0' && c <= '9') ? NUMBER : LITERAL).exec(text.slice(i, i + 100_000));
				if (!m) return i;
				i += m[0].length;
				want = 'after';
			}
		} else if (want === 'key' || want === 'firstKey') {
			if (want === 'firstKey' && c === '}') {
				stack.pop();
				i++;
				want = 'after';
				continue;
			}
			const m = c === '"' ? STRING.exec(text.slice(i, i + 100_000)) : null;
			if (!m) return i;
			i += m[0].length;
			want = 'colon';
		} else if (want === 'colon') {
			if (c !== ':') return i;
			i++;
			want = 'value';
		} else {
			const top = stack.at(-1);
			if (top === undefined) return i;
			if (c === ',') {
				i++;
				want = top === 'array' ? 'value' : 'key';
			} else if ((c === ']' && top === 'array') || (c === '}' && top === 'object')) {
				stack.pop();
				i++;
			} else return i;
		}
	}
}

/** `3:17` for an offset in text. */
export function lineColumn(text: string, offset: number): string {
	let line = 1;
	let start = 0;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
		line++;
		start = i + 1;
	}
	return `${line}:${offset - start + 1}`;
}

/** Why JSON text does not parse, with where: `not valid JSON (1:1)`. */
export function jsonProblem(text: string): string {
	const offset = jsonErrorOffset(text);
	return `not valid JSON (${lineColumn(text, offset < 0 ? text.length : offset)})`;
}
