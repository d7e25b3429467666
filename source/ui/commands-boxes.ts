import {cleanListName, listHas} from '../lists/model.js';
import {replaceControls} from '../text.js';
import {paperKey} from '../digest/paper.js';
import type {ModeCommands} from './keymap.js';
import {currentPaper, moveTo, refresh, withEffect} from './navigate.js';
import type {State} from './state.js';
import type {BoxText} from './text-box.js';

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

const SEARCH: {[C in ModeCommands<'search'>]: Handler} = {
	'nav.down': (state) => moveTo(state, state.cursor + 1),
	'nav.up': (state) => moveTo(state, state.cursor - 1),
	'search.accept': (state) => ({...state, mode: 'browse', message: null}),
	'search.cancel': (state) => refresh({...state, mode: 'browse', query: '', message: null}),
};

const LIST_NAME: {[C in ModeCommands<'listName'>]: Handler} = {
	'name.accept': acceptName,
	back: (state) => ({...state, mode: state.previousMode, nameDraft: '', message: null}),
};

export function runBoxCommand(state: State, command: string): State {
	const table: Record<string, Handler | undefined> = state.mode === 'search' ? SEARCH : LIST_NAME;
	return table[command]?.(state) ?? state;
}

/** The open box's text and where its cursor stands (at the end until a key moves it). */
export function boxOf(state: State): BoxText {
	const text = state.mode === 'search' ? state.query : state.mode === 'listName' ? state.nameDraft : (state.reader?.find ?? '');
	return {text, cursor: Math.min(state.boxCursor ?? text.length, text.length)};
}

/** The search box's text changed: the view follows it at once. */
export function changeQuery(state: State, typed: string): State {
	const text = replaceControls(typed);
	if (text === state.query) return state;
	return refresh({...state, query: text, message: null}, {narrowing: true, keepCursor: false});
}

export const changeName = (state: State, typed: string): State => ({...state, nameDraft: replaceControls(typed)});

export const changeFind = (state: State, typed: string): State =>
	state.reader ? {...state, reader: {...state.reader, find: replaceControls(typed), match: -1}} : state;

/** The open box after an edit: its text, and the cursor where the edit left it. */
export function setBox(state: State, box: BoxText): State {
	const change = state.mode === 'search' ? changeQuery : state.mode === 'listName' ? changeName : changeFind;
	return {...change(state, box.text), boxCursor: box.cursor};
}
