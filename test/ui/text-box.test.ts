import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {initialState, reducer} from '../../source/ui/reducer.js';
import type {Action, State} from '../../source/ui/core/model.js';
import {boxOf} from '../../source/ui/core/boxes.js';
import {editBox, type BoxText} from '../../source/ui/core/text-box.js';
import {threeDays} from '../helpers/ui.js';

/*
 * The boxes' text and cursor live in papers' state: keys that arrive faster than frames, a burst, a paste, each
 * land where the cursor is, in order.
 */

const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const key = (input: string, extra: Record<string, boolean> = {}): Action => ({type: 'key', input, key: extra});
const start = () => initialState({papers: threeDays(), origin: 't'});
const box = (text: string, cursor = text.length): BoxText => ({text, cursor});

describe('editing a box', () => {
	it('has the readline keys: Ctrl-A, Ctrl-E, Ctrl-U, Ctrl-K, Ctrl-W, Alt-B, Alt-F, arrows, Home, End', () => {
		expect(editBox(box('world model'), 'a', {ctrl: true})).toEqual(box('world model', 0));
		expect(editBox(box('world model', 0), 'e', {ctrl: true})).toEqual(box('world model', 11));
		expect(editBox(box('world model', 6), 'u', {ctrl: true})).toEqual(box('model', 0));
		expect(editBox(box('world model', 5), 'k', {ctrl: true})).toEqual(box('world', 5));
		expect(editBox(box('a world model  '), 'w', {ctrl: true})).toEqual(box('a world ', 8));
		expect(editBox(box('world model'), 'b', {meta: true})).toEqual(box('world model', 6));
		expect(editBox(box('world model', 0), 'f', {meta: true})).toEqual(box('world model', 5));
		expect(editBox(box('ab', 1), '', {leftArrow: true})).toEqual(box('ab', 0));
		expect(editBox(box('ab', 0), '', {leftArrow: true})).toEqual(box('ab', 0));
		expect(editBox(box('ab', 1), '', {end: true})).toEqual(box('ab', 2));
		expect(editBox(box('ab', 1), '', {home: true})).toEqual(box('ab', 0));
		expect(editBox(box('ab', 1), '', {delete: true})).toEqual(box('b', 0));
		expect(editBox(box('ab', 1), 'X', {})).toEqual(box('aXb', 2));
		expect(editBox(box('ab'), '', {return: true})).toBeNull();
	});

	it('never leaves the cursor inside a surrogate pair', () => {
		expect(editBox(box('a😀'), '', {leftArrow: true})).toEqual(box('a😀', 1));
		expect(editBox(box('a😀'), '', {delete: true})).toEqual(box('a', 1));
	});

	it('keeps the cursor within the text, whatever the keys', () => {
		const keys = fc.constantFrom<[string, Record<string, boolean>]>(
			['x', {}],
			['é', {}],
			['😀', {}],
			['', {leftArrow: true}],
			['', {rightArrow: true}],
			['', {delete: true}],
			['w', {ctrl: true}],
			['u', {ctrl: true}],
			['k', {ctrl: true}],
			['b', {meta: true}],
			['f', {meta: true}],
		);
		fc.assert(
			fc.property(fc.array(keys, {maxLength: 40}), (presses) => {
				let b = box('');
				for (const [input, k] of presses) b = editBox(b, input, k) ?? b;
				expect(b.cursor).toBeGreaterThanOrEqual(0);
				expect(b.cursor).toBeLessThanOrEqual(b.text.length);
				expect(b.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
			}),
			{numRuns: 300},
		);
	});
});

describe('the search box in the reducer', () => {
	it('takes every key of a first search in order, one by one or as one burst', () => {
		const typed = [...'/transformer'].map((c) => key(c));
		expect(run(start(), ...typed).query).toBe('transformer');
		expect(run(start(), key('/transformer')).query).toBe('transformer');
		expect(run(start(), key('/ob')).query).toBe('ob');
	});

	it('types at the cursor after it moved, and Enter in a burst keeps the filter and goes back to keys', () => {
		const s = run(
			start(),
			key('/'),
			key('wrld'),
			key('', {leftArrow: true}),
			key('', {leftArrow: true}),
			key('', {leftArrow: true}),
			key('o'),
		);
		expect(boxOf(s)).toEqual(box('world', 2));
		const after = run(start(), key('/rl\rj'));
		expect(after).toMatchObject({mode: 'browse', query: 'rl'});
		expect(after.cursor).toBe(1);
	});

	it('a bracketed paste is text at the cursor, its markers are not, and a line break becomes a space', () => {
		const s = run(start(), key('/'), key('[200~'), key('world\rmodel'), key('[201~'), key('X'));
		expect(boxOf(s)).toEqual(box('world modelX'));
		const inside = run(start(), key('/'), key('ab'), key('', {leftArrow: true}), key('[200~'), key('Z'), key('[201~'));
		expect(boxOf(inside)).toEqual(box('aZb', 2));
	});

	it('the list-name box and the reader find box edit the same way', () => {
		const named = run(start(), key('B'), key('rading'), key('', {home: true}), key('', {rightArrow: true}), key('e'));
		expect(named.box.nameDraft).toBe('reading');
		expect(boxOf(named).cursor).toBe(2);
	});

	it('a box opens with its cursor at the end of what it holds', () => {
		const s = run(start(), key('/'), key('ab'), key('', {home: true}), key('', {return: true}), key('/'), key('c'));
		expect(boxOf(s)).toEqual(box('abc'));
	});
});
