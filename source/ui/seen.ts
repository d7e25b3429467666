import {memoize, memoizeBy} from '../cache.js';
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
	const key = keyOf(paper);
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

/** The keys of a view's papers, and how many of them earlier sessions had not seen: once per view. */
const viewKeys = memoizeBy((papers: readonly Paper[], before: ReadonlySet<string>) => {
	const keys = new Set(papers.map(keyOf));
	let unseen = 0;
	for (const key of keys) if (!before.has(key)) unseen++;
	return {keys, unseen};
});

/** How many papers of the view are new: the view's count less this session's marks, not a count per key press. */
export function unseenCount(papers: readonly Paper[], seen: NonNullable<State['seen']>): number {
	const {keys, unseen} = viewKeys(papers, seen.before);
	let marked = 0;
	for (const key of seen.now) if (keys.has(key) && !seen.before.has(key)) marked++;
	return unseen - marked;
}

/** A paper's key, made once per paper: the marks column asks for it on every frame. */
export const keyOf = memoize((paper: Paper) => paperKey(paper));
