import {summarize} from '../lists/model.js';
import {plural} from '../text.js';
import {sanitizeLine} from '../output/sanitize.js';
import {helpPageCount} from './help-layout.js';
import type {Command} from './keymap.js';
import {runIn, type CommandTable} from './dispatch.js';
import {refresh, withEffect} from './navigate.js';
import type {State} from './model.js';

/** The reading lists view (`L`) and the help overlay (`?`). */

const lastList = (state: State) => Math.max(0, summarize(state.lists).length - 1);

/** `d`, `r` and `c` on the list under the cursor: a question first, or a box for the new name. */
function onList(state: State, act: (name: string, count: number) => State): State {
	const summary = summarize(state.lists)[state.listsCursor];
	return summary ? act(summary.name, summary.count) : {...state, message: 'no reading lists yet'};
}

const askRemove = (state: State) =>
	onList(state, (list, count) => ({
		...state,
		mode: 'confirm',
		previousMode: 'lists',
		confirm: {
			question: `remove the list "${sanitizeLine(list)}" and its ${plural(count, 'paper')}? (a copy is kept) y/n`,
			effect: {kind: 'list.delete', list},
		},
		message: null,
	}));

const nameBox = (state: State, nameFor: State['nameFor'], draft: string): State => ({
	...state,
	mode: 'listName',
	previousMode: state.mode,
	nameFor,
	nameDraft: draft,
	boxCursor: null,
	message: null,
});

const LISTS: CommandTable<'lists'> = {
	'nav.down': (state) => ({...state, listsCursor: Math.min(state.listsCursor + 1, lastList(state))}),
	'nav.up': (state) => ({...state, listsCursor: Math.max(0, state.listsCursor - 1)}),
	'nav.first': (state) => ({...state, listsCursor: 0}),
	'nav.last': (state) => ({...state, listsCursor: lastList(state)}),
	'lists.enter': (state) => {
		const summary = summarize(state.lists)[state.listsCursor];
		if (!summary) return {...state, message: 'no reading lists yet: b saves the current paper to "later"'};
		const scope = {kind: 'list' as const, name: summary.name};
		return refresh({...state, mode: 'browse', scope, query: '', lastRemoved: null}, {keepCursor: false});
	},
	back: (state) => ({...state, mode: 'browse', message: null}),
	'lists.remove': askRemove,
	'lists.rename': (state) => onList(state, (list) => nameBox(state, {kind: 'rename', list}, list)),
	'lists.copy': (state) => onList(state, (list) => nameBox(state, {kind: 'copy', list}, '')),
	'help.toggle': (state) => ({...state, mode: 'help', previousMode: state.mode, helpScroll: 0, message: null}),
	quit: (state) => ({...state, exit: {code: 0, papers: []}}),
};

const scrollHelp = (state: State, by: number): State => {
	const max = helpPageCount(state.viewport) - 1;
	return {...state, helpScroll: Math.max(0, Math.min(max, state.helpScroll + by))};
};

const HELP: CommandTable<'help'> = {
	'nav.down': (state) => scrollHelp(state, 1),
	'nav.up': (state) => scrollHelp(state, -1),
	'nav.pageDown': (state) => scrollHelp(state, 10),
	'nav.pageUp': (state) => scrollHelp(state, -10),
	'nav.first': (state) => scrollHelp(state, -Infinity),
	'nav.last': (state) => scrollHelp(state, Infinity),
	'help.close': (state) => ({...state, mode: state.previousMode, helpScroll: 0}),
};

const CONFIRM: CommandTable<'confirm'> = {
	'confirm.yes': (state) => (state.confirm ? withEffect({...state, mode: state.previousMode, confirm: null}, state.confirm.effect) : state),
	'confirm.no': (state) => ({...state, mode: state.previousMode, confirm: null, message: 'kept as it is'}),
};

export function runConfirmCommand(state: State, command: Command): State {
	return runIn(CONFIRM, command, state, CONFIRM['confirm.no']);
}

export {nameBox};

export function runListsCommand(state: State, command: Command): State {
	return runIn(LISTS, command, state);
}

export function runHelpCommand(state: State, command: Command): State {
	return runIn(HELP, command, state);
}
