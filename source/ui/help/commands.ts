import {helpPageCount} from './layout.js';
import type {Command} from '../core/keymap.js';
import {runIn, type CommandTable} from '../core/dispatch.js';
import type {State} from '../core/model.js';

/** The help overlay (`?`): scrolling it, closing it. */

const scrollHelp = (state: State, by: number): State => {
	const max = helpPageCount(state.viewport, state.keymap, state.userCommands) - 1;
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

export function runHelpCommand(state: State, command: Command): State {
	return runIn(HELP, command, state);
}
