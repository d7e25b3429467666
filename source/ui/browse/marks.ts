import type {Query} from '../../digest/query.js';
import {highlightWords} from '../../digest/highlight.js';
import {memoize} from '../../cache.js';
import type {State} from '../core/model.js';

/* The words to mark: those a search matched, or Hugging Face highlighted in its answers. */

/** The words Hugging Face highlighted in its answers, while they are shown and no filter of the store's own is typed. */
export function remoteMarks(state: State): {title: readonly string[]; body: readonly string[]} | null {
	return state.scope.kind === 'remote' && state.view.parsed.terms.length === 0 ? state.scope.marks : null;
}

/** The words to mark in the pane: Hugging Face's highlights on its answers, else the search's. */
export function paneMarksOf(state: State): {title: readonly string[]; authors: readonly string[]; body: readonly string[]} {
	const remote = remoteMarks(state);
	return remote ? {...remote, authors: []} : paneMarks(state.view.parsed);
}

/** The words to mark in the abstract pane, once per query. */
export const paneMarks = memoize((query: Query) => ({
	title: highlightWords(query, 'title'),
	authors: highlightWords(query, 'author'),
	body: highlightWords(query, 'abstract'),
}));
