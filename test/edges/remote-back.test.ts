import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {initialState, reducer} from '../../source/ui/reducer.js';

/* #35.7: Esc from Hugging Face's answers (Ctrl-R) comes back to the store search it was sent from. */

const papers = ['World Models at Scale', 'Speech Agents', 'A World of Robots'].map((title, i) =>
	makePaper({id: `2601.0000${i}`, title, date: '2026-01-05', upvotes: 10 - i}),
);
const answer = {
	papers: [makePaper({id: '2401.00009', title: 'Remote World'})],
	marks: {title: ['world'], body: []},
	partial: new Set<never>(),
	skipped: [],
};

function sent() {
	let state = initialState({papers, origin: 'store'});
	state = reducer(state, {type: 'command', command: 'search.open'});
	state = reducer(state, {type: 'search.change', text: 'world'});
	expect(state.view.papers).toHaveLength(2);
	return reducer(state, {type: 'command', command: 'search.remote'});
}

describe('Esc after Ctrl-R', () => {
	it('from the answers: the store search sent from, filtering as it did', () => {
		let state = reducer(sent(), {type: 'remote.loaded', query: 'world', answer});
		expect(state.scope.kind).toBe('remote');
		state = reducer(state, {type: 'command', command: 'back'});
		expect(state.scope.kind).toBe('digests');
		expect(state.query).toBe('world');
		expect(state.view.papers.map((p) => p.title)).toEqual(['World Models at Scale', 'A World of Robots']);
	});

	it('while the question is on its way: the same', () => {
		const state = reducer(sent(), {type: 'command', command: 'back'});
		expect(state.remote.asking).toBeNull();
		expect(state.query).toBe('world');
		expect(state.view.papers).toHaveLength(2);
	});
});
