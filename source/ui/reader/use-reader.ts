import {useCallback, useEffect, useRef} from 'react';
import {errorMessage} from '../../text.js';
import type {Services} from '../core/services.js';
import {layOutText, readerWidth} from '../core/reader.js';
import type {Action, State} from '../core/model.js';

type Dispatch = (action: Action) => void;

/** The paper being read: its text fetched (or read from the cache) in the background; closing the reader drops it. */
export function useReader(state: State, dispatch: Dispatch, services: Services): (id: string, refetch: boolean) => void {
	const loading = useRef<AbortController | null>(null);
	const latest = useRef(state);
	latest.current = state;
	const load = useCallback(
		(id: string, refetch: boolean) => {
			loading.current?.abort();
			if (!services.readPaper) {
				dispatch({type: 'reader.failed', id, message: 'full texts cannot be fetched here'});
				return;
			}
			const controller = new AbortController();
			loading.current = controller;
			services
				.readPaper(id, {signal: controller.signal, refetch})
				.then(async (markdown) => {
					const width = readerWidth(latest.current);
					const lines = await layOutText(markdown, width, controller.signal);
					if (lines && !controller.signal.aborted) dispatch({type: 'reader.loaded', id, markdown, lines, width});
				})
				.catch(
					(error: unknown) => !controller.signal.aborted && dispatch({type: 'reader.failed', id, message: `${id}: ${errorMessage(error)}`}),
				);
		},
		[services, dispatch],
	);
	const readingId = state.reading.reader?.id ?? null;
	useEffect(() => () => loading.current?.abort(), [readingId]);
	// A resize lays the text out again at the new width, off the key path as the first time.
	const markdown = state.reading.reader?.markdown ?? null;
	const stale = markdown !== null && state.reading.reader!.linesWidth !== readerWidth(state);
	const width = readerWidth(state);
	useEffect(() => {
		if (!stale || !readingId || markdown === null) return;
		const controller = new AbortController();
		void layOutText(markdown, width, controller.signal).then(
			(lines) => lines && !controller.signal.aborted && dispatch({type: 'reader.relaid', id: readingId, lines, width}),
		);
		return () => controller.abort();
	}, [stale, readingId, markdown, width, dispatch]);
	return load;
}
