import {plural} from '../../text.js';
import type {State} from '../core/model.js';
import {refresh} from '../core/navigate.js';
import {watchesKnown} from '../core/watch-marks.js';

/** `W`: every watched paper, then each rule's, then all papers again. */
export function cycleWatch(state: State): State {
	const names = Object.keys(state.watch);
	if (names.length === 0) return {...state, message: 'no watch rules yet: papers watch add NAME QUERY makes one'};
	// A large store's rules are matched between keys after the first frame: W waits for them, and says so.
	if (!watchesKnown(state))
		return {
			...state,
			message: 'matching the watch rules, a moment…',
			store: {...state.store, pending: {command: 'watch.cycle', paper: null}},
		};
	const order: Array<string | null> = [null, '*', ...(names.length > 1 ? names : [])];
	const watchFocus = order[(order.indexOf(state.watchFocus) + 1) % order.length]!;
	const next = refresh({...state, watchFocus}, {keepCursor: false});
	const count = plural(next.view.papers.length, 'paper');
	const message =
		watchFocus === null
			? 'all papers'
			: watchFocus === '*'
				? `watched: ${count} (W: one rule at a time)`
				: `watch rule "${watchFocus}": ${count}`;
	return {...next, message};
}
