import {PassThrough} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {currentPaper} from '../../source/ui/core/navigate.js';
import type {State} from '../../source/ui/core/model.js';
import {answerPlainKeys} from '../../source/ui/terminal/plain-keys.js';
import {initialState} from '../../source/ui/reducer.js';
import {threeDays} from '../helpers/ui.js';

/* Keys pressed while Ink loads: the plain frame answers those it can draw, and leaves the rest to Ink, in order. */

const start = () => initialState({papers: threeDays(), origin: 't', seen: new Set(), viewport: {columns: 100, rows: 20}});
const title = (state: State) => currentPaper(state)?.title;

/** A stand-in for the terminal's stdin: a stream of bytes, read as Ink reads it. */
function terminal() {
	const stdin = new PassThrough() as unknown as NodeJS.ReadStream & PassThrough;
	const frames: State[] = [];
	const keys = answerPlainKeys(stdin, start(), (state) => frames.push(state));
	const typed = (text: string) =>
		new Promise<void>((resolve) => {
			stdin.write(text);
			setImmediate(resolve);
		});
	/** What Ink then reads from the stream. */
	const rest = () => {
		const chunks: string[] = [];
		for (let chunk: Buffer | null; (chunk = stdin.read() as Buffer | null) !== null;) chunks.push(chunk.toString());
		return chunks.join('');
	};
	return {stdin, frames, keys, typed, rest};
}

describe('keys before Ink', () => {
	it('j j in one read, then k: a plain frame for each read, and Ink starts where they left the cursor', async () => {
		const t = terminal();
		await t.typed('jj');
		await t.typed('k');
		expect(t.frames.map(title)).toEqual(['Day1 Gamma rl', 'Day1 Beta']);
		const state = t.keys.stop();
		expect(title(state)).toBe('Day1 Beta');
		expect(t.rest()).toBe('');
	});

	it('stops at a key it cannot draw (an arrow), and leaves that key and every one after it to Ink, in order', async () => {
		const t = terminal();
		await t.typed('j');
		await t.typed('\u001b[B');
		await t.typed('jq');
		expect(t.frames.map(title)).toEqual(['Day1 Beta']);
		expect(title(t.keys.stop())).toBe('Day1 Beta');
		expect(t.rest()).toBe('\u001b[Bjq');
	});

	it('leaves to Ink a key with something for a service to do (b saves), a key leaving the list (?), and q', async () => {
		for (const key of ['b', '?', 'q', '\u0003']) {
			const t = terminal();
			await t.typed(`j${key}j`);
			expect(t.frames.map(title)).toEqual(['Day1 Beta']);
			expect(t.keys.stop().exit).toBeNull();
			expect(t.rest()).toBe(`${key}j`);
		}
	});

	it('after stop, reads nothing more: what comes is Ink’s', async () => {
		const t = terminal();
		t.keys.stop();
		await t.typed('j');
		expect(t.frames).toEqual([]);
		expect(t.rest()).toBe('j');
	});
});
