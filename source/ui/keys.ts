import {runBoxCommand} from './commands-boxes.js';
import {runBrowseCommand} from './commands-browse.js';
import {runHelpCommand, runListsCommand} from './commands-lists.js';
import {runLinksCommand} from './commands-links.js';
import {runReaderCommand} from './commands-reader.js';
import {commandFor, type Command, type KeyEvent} from './keymap.js';
import {noteSeen} from './seen.js';
import type {Action, State} from './state.js';

/*
 * Keys as the reducer takes them: each mode's commands, bursts of keys split one by one, bracketed pastes kept
 * out of the list, text typed into a box before its input is there. `reduce` is the reducer (state.ts), passed in.
 */

let reduce: (state: State, action: Action) => State = (state) => state;

/** Called once by state.ts, which owns the reducer, so this module need not import it back. */
export function setKeysReducer(reducer: (state: State, action: Action) => State): void {
	reduce = reducer;
}

/** What needs every paper, while only a large store's newest days are in: it waits for the rest, and says so. */
const NEEDS_ALL = new Set<Command>(['search.open', 'sort.cycle', 'nav.last', 'group.cycle', 'new.next', 'new.prev']);

export function runCommand(state: State, command: Command): State {
	if (state.partial && state.mode === 'browse' && NEEDS_ALL.has(command)) {
		return {...state, message: `the rest of the store is still loading (${state.allPapers.length} papers so far); try again in a moment`};
	}
	switch (state.mode) {
		case 'browse':
			return runBrowseCommand(state, command);
		case 'search':
		case 'listName':
			return runBoxCommand(state, command);
		case 'lists':
			return runListsCommand(state, command);
		case 'links':
			return runLinksCommand(state, command);
		case 'reader':
		case 'readerFind':
		case 'toc':
			return runReaderCommand(state, command);
		case 'help':
			return runHelpCommand(state, command);
	}
}

const PASTE_START = '[200~';
const PASTE_END = '[201~';
export const isPasteMarker = (text: string) => text.includes(PASTE_START) || text.includes(PASTE_END);

/** One key, as Ink reported it. Several typed keys can arrive as one string: each is applied, in order. */
export function pressKey(state: State, input: string, key: KeyEvent): State {
	if (input === PASTE_START || input === PASTE_END) return {...state, pasting: input === PASTE_START};
	// A paste in the list is text, not a burst of commands; the text boxes take it through their own input.
	if (state.pasting) return state;
	const typing = state.mode === 'search' || state.mode === 'listName';
	if (input.length > 1 && !typing && !key.ctrl && !key.meta) {
		let next = state;
		const chars = [...input];
		for (let i = 0; i < chars.length; i++) {
			// Each key as if pressed alone: the paper it passes over counts as seen, too.
			const one = keyOfChar(chars[i]!);
			next = noteSeen(pressKey(next, one.input, one.key));
			// `/` or `B` opened a text box mid-burst: the rest is what was typed into it (its input is not there yet),
			// up to an Enter, which then does what Enter does there.
			const rest = chars.slice(i + 1).join('');
			if (rest && (next.mode === 'search' || next.mode === 'listName' || next.mode === 'readerFind')) return typeInto(next, rest);
		}
		return next;
	}
	// The mode is read here, not where the key was caught: a key can reach a handler from the previous render.
	const command = commandFor(state.mode, input, key, state.scope.kind === 'list');
	if (state.exit) return state;
	// In help and the link chooser, a key with no meaning there closes it, as in less and man.
	if (!command)
		return state.mode === 'help' ? runHelpCommand(state, 'help.close') : state.mode === 'links' ? runLinksCommand(state, 'back') : state;
	return runCommand(state, command);
}

/**
 * One character of a burst as Ink reports it when it comes alone. Ink splits a burst at its escape sequences, not
 * at control characters: `jj\r` typed while papers starts (kept until Ink reads it) comes as one string.
 */
function keyOfChar(ch: string): {input: string; key: KeyEvent} {
	if (ch === '\r' || ch === '\n') return {input: '', key: {return: true}};
	if (ch === '\t') return {input: '', key: {tab: true}};
	// Backspace and Delete mean nothing outside the text boxes, which take their own input.
	if (ch === '\u007f' || ch === '\b') return {input: '', key: {}};
	if (ch === '\u001b') return {input: '', key: {escape: true, meta: true}};
	const code = ch.charCodeAt(0);
	if (code >= 1 && code <= 26) return {input: String.fromCharCode(code + 96), key: {ctrl: true}};
	return {input: ch, key: {shift: ch !== ch.toLowerCase()}};
}

/** Text typed into the open box before its input exists; an Enter in it submits, and what follows is keys again. */
function typeInto(state: State, text: string): State {
	const enter = text.indexOf('\r');
	const typed = enter < 0 ? text : text.slice(0, enter);
	const change: Action =
		state.mode === 'search'
			? {type: 'search.change', text: state.query + typed}
			: state.mode === 'listName'
				? {type: 'name.change', text: state.nameDraft + typed}
				: {type: 'find.change', text: (state.reader?.find ?? '') + typed};
	const next = reduce(state, change);
	if (enter < 0) return next;
	const submitted = reduce(next, {type: 'key', input: '', key: {return: true}});
	const after = text.slice(enter + 1);
	return after ? reduce(submitted, {type: 'key', input: after, key: {}}) : submitted;
}
