import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {slicer} from '../../source/slices.js';
import {warmLikeness} from '../../source/ui/core/likeness.js';
import {initialState, reducer} from '../../source/ui/reducer.js';

/* #35.5: a key that needs the likeness model of a large store, pressed while it is built, is answered when it is. */

const words = ['diffusion', 'transformer', 'agent', 'vision', 'speech', 'robot', 'reasoning', 'retrieval'];
const papers = Array.from({length: 2500}, (_, i) =>
	makePaper({
		id: `2601.${String(i).padStart(5, '0')}`,
		title: `${words[i % 8]} ${words[(i * 3) % 8]} study ${i}`,
		abstract: `A ${words[i % 8]} model for ${words[(i + 1) % 8]} tasks.`,
		date: '2026-01-05',
		upvotes: i % 50,
	}),
);

describe('M on a store whose likeness model is still being built', () => {
	it('is taken, said to be on its way, and opens on the paper it was pressed on when the model is in', async () => {
		let state = initialState({papers, origin: 'store'});
		state = reducer(state, {type: 'command', command: 'nav.down'});
		const pressedOn = state.view.papers[state.cursor];
		state = reducer(state, {type: 'command', command: 'similar.open'});
		expect(state.message).toBe('more like this: reading the store for it, a moment…');
		expect(state.scope.kind).toBe('digests');
		// The user looks around meanwhile.
		state = reducer(state, {type: 'command', command: 'nav.down'});
		await warmLikeness(
			papers,
			slicer(() => Promise.resolve()),
		);
		state = reducer(state, {type: 'likeness.ready'});
		expect(state.scope.kind).toBe('similar');
		expect(state.scope.kind === 'similar' && state.scope.of).toBe(pressedOn?.title);
		expect(state.store.pending).toBeNull();
	});

	it('the for-you sort chosen meanwhile says so when the model is in', async () => {
		const few = papers.slice(0, 2100);
		let state = initialState({
			papers: few,
			origin: 'store',
			sort: 'for-you',
			lists: {mine: [{paper: few[1]!, savedAt: '2026-01-05T00:00:00Z', read: false}]},
		});
		state = {...state, message: 'sort: for you · still reading the store, so by upvotes'};
		await warmLikeness(
			few,
			slicer(() => Promise.resolve()),
		);
		state = reducer(state, {type: 'likeness.ready'});
		expect(state.message).toBe('sort: for you · like the 1 saved paper');
	});
});
