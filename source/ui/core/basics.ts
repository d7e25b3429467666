import type {Effect, State} from './model.js';

/** The two moves every part of the browser makes, on the model alone: which paper is current, and asking for an effect. */

export function currentPaper(state: Pick<State, 'view' | 'cursor'>) {
	return state.view.papers[state.cursor] ?? null;
}

export function withEffect(state: State, effect: Effect, message: string | null = null): State {
	return {...state, effects: [...state.effects, effect], message};
}
