import type {KeySpec, NamedKey} from '../../user-command.js';
export type {KeySpec} from '../../user-command.js';
/*
 * Every key papers answers to, as data: the reducer resolves keys against it, the help overlay and the footer hints
 * are drawn from it. `Command` is the set of its names, and each mode's handlers are typed against the commands
 * bound in that mode (each screen's commands.ts, joined in core/dispatch.ts): a binding without a handler, or a handler without a binding, does not compile.
 */

/** Where the keyboard is: the list of papers, the search box, the help overlay, the reading lists, the list-name box, the link chooser. */
export const MODES = ['browse', 'search', 'help', 'lists', 'listName', 'links', 'reader', 'readerFind', 'toc', 'confirm'] as const;
export type Mode = (typeof MODES)[number];

/** What Ink reports of a key press; only the fields the key map looks at. */
export type KeyEvent = {
	upArrow?: boolean;
	downArrow?: boolean;
	leftArrow?: boolean;
	rightArrow?: boolean;
	backspace?: boolean;
	delete?: boolean;
	pageUp?: boolean;
	pageDown?: boolean;
	home?: boolean;
	end?: boolean;
	return?: boolean;
	escape?: boolean;
	tab?: boolean;
	ctrl?: boolean;
	meta?: boolean;
	shift?: boolean;
};

/** When a browse binding is offered in the footer and help: always, only inside a reading list. */
export type Shown = 'always' | 'inList';

type BindingSpec = {
	readonly keys: readonly KeySpec[];
	/** One line in the help overlay. */
	readonly help: string;
	readonly modes: readonly Mode[];
	/** Short text for the footer; bindings without it show only in help. */
	readonly hint?: string;
	readonly shown?: Shown;
};

const k = (input: string, label = input): KeySpec => ({input, label});
const named = (key: NamedKey, label: string): KeySpec => ({key, label});
const ctrl = (input: string): KeySpec => ({input, ctrl: true, label: `Ctrl-${input}`});
/** The link chooser's keys: the nth link of the paper. One line in help for them all (helpSections joins them). */
const linkBinding = (key: string) => ({keys: [k(key)], help: 'open the link of that number or letter', modes: ['links'] as const});

