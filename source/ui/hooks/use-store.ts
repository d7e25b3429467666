import {useEffect, useRef} from 'react';
import {betweenKeys, slicer} from '../../slices.js';
import type {Paper} from '../../digest/paper.js';
import type {Services} from '../effects.js';
import type {Action, State} from '../core/model.js';
import {prepareLibrary} from '../core/take-in.js';

type Dispatch = (action: Action) => void;

/** The library read again, taken in once what that costs a frame is made beforehand, in slices between keys. */
async function takeIn(papers: readonly Paper[], latest: {current: State}, dispatch: Dispatch, live: () => boolean): Promise<void> {
	await prepareLibrary(latest.current, papers, slicer(betweenKeys));
	if (live()) dispatch({type: 'library.loaded', papers});
}

/** A large store's older days, read after the first frame: until then the newest days are on screen. */
export function useRest(state: State, services: Services, dispatch: Dispatch): void {
	const latest = useRef(state);
	latest.current = state;
	useEffect(() => {
		if (!services.loadRest) return;
		let live = true;
		const later = setTimeout(() => {
			void services.loadRest!().then(
				(papers) => (live ? takeIn(papers, latest, dispatch, () => live) : undefined),
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
	ownRefresh.current = state.store.refresh.phase === 'fetching';
	const latest = useRef(state);
	latest.current = state;
	useEffect(() => {
		const {watchStore, reloadStore} = services;
		if (!watchStore || !reloadStore) return;
		let live = true;
		let reading = false;
		const stop = watchStore(() => {
			if (ownRefresh.current || reading) return;
			reading = true;
			reloadStore()
				.then((papers) => (live ? takeIn(papers, latest, dispatch, () => live) : undefined))
				.catch(() => {})
				.finally(() => (reading = false));
		});
		return () => {
			live = false;
			stop();
		};
	}, [services, dispatch]);
}
