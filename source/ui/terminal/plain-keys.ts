import type {State} from '../core/model.js';
import {reducer} from '../reducer.js';

/*
 * Keys pressed while Ink and React load after the plain first frame (bench: `key to frame from the first frame on`)
 * would wait for them.
 * The plain frame answers those it can draw itself: printable keys that leave the browser in its list, with nothing
 * for a service to do. At the first other key (an arrow, Ctrl-C, a key that opens the reader, saves or searches)
 * it stops, and gives that key and every one after it back to the terminal's stream, for Ink to read in order.
 */

/** Not printable ASCII: the start of what Ink alone reads (an escape sequence, a control key, UTF-8). */
const NOT_PLAIN = /[^\x20-\x7e]/;

export type PlainKeys = {
	/** Stops answering keys: the state after the keys answered, the rest left in the stream for Ink. */
	stop(): State;
};

/**
 * Answers plain keys from `stdin` with `draw(state)`, from `start` on, until stopped, or until `canDraw` says no
 * (the terminal was resized: Ink draws at the new size, and takes the keys).
 */
export function answerPlainKeys(stdin: NodeJS.ReadStream, start: State, draw: (state: State) => void, canDraw = () => true): PlainKeys {
	let state = start;
	const left: Buffer[] = [];
	const onData = (data: Buffer) => {
		if (left.length > 0 || !canDraw()) return void left.push(data);
		const text = data.toString('latin1');
		// Printable ASCII is what Ink reads as that very character, with no key flags but shift for a capital.
		const plain = text.search(NOT_PLAIN) < 0 ? text.length : text.search(NOT_PLAIN);
		let at = 0;
		let next = state;
		for (; at < plain; at++) {
			const after = reducer(next, {type: 'key', input: text[at]!, key: {shift: /[A-Z]/.test(text[at]!)}});
			if (!drawable(next, after)) break;
			next = after;
		}
		if (at < text.length) left.push(data.subarray(at));
		if (next !== state) {
			state = next;
			draw(state);
		}
	};
	// Read as Ink reads (a 'readable' listener, never flowing mode): what comes after this one is taken off stays in
	// the stream until Ink's is on.
	const onReadable = () => {
		for (let chunk: Buffer | string | null; (chunk = stdin.read() as Buffer | string | null) !== null;)
			onData(typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk);
	};
	stdin.on('readable', onReadable);
	return {
		stop() {
			stdin.off('readable', onReadable);
			if (left.length > 0) stdin.unshift(Buffer.concat(left));
			return state;
		},
	};
}

/** A key whose outcome the plain frame can draw: still the list, nothing new for a service, not leaving. */
function drawable(before: State, after: State): boolean {
	return after.mode === 'browse' && after.effects.length === before.effects.length && !after.exit;
}