const BINDINGS = {
	'nav.down': {
		keys: [k('j'), named('downArrow', '↓')],
		help: 'next paper (in help: scroll)',
		modes: ['browse', 'search', 'lists', 'help', 'reader', 'toc'],
		hint: 'move',
	},
	'nav.up': {
		keys: [k('k'), named('upArrow', '↑')],
		help: 'previous paper (in help: scroll)',
		modes: ['browse', 'search', 'lists', 'help', 'reader', 'toc'],
	},
	// Not in the search box: the text input takes Ctrl-letters as letters.
	'nav.pageDown': {keys: [named('pageDown', 'PgDn'), ctrl('f')], help: 'page down', modes: ['browse', 'help', 'reader']},
	'nav.pageUp': {keys: [named('pageUp', 'PgUp'), ctrl('b')], help: 'page up', modes: ['browse', 'help', 'reader']},
	'nav.halfDown': {keys: [ctrl('d')], help: 'half a page down', modes: ['browse', 'reader']},
	'nav.halfUp': {keys: [ctrl('u')], help: 'half a page up', modes: ['browse', 'reader']},
	'nav.first': {
		keys: [k('g'), named('home', 'Home')],
		help: 'first paper (in the reader: the top)',
		modes: ['browse', 'lists', 'help', 'reader', 'toc'],
	},
	'nav.last': {
		keys: [k('G'), named('end', 'End')],
		help: 'last paper (in the reader: the end)',
		modes: ['browse', 'lists', 'help', 'reader', 'toc'],
	},
	'day.next': {keys: [k(']')], help: 'next day, week or month (its first paper)', modes: ['browse'], hint: 'day'},
	'day.prev': {keys: [k('[')], help: 'previous day, week or month (its first paper)', modes: ['browse']},
	'new.next': {keys: [k('n')], help: 'next new paper (not seen yet)', modes: ['browse'], hint: 'new'},
	'new.prev': {keys: [k('N')], help: 'previous new paper', modes: ['browse']},
	'seen.day': {keys: [k('m')], help: "mark the day's papers seen (all seen: new again)", modes: ['browse']},
	'seen.unmark': {keys: [k('U')], help: 'mark this paper new again (not seen)', modes: ['browse']},
	refresh: {keys: [k('R')], help: 'refresh: today and yesterday again, and any day missing', modes: ['browse']},
	'search.open': {keys: [k('/')], help: 'search: words, "phrases", -not, author: and more (below)', modes: ['browse'], hint: 'search'},
	'search.accept': {keys: [named('return', 'Enter')], help: 'keep the filter', modes: ['search'], hint: 'keep'},
	'search.cancel': {keys: [named('escape', 'Esc')], help: 'clear the filter', modes: ['search'], hint: 'clear'},
	'search.remote': {
		keys: [ctrl('r')],
		help: 'ask Hugging Face: every paper it indexes, not only the store',
		modes: ['search'],
		hint: 'Hugging Face',
	},
	'name.complete': {keys: [named('tab', 'Tab')], help: 'complete the tag, or the list name', modes: ['listName']},
	'name.accept': {
		keys: [named('return', 'Enter')],
		help: 'save (or move, rename, copy) to the list of that name',
		modes: ['listName'],
		hint: 'ok',
	},
	'sort.cycle': {keys: [k('s')], help: 'sort: upvotes, date, title, for you (like your saved papers)', modes: ['browse'], hint: 'sort'},
	'trending.toggle': {
		keys: [k('T')],
		help: 'trending (fetched if none or over an hour old), or the days',
		modes: ['browse'],
	},
	'group.cycle': {keys: [k('w')], help: 'group by day, ISO week or month', modes: ['browse']},
	'pick.toggle': {keys: [k(' ', 'Space'), named('tab', 'Tab')], help: 'pick or unpick, then move down', modes: ['browse'], hint: 'pick'},
	finish: {keys: [named('return', 'Enter')], help: 'print the picks (or this paper) to stdout and exit', modes: ['browse'], hint: 'print'},
	'abstract.down': {keys: [k('J')], help: 'scroll the abstract down', modes: ['browse']},
	'abstract.up': {keys: [k('K')], help: 'scroll the abstract up', modes: ['browse']},
	'authors.toggle': {keys: [k('A')], help: 'all authors, or the first lines', modes: ['browse']},
	'open.url': {keys: [k('o')], help: 'open the paper on Hugging Face (or search for its title)', modes: ['browse'], hint: 'open'},
	'watch.cycle': {keys: [k('W')], help: 'watched papers only; again: one rule at a time, then all', modes: ['browse']},
	'similar.open': {keys: [k('M')], help: 'more like this: the papers most like this one (Esc comes back)', modes: ['browse']},
	'reader.open': {keys: [k('v')], help: "read the paper's full text (fetched once, kept for offline)", modes: ['browse']},
	'note.edit': {keys: [k('e')], help: "edit the paper's note in $VISUAL or $EDITOR", modes: ['browse']},
	'tags.edit': {keys: [k('t')], help: "edit the paper's tags (Tab completes a tag you used before)", modes: ['browse']},
	'pdf.fetch': {keys: [k('D')], help: 'download the PDF into the data folder (O then opens it)', modes: ['browse']},
	'zotero.send': {keys: [k('Z')], help: 'send the picks (or this paper) to a running Zotero', modes: ['browse']},
	'section.next': {keys: [k(']')], help: 'next section heading', modes: ['reader'], hint: 'section'},
	'section.prev': {keys: [k('[')], help: 'previous section heading', modes: ['reader']},
	'toc.open': {keys: [k('t')], help: 'table of contents', modes: ['reader'], hint: 'contents'},
	'toc.jump': {keys: [named('return', 'Enter')], help: 'go to that section', modes: ['toc'], hint: 'go'},
	'find.open': {keys: [k('/')], help: 'find in the text', modes: ['reader'], hint: 'find'},
	'find.accept': {keys: [named('return', 'Enter')], help: 'go to the first match', modes: ['readerFind'], hint: 'find'},
	'find.next': {keys: [k('n')], help: 'next match', modes: ['reader'], hint: 'next'},
	'find.prev': {keys: [k('N')], help: 'previous match', modes: ['reader']},
	'reader.refetch': {keys: [k('R')], help: 'fetch the text again', modes: ['reader']},
	'reader.close': {keys: [k('q'), named('escape', 'Esc')], help: 'back to the list, on the same paper', modes: ['reader'], hint: 'back'},
	'links.open': {keys: [k('O')], help: 'open a link: arXiv, PDF, GitHub, project, models, datasets, Spaces…', modes: ['browse']},
	'link.copy': {keys: [k('y')], help: "copy the paper's link (OSC 52), and show it", modes: ['browse']},
	'link.1': linkBinding('1'),
	'link.2': linkBinding('2'),
	'link.3': linkBinding('3'),
	'link.4': linkBinding('4'),
	'link.5': linkBinding('5'),
	'link.6': linkBinding('6'),
	'link.7': linkBinding('7'),
	'link.8': linkBinding('8'),
	'link.9': linkBinding('9'),
	'link.10': linkBinding('a'),
	'link.11': linkBinding('b'),
	'link.12': linkBinding('c'),
	'link.13': linkBinding('d'),
	'link.14': linkBinding('e'),
	'save.toggle': {keys: [k('b')], help: 'save to / remove from "later"', modes: ['browse'], hint: 'save'},
	'save.to': {keys: [k('B')], help: 'save to a list by name', modes: ['browse']},
	'lists.open': {keys: [k('L')], help: 'reading lists', modes: ['browse'], hint: 'lists'},
	'lists.enter': {keys: [named('return', 'Enter')], help: 'open the list', modes: ['lists'], hint: 'open'},
	'list.remove': {keys: [k('d')], help: 'remove from this list', modes: ['browse'], shown: 'inList', hint: 'remove'},
	'list.undo': {keys: [k('u')], help: 'undo the last removal', modes: ['browse'], shown: 'inList', hint: 'undo'},
	'list.read': {keys: [k('r')], help: 'mark read / unread', modes: ['browse'], shown: 'inList', hint: 'read'},
	'list.move': {keys: [k('>')], help: 'move to another list', modes: ['browse'], shown: 'inList', hint: 'move'},
	'lists.remove': {keys: [k('d')], help: 'remove the list (asks first; a copy is kept)', modes: ['lists'], hint: 'remove'},
	'lists.rename': {keys: [k('r')], help: 'rename the list', modes: ['lists'], hint: 'rename'},
	'lists.copy': {keys: [k('c')], help: 'copy the list to a new name (or into another list)', modes: ['lists'], hint: 'copy'},
	'confirm.yes': {keys: [k('y')], help: 'yes, do it', modes: ['confirm'], hint: 'yes'},
	'confirm.no': {keys: [k('n'), named('escape', 'Esc')], help: 'no (so does any other key)', modes: ['confirm'], hint: 'no'},
	back: {
		keys: [named('escape', 'Esc')],
		help: 'clear the kept filter; else leave the list or box',
		modes: ['browse', 'lists', 'listName', 'links', 'readerFind', 'toc'],
		shown: 'inList',
		hint: 'back',
	},
	'help.toggle': {keys: [k('?')], help: 'this help (q, Esc or ? closes it)', modes: ['browse', 'lists'], hint: 'help'},
	'help.close': {
		keys: [k('q'), k('?'), named('escape', 'Esc')],
		help: 'close the help (so does any key without a meaning here)',
		modes: ['help'],
		hint: 'close',
	},
	quit: {keys: [k('q')], help: 'quit, printing nothing', modes: ['browse', 'lists'], hint: 'quit'},
	suspend: {
		keys: [ctrl('z')],
		help: 'suspend papers, as any shell job (fg brings it back)',
		modes: ['browse', 'search', 'help', 'lists', 'listName', 'links', 'reader', 'readerFind', 'toc', 'confirm'],
	},
	interrupt: {
		keys: [ctrl('c')],
		help: 'quit, printing nothing (exit 130)',
		modes: ['browse', 'search', 'help', 'lists', 'listName', 'links', 'reader', 'readerFind', 'toc', 'confirm'],
	},
} as const satisfies Record<string, BindingSpec>;

