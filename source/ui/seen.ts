import {memoize, memoizeBy} from '../cache.js';
import {paperKey, type Paper} from '../digest/paper.js';
import {knownPositions, type SearchIndex} from '../digest/search.js';
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
	const keys = new Set<string>();
	let unseen = 0;
	for (const paper of papers) {
		const key = keyOf(paper);
		if (keys.has(key)) continue;
		keys.add(key);
		if (!before.has(key)) unseen++;
	}
	return {keys, unseen};
});

/** Which papers of an indexed library earlier sessions had not seen, by place, and each paper's place by key. */
const libraryMarks = memoizeBy((index: SearchIndex, before: ReadonlySet<string>) => {
	const fresh = new Uint8Array(index.papers.length);
	const placeOf = new Map<string, number>();
	index.papers.forEach((paper, at) => {
		const key = keyOf(paper);
		placeOf.set(key, at);
		if (!before.has(key)) fresh[at] = 1;
	});
	return {fresh, placeOf};
});

/** A view's papers by place in the library: 1 where the view holds it; whole when every paper has a place. */
const viewPlaces = memoizeBy((at: Int32Array, size: number) => {
	const held = new Uint8Array(size);
	let whole = true;
	for (const place of at) {
		if (place >= 0) held[place] = 1;
		else whole = false;
	}
	return {held, whole};
});

/** How many of a view's places earlier sessions had not seen: once per view, not on every frame. */
const unseenAt = memoizeBy((at: Int32Array, fresh: Uint8Array) => {
	let unseen = 0;
	for (const place of at) unseen += fresh[place]!;
	return unseen;
});

/**
 * How many papers of the view are new: the view's count less this session's marks, not a count per key press.
 * Where a search placed the view's papers in the library's index, counted by place, with no key looked up: at
 * 20,000 papers that is most of a keystroke's work otherwise.
 */
export function unseenCount(papers: readonly Paper[], seen: NonNullable<State['seen']>): number {
	const known = knownPositions(papers);
	const places = known && viewPlaces(known.at, known.index.papers.length);
	if (known && places?.whole) {
		const {fresh, placeOf} = libraryMarks(known.index, seen.before);
		let unseen = unseenAt(known.at, fresh);
		const {held} = places;
		for (const key of seen.now) {
			const place = placeOf.get(key);
			if (place !== undefined && held[place] && fresh[place]) unseen--;
		}
		return unseen;
	}
	const {keys, unseen} = viewKeys(papers, seen.before);
	let marked = 0;
	for (const key of seen.now) if (keys.has(key) && !seen.before.has(key)) marked++;
	return unseen - marked;
}

/** A paper's key, made once per paper: the marks column asks for it on every frame. */
export const keyOf = memoize((paper: Paper) => paperKey(paper));
