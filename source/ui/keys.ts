import {boxOf, runBoxCommand, setBox} from './core/boxes.js';
import {runBrowseCommand} from './browse/commands.js';
import {runConfirmCommand, runListsCommand} from './lists/commands.js';
import {runHelpCommand} from './help/commands.js';
import {runLinksCommand} from './browse/links.js';
import {runReaderCommand} from './reader/commands.js';
import {commandFor, isTyping, keyLabel, matches, type Command, type KeyEvent, type Mode} from './core/keymap.js';
import type {State, UserCommand} from './core/model.js';
import {editBox, insertText} from './core/text-box.js';
import {inRoom, moveTo, withEffect} from './core/navigate.js';
import {layout} from './core/geometry.js';
import {visibleRows} from './core/view.js';

/*
 * Keys as the reducer takes them: each mode's commands, the text boxes' editing, bursts of keys split one by one,
 * bracketed pastes kept out of the list.
 */

/**
 * What needs every paper, while only a large store's newest days are in: it is taken, said to be on its way, and run
 * when the rest is in (on the paper it was pressed on).
 */
const NEEDS_ALL = new Set<Command>(['sort.cycle', 'nav.last', 'group.cycle', 'new.next', 'new.prev', 'watch.cycle', 'similar.open']);

export function runCommand(state: State, command: Command): State {
	if (command === 'interrupt') return {...state, exit: {code: 130, papers: []}};
	if (command === 'quit') return {...state, exit: {code: 0, papers: []}};
	if (command === 'suspend') return withEffect(state, {kind: 'suspend'}, state.message);
	if (state.store.partial && state.mode === 'browse' && NEEDS_ALL.has(command)) {
		const paper = state.view.papers[state.cursor] ?? null;
		return {
			...state,
			message: `reading the rest of the store (${state.allPapers.length} papers so far): ${commandHelp(state, command)} comes when it is in`,
			store: {...state.store, pending: {command, paper}},
		};
	}
	// Another command than the one waiting: the user has moved on, and it is not run later over their work.
	const next = state.store.pending && !MOVES.has(command) ? {...state, store: {...state.store, pending: null}} : state;
	return BY_MODE[next.mode](next, command);
}

/** Keys that only look around: a command waiting for the store still runs after them. */
const MOVES = new Set<Command>([
	'nav.down',
	'nav.up',
	'nav.pageDown',
	'nav.pageUp',
	'nav.halfDown',
	'nav.halfUp',
	'nav.first',
	'day.next',
	'day.prev',
]);

/** The command waiting for the store, once the store (or the likeness model) is in; on the paper it was pressed on. */
export function runPending(state: State): State {
	const pending = state.store.pending;
	if (!pending || state.store.partial || state.mode !== 'browse') return state;
	const at = pending.paper ? state.view.papers.indexOf(pending.paper) : -1;
	return runCommand(inRoom(at >= 0 ? moveTo(state, at) : state, 'store', {pending: null}), pending.command);
}

/** A command's name as help gives it, short: `M: more like this`. */
function commandHelp(state: State, command: Command): string {
	const binding = state.keymap.find((b) => b.command === command);
	if (!binding) return command;
	return `${keyLabel(binding)} (${binding.help.split(/[:;(]/)[0]!.trim()})`;
}

/** Each mode's commands, by the room that runs them. */
const BY_MODE: {readonly [M in Mode]: (state: State, command: Command) => State} = {
	browse: runBrowseCommand,
	search: runBoxCommand,
	listName: runBoxCommand,
	lists: runListsCommand,
	links: runLinksCommand,
	reader: runReaderCommand,
	readerFind: runReaderCommand,
	toc: runReaderCommand,
	help: runHelpCommand,
	confirm: runConfirmCommand,
};

const PASTE_START = '[200~';
const PASTE_END = '[201~';

/** One key, as Ink reported it. Several typed keys can arrive as one string: each is applied, in order. */
export function pressKey(state: State, input: string, key: KeyEvent): State {
	if (input === PASTE_START || input === PASTE_END) return {...state, box: {...state.box, pasting: input === PASTE_START}};
	// A paste in the list is text, not a burst of commands; in a box it is typed where the cursor is.
	if (state.box.pasting) return isTyping(state.mode) ? setBox(state, insertText(boxOf(state), input)) : state;
	// A mouse report (SGR): acted on when the settings turned the mouse on, never read as keys either way.
	const mouse = MOUSE.exec(input);
	if (mouse) {
		const next = state.mouse ? mouseEvent(state, Number(mouse[1]), Number(mouse[2]), Number(mouse[3]), mouse[4] === 'M') : state;
		const rest = input.slice(mouse[0].length);
		return rest ? pressKey(next, rest, key) : next;
	}
	// A report that does not parse whole (cut, malformed, or X10's, which papers never asks for) is dropped whole:
	// read as keys, its M opened "more like this" and its space picked a paper.
	const broken = BROKEN_MOUSE.exec(input) ?? X10_MOUSE.exec(input);
	if (broken) {
		const rest = input.slice(broken[0].length);
		return rest ? pressKey(state, rest, key) : state;
	}
	if (input.length > 1 && !key.ctrl && !key.meta) return pressBurst(state, input);
	// The mode is read here, not where the key was caught: a key can reach a handler from the previous render.
	const own = state.mode === 'browse' ? state.userCommands.find((c) => matches(c.key, input, key)) : undefined;
	if (own && !state.exit) return runOwn(state, own);
	const command = commandFor(state.keymap, state.mode, input, key, state.scope.kind === 'list');
	if (state.exit) return state;
	if (command) return runCommand(state, command);
	if (isTyping(state.mode)) {
		const edited = editBox(boxOf(state), input, key);
		return edited ? setBox(state, edited) : state;
	}
	// In help and the link chooser, a key with no meaning there closes it, as in less and man.
	if (state.mode === 'confirm') return runConfirmCommand(state, 'confirm.no');
	return state.mode === 'help' ? runHelpCommand(state, 'help.close') : state.mode === 'links' ? runLinksCommand(state, 'back') : state;
}

