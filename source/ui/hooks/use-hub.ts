import {useCallback, useEffect, useRef} from 'react';
import {errorMessage} from '../../text.js';
import type {Action, Effect, State} from '../core/model.js';
import type {Services} from '../core/services.js';
import {searchAction} from '../effects.js';

/** A paper's record is asked for once it has stayed in the pane this long: never for every row passed. */
export const INFO_AFTER_MS = 300;

/**
 * Hugging Face beyond the store: the records kept on disk read once the first frame is up; a paper's record asked
 * for when it lingers; a search sent with Ctrl-R run with its own way to stop (Esc), and dropped when papers quits.
 */
export function useHub(state: State, dispatch: (action: Action) => void, services: Services) {
	useEffect(() => {
		let live = true;
		const later = setTimeout(() => {
			void services
				.keptInfos?.()
				.then((infos) => live && infos.size > 0 && dispatch({type: 'infos.kept', infos}))
				.catch(() => {});
		}, 200);
		return () => {
			live = false;
			clearTimeout(later);
		};
	}, [services, dispatch]);

	const paper = state.mode === 'browse' ? state.view.papers[state.cursor] : undefined;
	const id = paper?.id && !state.remote.infos.has(paper.id) && services.loadInfo ? paper.id : null;
	const talk = paper?.id && !state.remote.discussions.has(paper.id) && services.loadDiscussion ? paper.id : null;
	const leaving = useRef(new AbortController());
	useEffect(() => () => leaving.current.abort(), []);
	useEffect(() => {
		if (!id) return;
		const timer = setTimeout(() => {
			dispatch({type: 'info.asked', id});
			services.loadInfo!(id, leaving.current.signal).then(
				(info) => dispatch({type: 'info.loaded', id, info}),
				(error: unknown) => !leaving.current.signal.aborted && dispatch({type: 'info.failed', id, message: errorMessage(error)}),
			);
		}, INFO_AFTER_MS);
		return () => clearTimeout(timer);
	}, [id, services, dispatch]);
	// Its discussion, the same way: once it lingers, once per paper.
	useEffect(() => {
		if (!talk) return;
		const timer = setTimeout(() => {
			dispatch({type: 'discussion.asked', id: talk});
			services.loadDiscussion!(talk, leaving.current.signal).then(
				(discussion) => dispatch({type: 'discussion.loaded', id: talk, discussion}),
				(error: unknown) =>
					!leaving.current.signal.aborted && dispatch({type: 'discussion.failed', id: talk, message: errorMessage(error)}),
			);
		}, INFO_AFTER_MS);
		return () => clearTimeout(timer);
	}, [talk, services, dispatch]);

	const asking = useRef<AbortController | null>(null);
	useEffect(() => () => asking.current?.abort(), []);
	return useCallback(
		(effect: Extract<Effect, {kind: 'remote.search' | 'remote.cancel'}>) => {
			asking.current?.abort();
			asking.current = null;
			if (effect.kind === 'remote.cancel') return;
			const controller = new AbortController();
			asking.current = controller;
			void searchAction(effect.query, services, controller.signal).then((action) => !controller.signal.aborted && dispatch(action));
		},
		[services, dispatch],
	);
}
