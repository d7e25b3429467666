import {cleanListName, listHas} from '../../lists/model.js';
import {replaceControls} from '../../text.js';
import {paperKey} from '../../digest/paper.js';
import type {Command} from './keymap.js';
import {runIn, type CommandTable} from './dispatch.js';
import {currentPaper, inRoom, moveTo, refresh, withEffect} from './navigate.js';
import type {BoxRoom, State} from './model.js';
import type {BoxText} from './text-box.js';
import {askRemote} from './hub-answers.js';
import {acceptTags, completeTag} from './tags.js';

/** The two text boxes: the search box (`/`) and the list-name box (`B`). Printable keys are text there. */

/** Opens the list-name box for what the name is for (`B`, `>`, `r` and `c` in the lists view), with a first draft. */
export const nameBox = (state: State, nameFor: BoxRoom['nameFor'], draft: string): State => ({
	...state,
	mode: 'listName',
	previousMode: state.mode,
	message: null,
	box: {...state.box, nameFor, nameDraft: draft, boxCursor: null},
});

/** The list-name box's Enter: save to that list (`B`), move there (`>`), or rename or copy a list to it. */
function acceptName(state: State): State {
	if (state.box.nameFor.kind === 'tags')
		return acceptTags(
			{...state, mode: state.previousMode, box: {...state.box, nameDraft: '', nameFor: {kind: 'save'}}},
			state.box.nameFor.key,
			state.box.nameDraft,
		);
	const name = cleanListName(state.box.nameDraft);
	const paper = currentPaper(state);
	const closed = {...state, mode: state.previousMode, box: {...state.box, nameDraft: '', nameFor: {kind: 'save'} as const}};
	if (!name) return {...closed, message: 'no list name given; nothing changed'};
	const nameFor = state.box.nameFor;
	if (nameFor.kind === 'rename')
		return name === nameFor.list ? closed : withEffect(closed, {kind: 'list.rename', list: nameFor.list, to: name});
	if (nameFor.kind === 'copy')
		return name === nameFor.list
			? {...closed, message: `a copy needs another name than "${nameFor.list}"; nothing changed`}
			: withEffect(closed, {kind: 'list.copy', list: nameFor.list, to: name});
	if (!paper) return closed;
	if (nameFor.kind === 'move')
		return name === nameFor.from ? closed : withEffect(closed, {kind: 'list.move', list: nameFor.from, to: name, paper});
	if (listHas(state.mine.lists, name, paperKey(paper))) return {...closed, message: `already in "${name}"`};
	return withEffect(closed, {kind: 'save.to', list: name, paper});
}

const SEARCH: CommandTable<'search'> = {
	'nav.down': (state) => moveTo(state, state.cursor + 1),
	'nav.up': (state) => moveTo(state, state.cursor - 1),
	'search.accept': (state) => ({...state, mode: 'browse', message: null}),
	'search.cancel': (state) => refresh({...state, mode: 'browse', query: '', message: null}),
	'search.remote': askRemote,
};

const LIST_NAME: CommandTable<'listName'> = {
	'name.accept': acceptName,
	'name.complete': (state) => ({...state, box: {...state.box, nameDraft: completeName(state), boxCursor: null}}),
	back: (state) => ({...state, mode: state.previousMode, message: null, box: {...state.box, nameDraft: ''}}),
};

/** Tab: the tag being typed, or the list name, completed from those in use. */
function completeName(state: State): string {
	if (state.box.nameFor.kind === 'tags') return completeTag(state, state.box.nameDraft);
	const typed = state.box.nameDraft.trim().toLowerCase();
	const name = Object.keys(state.mine.lists).find((n) => typed && n.toLowerCase().startsWith(typed) && n.toLowerCase() !== typed);
	return name ?? state.box.nameDraft;
}

export function runBoxCommand(state: State, command: Command): State {
	return state.mode === 'search' ? runIn(SEARCH, command, state) : runIn(LIST_NAME, command, state);
}

/** The open box's text and where its cursor stands (at the end until a key moves it). */
export function boxOf(state: State): BoxText {
	const text = state.mode === 'search' ? state.query : state.mode === 'listName' ? state.box.nameDraft : (state.reading.reader?.find ?? '');
	return {text, cursor: Math.min(state.box.boxCursor ?? text.length, text.length)};
}

/** The search box's text changed: the view follows it at once. */
export function changeQuery(state: State, typed: string): State {
	const text = replaceControls(typed);
	if (text === state.query) return state;
	return refresh({...state, query: text, message: null}, {narrowing: true, keepCursor: false});
}

export const changeName = (state: State, typed: string): State => ({...state, box: {...state.box, nameDraft: replaceControls(typed)}});

export const changeFind = (state: State, typed: string): State =>
	state.reading.reader
		? {...state, reading: {...state.reading, reader: {...state.reading.reader, find: replaceControls(typed), match: -1}}}
		: state;

/** The open box after an edit: its text, and the cursor where the edit left it. */
export function setBox(state: State, box: BoxText): State {
	const change = state.mode === 'search' ? changeQuery : state.mode === 'listName' ? changeName : changeFind;
	return inRoom(change(state, box.text), 'box', {boxCursor: box.cursor});
}