type Bindings = typeof BINDINGS;
export type Command = keyof Bindings;
/** The commands bound in mode M: what that mode's handler table must cover, no more, no less. */
export type CommandsIn<M extends Mode> = {[C in Command]: M extends Bindings[C]['modes'][number] ? C : never}[Command];
/** The commands that mean the same in every mode (keys.ts runs them); the rest is each mode's own table. */
export type EveryMode = 'interrupt' | 'suspend' | 'quit';
export type ModeCommands<M extends Mode> = Exclude<CommandsIn<M>, EveryMode>;

export type Binding = BindingSpec & {readonly command: Command};

export const KEYMAP: readonly Binding[] = (Object.entries(BINDINGS) as Array<[Command, BindingSpec]>).map(([command, spec]) => ({
	command,
	...spec,
}));

export function matches(spec: KeySpec, input: string, key: KeyEvent): boolean {
	if (spec.key) return Boolean(key[spec.key]);
	if (Boolean(spec.ctrl) !== Boolean(key.ctrl)) return false;
	return input === spec.input;
}

const offered = (binding: Binding, mode: Mode, inList: boolean) =>
	binding.modes.includes(mode) && !(mode === 'browse' && binding.shown === 'inList' && !inList && binding.command !== 'back');

/** The modes where printable keys are text, typed into a box at its cursor. */
export const isTyping = (mode: Mode) => mode === 'search' || mode === 'listName' || mode === 'readerFind';