/** A command of the user's settings: on the picks, or the current paper. */
function runOwn(state: State, own: UserCommand): State {
	const current = state.view.papers[state.cursor];
	const papers = state.picks.size > 0 ? [...state.picks.values()] : current ? [current] : [];
	if (papers.length === 0) return state;
	return withEffect(state, {kind: 'user.run', command: own, papers}, own.foreground ? null : `running ${own.argv[0]}…`);
}

/** `ESC [ < button ; column ; row M` (pressed) or `m` (released), as Ink hands it over without its ESC. */
const MOUSE = /^\u001b?\[<(\d+);(\d+);(\d+)([Mm])/;
/** The start of an SGR report, up to where it stops being one: what MOUSE could not read whole. */
const BROKEN_MOUSE = /^\u001b?\[<[\d;]*[Mm]?/;
/** An X10 report: `ESC [ M` and three bytes (button, column, row, each plus 32). */
const X10_MOUSE = /^\u001b?\[M[\u0020-\u00ff]{3}/;

/** A wheel scrolls what is under the pointer (the list, the pane, the reader, help) by three; a click picks a row of the list. */
function mouseEvent(state: State, button: number, x: number, y: number, pressed: boolean): State {
	if (button === 64 || button === 65) {
		const shape = layout(state.viewport);
		const inPane = state.mode === 'browse' && (shape.sideBySide ? x > shape.listWidth + 1 : y > shape.listHeight + 2);
		const command: Command = inPane ? (button === 64 ? 'abstract.up' : 'abstract.down') : button === 64 ? 'nav.up' : 'nav.down';
		let next = state;
		for (let i = 0; i < 3; i++) next = BY_MODE[next.mode](next, command);
		return next;
	}
	if (button !== 0 || !pressed || state.mode !== 'browse') return state;
	const shape = layout(state.viewport);
	if (y < 2 || y > shape.listHeight + 1 || (shape.sideBySide && x > shape.listWidth)) return state;
	const row = visibleRows(state.view, state.top, shape.listHeight)[y - 2];
	return row?.kind === 'paper' ? moveTo(state, row.index) : state;
}

/** A run of printable characters at the start of a burst's rest. */
const TEXT_RUN = /^[^\u0000-\u001f\u007f]+/u;

/**
 * Keys that came as one string (a fast typist, keys typed while papers starts, a loaded machine), in order. Ink
 * splits a burst at its escape sequences, not at control characters: `jj\r` comes as one string. In a box, a run
 * of letters is typed at once (one search, not one per letter); Enter in it does what Enter does there, and what
 * follows is keys again.
 */
function pressBurst(state: State, input: string): State {
	let next = state;
	let rest = input;
	while (rest && !next.exit) {
		const run = isTyping(next.mode) ? TEXT_RUN.exec(rest) : null;
		if (run) {
			next = setBox(next, insertText(boxOf(next), run[0]));
			rest = rest.slice(run[0].length);
			continue;
		}
		const ch = String.fromCodePoint(rest.codePointAt(0)!);
		rest = rest.slice(ch.length);
		const one = keyOfChar(ch);
		next = pressKey(next, one.input, one.key);
	}
	return next;
}

/** One character of a burst as Ink reports it when it comes alone. */
function keyOfChar(ch: string): {input: string; key: KeyEvent} {
	if (ch === '\r' || ch === '\n') return {input: '', key: {return: true}};
	if (ch === '\t') return {input: '', key: {tab: true}};
	if (ch === '\u007f' || ch === '\b') return {input: '', key: {delete: true}};
	if (ch === '\u001b') return {input: '', key: {escape: true, meta: true}};
	const code = ch.charCodeAt(0);
	if (code >= 1 && code <= 26) return {input: String.fromCharCode(code + 96), key: {ctrl: true}};
	return {input: ch, key: {shift: ch !== ch.toLowerCase()}};
}
