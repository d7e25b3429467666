import {useEffect, useRef} from 'react';
import {warmSearch} from '../../digest/search.js';
import {watchedInSlices, watchedReady} from '../../digest/watch-match.js';
import {slicer} from '../../slices.js';
import {browseFrame} from '../browse/lines.js';
import {warmLikeness} from '../core/likeness.js';
import type {Action, State} from '../core/model.js';
import type {Services} from '../core/services.js';
import type {Theme} from '../frame/theme.js';
import {reducer} from '../reducer.js';

type Dispatch = (action: Action) => void;

/**
 * Once the search index is built: a first search, drawn and thrown away, so that the first keystroke of a real one
 * finds the library's places in the index, the seen marks by place and the code that draws matches warm (bench:
 * `search keystroke to frame at 20k`, its max).
 */
function warmFirstSearch(state: State, theme: Theme, spark: boolean): void {
	if (state.scope.kind !== 'digests' || state.store.partial || state.query) return;
	browseFrame(reducer(state, {type: 'search.change', text: 'a'}), theme, spark);
}

/** The search index of the whole library, built in slices once the first frame is up, then a search warmed. */
export function useWarmSearch(state: State, dispatch: Dispatch, services: Services, theme: Theme, spark: boolean): void {
	const latest = useRef(state);
	latest.current = state;
	const papers = state.allPapers;
	// A large store's newest days alone are not worth indexing: the whole store follows in a moment.
	const partial = state.store.partial;
	useEffect(() => {
		if (partial) return;
		let live = true;
		services.heap?.building();
		const slices = slicer(() => new Promise<void>((resolve) => setTimeout(() => (live ? resolve() : undefined), 0)));
		const warmed = () => {
			if (!live || latest.current.allPapers !== papers) return;
			// A query typed while the index was being built runs now.
			if (latest.current.view.waiting) dispatch({type: 'index.ready'});
			else warmFirstSearch(latest.current, theme, spark);
		};
		// Then the watch rules, and the model of "more like this" and "for you", in slices too.
		const start = setTimeout(
			() =>
				void warmSearch(papers, slices)
					.then(() => setTimeout(warmed, 0))
					.then(async () => {
						const rules = latest.current.watch;
						if (!live || Object.keys(rules).length === 0 || watchedReady(papers, rules)) return;
						await watchedInSlices(papers, rules, slices);
						if (live) dispatch({type: 'watch.ready'});
					})
					// A second later: the first seconds of a session are for keys, not for a model not yet asked for.
					.then(() => new Promise((resolve) => setTimeout(resolve, 1000)))
					.then(() => (live ? warmLikeness(papers, slices, services.likenessFile) : undefined))
					.then(() => {
						if (!live) return;
						dispatch({type: 'likeness.ready'});
						services.heap?.settled();
					}),
			300,
		);
		return () => {
			live = false;
			clearTimeout(start);
		};
	}, [papers, partial, dispatch, services, theme, spark]);
}
