import type {Paper} from '../../digest/paper.js';
import {memoizeBy} from '../../cache.js';
import {watchedBy, watchedReady, type Watched} from '../../digest/watch-match.js';
import {isSeen, keyOf} from './seen.js';
import type {State} from './model.js';

/*
 * Watch rules in the browser: a mark on each watched paper, the rules it matches in the pane, a count of the new
 * ones in the header; `W` (ui/browse/watch-focus.ts) narrows the list to them.
 */

const NOT_YET: Watched = new Map();

/**
 * Every paper of the library the rules match, with the rules' names. A large library's are matched after the
 * first frame, between keys (app.tsx), and until then none is marked: a key never waits for a hundred rules.
 */
export const watchedIn = (state: Pick<State, 'allPapers' | 'watch'>) =>
	watchedReady(state.allPapers, state.watch) ? watchedBy(state.allPapers, state.watch) : NOT_YET;

/** Whether `W` can answer now, or must wait for the rules to be matched. */
export const watchesKnown = (state: Pick<State, 'allPapers' | 'watch'>) => watchedReady(state.allPapers, state.watch);

export function watchNames(state: State, paper: Paper): readonly string[] {
	return watchedIn(state).get(paper) ?? [];
}

/** The papers of a scope that the focus of `W` keeps. */
export function narrowWatched(state: State, papers: readonly Paper[]): readonly Paper[] {
	const focus = state.watchFocus;
	if (focus === null) return papers;
	const watched = watchedIn(state);
	return papers.filter((p) => {
		const names = watched.get(p);
		return names !== undefined && (focus === '*' || names.includes(focus));
	});
}

/** The watched papers of a view: found once per view, not on every frame (the header asks on every key). */
const watchedOf = memoizeBy((papers: readonly Paper[], watched: Watched) => papers.filter((p) => watched.has(p)));

/** `3 watched new`: the watched papers of the view not seen yet; null when there is nothing to say. */
export function watchedNewCount(state: State): string | null {
	if (Object.keys(state.watch).length === 0) return null;
	let count = 0;
	for (const paper of watchedOf(state.view.papers, watchedIn(state))) if (!isSeen(state, keyOf(paper))) count++;
	return count > 0 ? `${count} watched new` : null;
}
