import {useEffect} from 'react';
import {dwellKey, SEEN_AFTER_MS} from '../core/seen.js';
import type {Action, State} from '../core/model.js';

/** The moment on a paper that makes it seen: a timer per current paper, dropped when the cursor leaves it first. */
export function useSeenDwell(state: State, dispatch: (action: Action) => void): void {
	const key = dwellKey(state);
	useEffect(() => {
		if (!key) return;
		const timer = setTimeout(() => dispatch({type: 'seen.dwell', key}), SEEN_AFTER_MS);
		return () => clearTimeout(timer);
	}, [key, dispatch]);
}