/** The command a key press means in this mode, or null. */
export function commandFor(keymap: readonly Binding[], mode: Mode, input: string, key: KeyEvent, inList = false): Command | null {
	// In the text boxes a printable key is text, not a command.
	const typing = isTyping(mode);
	for (const binding of keymap) {
		if (!offered(binding, mode, inList)) continue;
		if (binding.keys.some((spec) => !(typing && spec.input !== undefined && !spec.ctrl) && matches(spec, input, key)))
			return binding.command;
	}
	return null;
}

/** `j/↓` for a binding: its keys as help shows them. */
export function keyLabel(binding: Binding): string {
	return binding.keys.map((s) => s.label).join('/');
}

/** The footer: the hinted bindings that work here, `key label` pairs. `back` shows while there is something to go back from. */
export function hintsFor(
	keymap: readonly Binding[],
	mode: Mode,
	context: {inList?: boolean; canGoBack?: boolean; seenKept?: boolean} = {},
): Array<{keys: string; hint: string}> {
	const inList = Boolean(context.inList);
	const usable = keymap.filter(
		(b) =>
			b.hint &&
			offered(b, mode, inList) &&
			(b.command !== 'back' || mode !== 'browse' || inList || context.canGoBack) &&
			(b.command !== 'new.next' || context.seenKept),
	);
	// The footer is cut at the terminal's width: help and quit first, then a list's own keys, then the rest.
	const first = new Set<Command>(['help.toggle', 'quit', 'help.close']);
	const rank = (b: Binding) => (first.has(b.command) ? 0 : inList && b.shown === 'inList' ? 1 : 2);
	return [...usable].sort((a, b) => rank(a) - rank(b)).map((b) => ({keys: b.keys[0]!.label, hint: b.hint!}));
}

/** The help overlay's sections, one line per binding, grouped by where it works. */
export function helpSections(keymap: readonly Binding[] = KEYMAP): Array<{title: string; lines: Array<{keys: string; help: string}>}> {
	const sections: Array<{title: string; test: (b: Binding) => boolean}> = [
		{title: 'Browsing', test: (b) => b.modes.includes('browse') && b.shown !== 'inList'},
		{title: 'In a reading list', test: (b) => b.modes.includes('browse') && b.shown === 'inList'},
		{title: 'Search box', test: (b) => b.modes.includes('search') && !b.modes.includes('browse')},
		{title: 'Reading lists', test: (b) => b.modes.includes('lists') && !b.modes.includes('browse')},
		{title: 'Asked to confirm', test: (b) => b.modes.includes('confirm') && !b.modes.includes('browse')},
		{title: 'List name box', test: (b) => b.modes.includes('listName') && !b.modes.includes('browse') && b.command !== 'interrupt'},
		{title: 'Help', test: (b) => b.modes.includes('help') && !b.modes.includes('browse')},
		{title: 'Link chooser (O)', test: (b) => b.modes.includes('links') && !b.modes.includes('browse') && b.command !== 'interrupt'},
		{title: 'Reader (v)', test: (b) => b.modes.includes('reader') && !b.modes.includes('browse')},
		{
			title: 'Reader: find and contents',
			test: (b) =>
				(b.modes.includes('readerFind') || b.modes.includes('toc')) &&
				!b.modes.includes('browse') &&
				!b.modes.includes('reader') &&
				b.command !== 'back',
		},
	];
	return sections.map((s) => ({
		title: s.title,
		lines: joinSameHelp(keymap.filter(s.test).map((b) => ({keys: keyLabel(b), help: b.help}))),
	}));
}

/** Bindings next to each other that do the same (the link chooser's 1 to 9, a to e) are one line of help. */
function joinSameHelp(lines: Array<{keys: string; help: string}>): Array<{keys: string; help: string}> {
	const out: Array<{keys: string; help: string}> = [];
	for (const line of lines) {
		const last = out.at(-1);
		if (last?.help === line.help) last.keys = `${last.keys} ${line.keys}`;
		else out.push({...line});
	}
	return out;
}
