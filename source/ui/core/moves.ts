import type {Effect, Room, State} from './model.js';

/*
 * The moves every part of the browser makes on the model alone: which paper is current, asking for an effect, and
 * changing one room of the state.
 */

export function currentPaper(state: Pick<State, 'view' | 'cursor'>) {
	return state.view.papers[state.cursor] ?? null;
}

export function withEffect(state: State, effect: Effect, message: string | null = null): State {
	return {...state, effects: [...state.effects, effect], message};
}

/** The state with part of one room changed: `inRoom(state, 'box', {boxCursor: null})`. */
export function inRoom<R extends Room>(state: State, room: R, change: Partial<State[R]>): State {
	return {...state, [room]: {...state[room], ...change}};
}
