import {useCallback, useEffect, useRef} from 'react';
import {errorMessage} from '../../text.js';
import type {Action, State} from '../core/model.js';
import type {Services} from '../core/services.js';

type Dispatch = (action: Action) => void;

/**
 * The background refresh: started once the first frame is up, again on R; aborted when the browser closes, so
 * quitting never waits for the network and no half-fetched day is stored.
 */
export function useRefresh(state: State, dispatch: Dispatch, services: Services): (fresh?: boolean) => void {
	// The sample is not what the store held: every paper a first catch-up brings is new.
	const held = useRef(state.allPapers);
	held.current = state.store.sample ? [] : state.allPapers;
	const running = useRef<AbortController | null>(null);
	// R pressed while a refresh runs (the one at start, still reading the store): it runs again, fresh, once this ends.
	const again = useRef(false);
	const startRef = useRef<(fresh?: boolean) => void>(() => {});
	const start = useCallback(
		(fresh = false) => {
			if (!services.refresh && fresh)
				dispatch({
					type: 'message',
					text: 'nothing to refresh: R fetches into the store, and these papers are not from it, or papers is offline',
				});
			if (running.current && fresh) again.current = true;
			if (!services.refresh || running.current) return;
			const controller = new AbortController();
			running.current = controller;
			services
				.refresh(
					held.current,
					controller.signal,
					(days) => dispatch({type: 'refresh.started', days}),
					(done, reached) => dispatch({type: 'refresh.progress', done, reached}),
					fresh,
				)
				.then((result) => {
					if (controller.signal.aborted) return;
					// What the browser holds now, for a refresh that starts before the next render (R pressed meanwhile).
					if (result.papers) held.current = result.papers;
					dispatch({type: 'refresh.done', ...result, fresh});
				})
				.catch(
					(error: unknown) =>
						!controller.signal.aborted && dispatch({type: 'refresh.done', papers: null, added: 0, failure: errorMessage(error)}),
				)
				.finally(() => {
					running.current = null;
					if (!again.current || controller.signal.aborted) return;
					again.current = false;
					startRef.current(true);
				});
		},
		[services, dispatch],
	);
	startRef.current = start;
	useEffect(() => {
		// Well after the first frame: starting a request loads and compiles Node's fetch, which would hold that frame up.
		const first = setTimeout(start, 150);
		return () => {
			clearTimeout(first);
			running.current?.abort();
		};
	}, [start]);
	// The spinner turns while the refresh, the reader's text, the trending list or a search of Hugging Face is on its way.
	const fetching =
		state.store.refresh.phase === 'fetching' ||
		state.reading.reader?.status === 'loading' ||
		state.remote.fetchingTrending ||
		state.remote.asking !== null;
	useEffect(() => {
		if (!fetching) return;
		const spin = setInterval(() => dispatch({type: 'refresh.tick'}), 120);
		return () => clearInterval(spin);
	}, [fetching, dispatch]);
	return start;
}
