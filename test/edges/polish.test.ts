import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {headerParts} from '../../source/ui/browse/screen.js';
import {initialState, reducer} from '../../source/ui/state.js';

/* #35's polish, each a thing a user noticed. */

const papers = ['A world model', 'World model survey', 'Speech'].map((title, i) => makePaper({id: `2601.0000${i}`, title, date: '2026-01-05'}));

describe('the header', () => {
	it('quotes a query once: its own quotes, or quotes given to a bare one', () => {
		let state = initialState({papers, origin: 'store'});
		state = reducer(state, {type: 'search.change', text: '"world model" -survey'});
		expect(headerParts(state)).toContain('1 match "world model" -survey');
		state = reducer(state, {type: 'search.change', text: 'speech'});
		expect(headerParts(state)).toContain('1 match "speech"');
	});
});
