import {memoizeBy} from '../cache.js';
import {paperKey, type Paper} from '../digest/paper.js';
import {currentPaper, withEffect} from './navigate.js';
import type {State} from './state.js';

/** Seen marks: a paper is seen once it has been the current paper in the list. */

export function isSeen(state: Pick<State, 'seen'>, key: string): boolean {
	return state.seen === null || state.seen.before.has(key) || state.seen.now.has(key);
}

/** After every action: the current paper, when new, becomes seen, and the mark is kept (an effect). */
export function noteSeen(state: State): State {
	if (!state.seen || state.mode === 'help' || state.mode === 'lists' || state.exit) return state;
	const paper = currentPaper(state);
	if (!paper) return state;
	const key = paperKey(paper);
	if (isSeen(state, key)) return state;
	return markSeen(state, [key]);
}

export function markSeen(state: State, keys: readonly string[]): State {
	if (!state.seen) return state;
	const fresh = keys.filter((k) => !isSeen(state, k));
	if (fresh.length === 0) return state;
	const now = new Set(state.seen.now);
	for (const k of fresh) now.add(k);
	return withEffect({...state, seen: {before: state.seen.before, now}}, {kind: 'seen.mark', keys: fresh}, state.message);
}

/** How many papers of the view are new (not seen): once per view and marks. */
export const unseenCount = memoizeBy((papers: readonly Paper[], seen: NonNullable<State['seen']>) => {
	let count = 0;
	for (const p of papers) {
		const key = paperKey(p);
		if (!seen.before.has(key) && !seen.now.has(key)) count++;
	}
	return count;
});
