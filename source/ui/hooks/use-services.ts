import {useStdout} from 'ink';
import {useEffect, useRef} from 'react';
import type {Action, State} from '../core/model.js';
import {runEffects, type Services} from '../effects.js';
import type {useHub} from './use-hub.js';

type Dispatch = (action: Action) => void;

/** Reading lists at start, then the effects the keys queue, one after another, in the order they were asked for. */
export function useServices(
	state: State,
	dispatch: Dispatch,
	services: Services,
	startRefresh: (fresh?: boolean) => void,
	loadPaper: (id: string, refetch: boolean) => void,
	remote: ReturnType<typeof useHub>,
) {
	const {stdout} = useStdout();
	useEffect(() => {
		let live = true;
		void (async () => {
			const lists = await services.lists.read().catch(() => undefined);
			const notice = (await services.startupNotice?.()) ?? undefined;
			const collections = await services.lists.collections?.().catch(() => undefined);
			if (live && lists)
				dispatch({type: 'lists.loaded', lists, ...(notice ? {message: notice} : {}), ...(collections ? {collections} : {})});
			else if (live && notice) dispatch({type: 'message', text: notice});
			const annotations = await services.lists.annotations().catch(() => undefined);
			if (live && annotations && (Object.keys(annotations.notes).length > 0 || Object.keys(annotations.tags).length > 0))
				dispatch({type: 'annotations.loaded', annotations});
			const pdfs = await services.keptPdfs?.().catch(() => undefined);
			if (live && pdfs?.size) dispatch({type: 'pdfs.kept', pdfs});
		})();
		return () => {
			live = false;
		};
	}, [services, dispatch]);

	const queue = useRef<Promise<void>>(Promise.resolve());
	// Fetches outside the queue (a slow network must not hold a save up), dropped when the browser closes.
	const leaving = useRef(new AbortController());
	useEffect(() => () => leaving.current.abort(), []);
	useEffect(() => {
		if (state.effects.length === 0) return;
		const effects = state.effects;
		dispatch({type: 'effects.taken', count: effects.length});
		runEffects(effects, {
			services,
			dispatch,
			inTurn: (run) => (queue.current = queue.current.then(async () => dispatch(await run()))),
			aside: (run) => void run(leaving.current.signal).then((action) => !leaving.current.signal.aborted && dispatch(action)),
			startRefresh,
			loadPaper,
			remote,
			write: (text) => stdout.write(text),
		});
	}, [state.effects, services, dispatch, startRefresh, loadPaper, remote, stdout]);
}
