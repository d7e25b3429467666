import {summarize} from '../../lists/model.js';
import {plural} from '../../text.js';
import {quoted} from '../../output/sanitize.js';
import type {Command} from '../core/keymap.js';
import {runIn, type CommandTable} from '../core/dispatch.js';
import {refresh, withEffect} from '../core/navigate.js';
import {nameBox} from '../core/boxes.js';
import type {State} from '../core/model.js';

/** The reading lists view (`L`): open, remove, rename and copy a list; and the question a removal asks first. */

const lastList = (state: State) => Math.max(0, summarize(state.mine.lists).length - 1);

/** `d`, `r` and `c` on the list under the cursor: a question first, or a box for the new name. */
function onList(state: State, act: (name: string, count: number) => State): State {
	const summary = summarize(state.mine.lists)[state.mine.listsCursor];
	return summary ? act(summary.name, summary.count) : {...state, message: 'no reading lists yet'};
}

const askRemove = (state: State) =>
	onList(state, (list, count) => ({
		...state,
		mode: 'confirm',
		previousMode: 'lists',
		message: null,
		box: {
			...state.box,
			confirm: {
				question: `remove the list ${quoted(list)} and its ${plural(count, 'paper')}? (a copy is kept) y/n`,
				effect: {kind: 'list.delete', list},
			},
		},
	}));

const LISTS: CommandTable<'lists'> = {
	'nav.down': (state) => ({...state, mine: {...state.mine, listsCursor: Math.min(state.mine.listsCursor + 1, lastList(state))}}),
	'nav.up': (state) => ({...state, mine: {...state.mine, listsCursor: Math.max(0, state.mine.listsCursor - 1)}}),
	'nav.first': (state) => ({...state, mine: {...state.mine, listsCursor: 0}}),
	'nav.last': (state) => ({...state, mine: {...state.mine, listsCursor: lastList(state)}}),
	'lists.enter': (state) => {
		const summary = summarize(state.mine.lists)[state.mine.listsCursor];
		if (!summary) return {...state, message: 'no reading lists yet: b saves the current paper to "later"'};
		const scope = {kind: 'list' as const, name: summary.name};
		return refresh({...state, mode: 'browse', scope, query: '', mine: {...state.mine, lastRemoved: null}}, {keepCursor: false});
	},
	back: (state) => ({...state, mode: 'browse', message: null}),
	'lists.remove': askRemove,
	'lists.rename': (state) => onList(state, (list) => nameBox(state, {kind: 'rename', list}, list)),
	'lists.copy': (state) => onList(state, (list) => nameBox(state, {kind: 'copy', list}, '')),
	'help.toggle': (state) => ({...state, mode: 'help', previousMode: state.mode, helpScroll: 0, message: null}),
};

const CONFIRM: CommandTable<'confirm'> = {
	'confirm.yes': (state) =>
		state.box.confirm
			? withEffect({...state, mode: state.previousMode, box: {...state.box, confirm: null}}, state.box.confirm.effect)
			: state,
	'confirm.no': (state) => ({...state, mode: state.previousMode, message: 'kept as it is', box: {...state.box, confirm: null}}),
};

export function runConfirmCommand(state: State, command: Command): State {
	return runIn(CONFIRM, command, state, CONFIRM['confirm.no']);
}

export function runListsCommand(state: State, command: Command): State {
	return runIn(LISTS, command, state);
}
