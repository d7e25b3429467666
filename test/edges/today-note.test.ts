import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {initialState, reducer} from '../../source/ui/reducer.js';

/* #35.6: --today on an older day says so while today is fetched, and the note goes when today's papers land. */

const friday = [1, 2].map((n) => makePaper({id: `2601.0200${n}`, title: `Friday ${n}`, date: '2026-01-02', upvotes: 3 - n}));
const monday = [1, 2, 3].map((n) => makePaper({id: `2601.0500${n}`, title: `Monday ${n}`, date: '2026-01-05', upvotes: 4 - n}));
const note = 'no papers for today (2026-01-05) yet; showing Fri 2 Jan 2026, the newest day with papers';

function opened() {
	return initialState({
		papers: friday,
		origin: 'store',
		day: '2026-01-02',
		message: note,
		awaitingToday: {day: '2026-01-05', note},
	});
}

describe('--today before today is in', () => {
	it('says today is being fetched, then drops the note and lands on today when it comes', () => {
		let state = reducer(opened(), {type: 'refresh.started', days: 1});
		expect(state.message).toBe(`${note}; fetching today…`);
		state = reducer(state, {type: 'refresh.done', papers: [...monday, ...friday], added: 3, failure: null});
		expect(state.message).toBeNull();
		expect(state.view.papers[state.cursor]?.title).toBe('Monday 1');
	});

	it('keeps the note, without "fetching", when the refresh ends without today', () => {
		let state = reducer(opened(), {type: 'refresh.started', days: 1});
		state = reducer(state, {type: 'refresh.done', papers: null, added: 0, failure: null});
		expect(state.message).toBe(note);
	});
});
