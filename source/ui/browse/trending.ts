import type {TrendingSnapshot} from '../core/model.js';
import {refresh, withEffect} from '../core/navigate.js';
import type {State} from '../core/model.js';

/** `T`: the trending list, fetched from inside the browser when there is none or it is over an hour old. */

const HOUR_MS = 3_600_000;

const isStale = (trending: TrendingSnapshot, now: number) =>
	trending.fetchedAt === undefined || !(now - Date.parse(trending.fetchedAt) < HOUR_MS);

function showTrending(state: State, label: string): State {
	return refresh({...state, scope: {kind: 'trending'}, sort: 'trending', query: '', message: label}, {keepCursor: false});
}

export function toggleTrending(state: State, now = Date.now()): State {
	if (state.scope.kind === 'trending')
		return refresh({...state, scope: {kind: 'digests'}, sort: 'upvotes', message: null}, {keepCursor: false});
	if (state.remote.trending && !isStale(state.remote.trending, now)) return showTrending(state, state.remote.trending.label);
	if (state.remote.fetchingTrending) return {...state, message: 'already fetching the trending list'};
	const asking = {...state, remote: {...state.remote, fetchingTrending: true}};
	// An old list shows while the new one is on its way.
	if (state.remote.trending)
		return withEffect(showTrending(asking, state.remote.trending.label), {kind: 'trending.fetch'}, state.remote.trending.label);
	return withEffect(asking, {kind: 'trending.fetch'}, null);
}

/** The new list is in: shown, unless the user went elsewhere meanwhile (then T shows it). */
export function trendingLoaded(state: State, trending: TrendingSnapshot): State {
	const next = {...state, remote: {...state.remote, trending, fetchingTrending: false}};
	if (next.scope.kind === 'trending') return refresh({...next, message: trending.label});
	return next.mode === 'browse' && next.scope.kind === 'digests' ? showTrending(next, trending.label) : next;
}

export function trendingFailed(state: State, failure: string): State {
	const kept = state.remote.trending ? `; showing the one of ${state.remote.trending.label.replace(/^trending · fetched /, '')}` : '';
	return {...state, message: `could not fetch the trending list: ${failure}${kept}`, remote: {...state.remote, fetchingTrending: false}};
}
