import {useEffect, useRef} from 'react';
import type {Services} from './effects.js';
import type {Action, State} from './core/model.js';

type Dispatch = (action: Action) => void;

/** A large store's older days, read after the first frame: until then the newest days are on screen. */
export function useRest(services: Services, dispatch: Dispatch): void {
	useEffect(() => {
		if (!services.loadRest) return;
		let live = true;
		const later = setTimeout(() => {
			void services.loadRest!().then(
				(papers) => live && dispatch({type: 'library.loaded', papers}),
				() => live && dispatch({type: 'library.loaded', papers: null}),
			);
		}, 0);
		return () => {
			live = false;
			clearTimeout(later);
		};
	}, [services, dispatch]);
}

/**
 * The store written by someone else while the browser is open (a cron fetch, another window): read again and taken
 * in, the cursor on the same paper. The browser's own refresh reads the store when it ends, so its writes are left
 * to it.
 */
export function useStoreWatch(state: State, dispatch: Dispatch, services: Services): void {
	const ownRefresh = useRef(false);
	ownRefresh.current = state.refresh.phase === 'fetching';
	useEffect(() => {
		const {watchStore, reloadStore} = services;
		if (!watchStore || !reloadStore) return;
		let live = true;
		let reading = false;
		const stop = watchStore(() => {
			if (ownRefresh.current || reading) return;
			reading = true;
			reloadStore()
				.then((papers) => live && dispatch({type: 'library.loaded', papers}))
				.catch(() => {})
				.finally(() => (reading = false));
		});
		return () => {
			live = false;
			stop();
		};
	}, [services, dispatch]);
}
