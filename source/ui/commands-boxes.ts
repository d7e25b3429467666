import {cleanListName, listHas} from '../lists/model.js';
import {paperKey} from '../digest/paper.js';
import type {CommandsIn} from './keymap.js';
import {currentPaper, moveTo, refresh, withEffect} from './navigate.js';
import type {State} from './state.js';

/** The two text boxes: the search box (`/`) and the list-name box (`B`). Printable keys are text there. */

type Handler = (state: State) => State;

/** Named-list save: `B`, a name, Enter. */
function acceptName(state: State): State {
	const name = cleanListName(state.nameDraft);
	const paper = currentPaper(state);
	const closed = {...state, mode: state.previousMode, nameDraft: ''};
	if (!name || !paper) return {...closed, message: name ? null : 'no list name given; nothing saved'};
	if (listHas(state.lists, name, paperKey(paper))) return {...closed, message: `already in "${name}"`};
	return withEffect(closed, {kind: 'save.to', list: name, paper});
}

const SEARCH: {[C in CommandsIn<'search'>]: Handler} = {
	'nav.down': (state) => moveTo(state, state.cursor + 1),
	'nav.up': (state) => moveTo(state, state.cursor - 1),
	'search.accept': (state) => ({...state, mode: 'browse', message: null}),
	'search.cancel': (state) => refresh({...state, mode: 'browse', query: '', message: null}),
	interrupt: (state) => ({...state, exit: {code: 130, papers: []}}),
};

const LIST_NAME: {[C in CommandsIn<'listName'>]: Handler} = {
	'name.accept': acceptName,
	back: (state) => ({...state, mode: state.previousMode, nameDraft: '', message: null}),
	interrupt: (state) => ({...state, exit: {code: 130, papers: []}}),
};

export function runBoxCommand(state: State, command: string): State {
	const table: Record<string, Handler | undefined> = state.mode === 'search' ? SEARCH : LIST_NAME;
	return table[command]?.(state) ?? state;
}
