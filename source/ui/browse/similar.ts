import {similarPapers} from '../../digest/similar.js';
import {plural} from '../../text.js';
import {forYouNote, modelOf} from '../core/likeness.js';
import {moveTo, refresh} from '../core/navigate.js';
import type {State} from '../core/model.js';

/** M: the papers most like the current one, in the usual view, most alike first; Esc comes back. */
export function openSimilar(state: State): State {
	const paper = state.view.papers[state.cursor];
	if (!paper) return state;
	const model = modelOf(state.allPapers);
	// The model is built in slices after the store is in: the request waits for it, on this paper.
	if (!model)
		return {
			...state,
			message: 'more like this: reading the store for it, a moment…',
			store: {...state.store, pending: {command: 'similar.open', paper}},
		};
	const alike = similarPapers(model, paper, 30);
	if (alike.length === 0) return {...state, message: 'no paper here is like this one'};
	const back = {scope: state.scope, sort: state.sort, query: state.query, key: paper};
	const scope = {
		kind: 'similar' as const,
		of: paper.title,
		papers: alike.map((a) => a.paper),
		reasons: new Map(alike.map((a) => [a.paper, a.reason.join(' · ')])),
		back,
	};
	return refresh(
		{...state, scope, sort: 'likeness', query: '', message: `${plural(alike.length, 'paper')} like this one · Esc comes back`},
		{keepCursor: false},
	);
}

/** Esc from "more like this": the view as it was, on the same paper. */
export function closeSimilar(state: State): State {
	if (state.scope.kind !== 'similar') return state;
	const {back} = state.scope;
	const next = refresh({...state, scope: back.scope, sort: back.sort, query: back.query, message: null}, {keepCursor: false});
	const at = next.view.papers.indexOf(back.key);
	return at >= 0 ? moveTo(next, at) : next;
}

/** The likeness model is built: the "for you" order takes it, and its note in the footer says so. */
export function likenessReady(state: State): State {
	if (state.sort !== 'for-you') return state;
	const next = refresh(state);
	return next.message?.startsWith('sort: for you') ? {...next, message: forYouNote(next)} : next;
}
