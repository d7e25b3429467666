import {memoize, memoizeBy} from '../../cache.js';
import {paperKey, type Paper} from '../../digest/paper.js';
import {knownPlaces} from '../../digest/search.js';
import {currentPaper, withEffect} from './moves.js';
import {forEachSliced, type Slicer} from '../../slices.js';
import type {MarksRoom, State} from './model.js';

/*
 * Seen marks: a paper is seen once it stayed current for a moment (the app's timer then sends `seen.dwell`), or
 * was opened (the pane scrolled, read, opened, picked, copied, saved). Passing over it on the way is not enough.
 */

/** How long a paper stays current before it counts as seen. */
export const SEEN_AFTER_MS = 1000;

export function isSeen(state: Pick<State, 'marks'>, key: string): boolean {
	const {seen} = state.marks;
	return seen === null || seen.before.has(key) || seen.now.has(key);
}

/** The key of the current paper while a moment there would mark it seen, else null: what the app's timer waits on. */
export function dwellKey(state: State): string | null {
	if (!state.marks.seen || (state.mode !== 'browse' && state.mode !== 'search') || state.exit) return null;
	const paper = currentPaper(state);
	if (!paper) return null;
	const key = keyOf(paper);
	return isSeen(state, key) || state.marks.seenHold === key ? null : key;
}

/** The paper stayed current for a moment: it is seen, unless the cursor left it meanwhile or it was just marked unseen. */
export function dwellSeen(state: State, key: string): State {
	return dwellKey(state) === key ? markSeen(state, [key]) : state;
}

/** The current paper was opened: it is seen now. */
export function openedSeen(state: State): State {
	const paper = currentPaper(state);
	return paper && state.marks.seen && !state.exit ? markSeen({...state, marks: {...state.marks, seenHold: null}}, [keyOf(paper)]) : state;
}

export function markSeen(state: State, keys: readonly string[]): State {
	if (!state.marks.seen) return state;
	const fresh = keys.filter((k) => !isSeen(state, k));
	if (fresh.length === 0) return state;
	const now = new Set(state.marks.seen.now);
	for (const k of fresh) now.add(k);
	return withEffect(
		{...state, marks: {...state.marks, seen: {before: state.marks.seen.before, now}}},
		{kind: 'seen.mark', keys: fresh},
		state.message,
	);
}

/** Takes marks back: the papers are new again, and the current one stays so until the cursor leaves it. */
export function markUnseen(state: State, keys: readonly string[]): State {
	if (!state.marks.seen) return state;
	const marked = keys.filter((k) => isSeen(state, k));
	const paper = currentPaper(state);
	const seenHold = paper ? keyOf(paper) : null;
	if (marked.length === 0) return {...state, marks: {...state.marks, seenHold}};
	const before = new Set(state.marks.seen.before);
	const now = new Set(state.marks.seen.now);
	for (const k of marked) {
		before.delete(k);
		now.delete(k);
	}
	return withEffect({...state, marks: {...state.marks, seen: {before, now}, seenHold}}, {kind: 'seen.unmark', keys: marked}, state.message);
}

/** After every action: a paper marked unseen is held new only while it stays current. */
export function releaseHold(state: State): State {
	if (state.marks.seenHold === null) return state;
	const paper = currentPaper(state);
	return paper && keyOf(paper) === state.marks.seenHold ? state : {...state, marks: {...state.marks, seenHold: null}};
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

type Marks = {fresh: Uint8Array; placeOfPaper: Map<Paper, number>; placeOfKey: Map<string, number>; library: readonly Paper[]};

function emptyMarks(library: readonly Paper[]): Marks {
	return {fresh: new Uint8Array(library.length), placeOfPaper: new Map(), placeOfKey: new Map(), library};
}

function markPlace(marks: Marks, before: ReadonlySet<string>, paper: Paper, at: number): void {
	const key = keyOf(paper);
	marks.placeOfPaper.set(paper, at);
	marks.placeOfKey.set(key, at);
	if (!before.has(key)) marks.fresh[at] = 1;
}

/** Each paper's place in the library, the place of each key, and which places earlier sessions had not seen. */
const libraryMarks = memoizeBy((library: readonly Paper[], before: ReadonlySet<string>) => {
	const marks = emptyMarks(library);
	library.forEach((paper, at) => markPlace(marks, before, paper, at));
	return marks;
});

/**
 * The marks of a library about to come in, made beforehand a slice at a time: the frame taking the library
 * in would otherwise spend their time at once (bench: `key to frame from the first frame on`). Then the view's
 * count of new papers.
 */
export async function prepareMarks(
	library: readonly Paper[],
	view: readonly Paper[],
	seen: NonNullable<MarksRoom['seen']>,
	slices: Slicer,
): Promise<void> {
	const marks = emptyMarks(library);
	await forEachSliced(library, (paper, at) => markPlace(marks, seen.before, paper, at), slices);
	libraryMarks.put(library, seen.before, marks);
	await slices.pause();
	unseenCount(view, seen, library);
}

/** A view's papers by place in the library (1 where the view holds it); whole when every paper has a place. Once per view. */
const viewPlaces = memoizeBy((papers: readonly Paper[], marks: {placeOfPaper: ReadonlyMap<Paper, number>; library: readonly Paper[]}) => {
	const {placeOfPaper, library} = marks;
	const held = new Uint8Array(placeOfPaper.size);
	// A search's answer comes with its papers' places in the library's index: the same places, no lookup at all.
	const known = knownPlaces(papers, library);
	if (known) {
		let whole = true;
		for (const place of known) {
			if (place >= 0) held[place] = 1;
			else whole = false;
		}
		return {at: known, held, whole};
	}
	// A plain loop: Int32Array.from with a mapping function took five times as long, on every search keystroke.
	const at = new Int32Array(papers.length);
	let whole = true;
	for (let i = 0; i < papers.length; i++) {
		const place = placeOfPaper.get(papers[i]!);
		if (place === undefined) {
			at[i] = -1;
			whole = false;
		} else {
			at[i] = place;
			held[place] = 1;
		}
	}
	return {at, held, whole};
});

/** How many of a view's places earlier sessions had not seen: once per view, not on every frame. */
const unseenAt = memoizeBy((at: Int32Array, fresh: Uint8Array) => {
	let unseen = 0;
	for (const place of at) unseen += fresh[place]!;
	return unseen;
});

/**
 * How many papers of the view are new: the view's count less this session's marks, not a count per key press.
 * Counted by the papers' places in the library (a map of its own, made once per library), with no key looked up:
 * at 20,000 papers that is most of a keystroke's work otherwise. A view with papers from outside the library (a
 * list, trending) is counted by key.
 */
export function unseenCount(papers: readonly Paper[], seen: NonNullable<MarksRoom['seen']>, library: readonly Paper[] = papers): number {
	const marks = libraryMarks(library, seen.before);
	const {fresh, placeOfKey} = marks;
	const {at, held, whole} = viewPlaces(papers, marks);
	if (whole) {
		let unseen = unseenAt(at, fresh);
		for (const key of seen.now) {
			const place = placeOfKey.get(key);
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
