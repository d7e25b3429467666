/*
 * Every key papers answers to, as data: the input hook matches against it, the help overlay and the footer hints
 * are drawn from it, and a test checks that each binding shows in the help. Adding a key here is the whole job.
 */

/** Where the keyboard is: the list of papers, the search box, the help overlay, the reading lists, the list-name box. */
export type Mode = 'browse' | 'search' | 'help' | 'lists' | 'listName';

export type Command =
	| 'nav.down'
	| 'nav.up'
	| 'nav.pageDown'
	| 'nav.pageUp'
	| 'nav.halfDown'
	| 'nav.halfUp'
	| 'nav.first'
	| 'nav.last'
	| 'day.next'
	| 'day.prev'
	| 'search.open'
	| 'search.accept'
	| 'search.cancel'
	| 'name.accept'
	| 'sort.cycle'
	| 'pick.toggle'
	| 'finish'
	| 'abstract.down'
	| 'abstract.up'
	| 'open.url'
	| 'save.toggle'
	| 'save.to'
	| 'lists.open'
	| 'lists.enter'
	| 'list.remove'
	| 'list.undo'
	| 'list.read'
	| 'back'
	| 'help.toggle'
	| 'quit'
	| 'interrupt';

/** What Ink reports of a key press; only the fields the key map looks at. */
export type KeyEvent = {
	upArrow?: boolean;
	downArrow?: boolean;
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

type NamedKey = 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab';

export type KeySpec = {
	/** The character typed (`j`, `G`, `?`, ` `); with ctrl, the letter. */
	input?: string;
	key?: NamedKey;
	ctrl?: boolean;
	/** How help shows it. */
	label: string;
};

export type Binding = {
	command: Command;
	keys: KeySpec[];
	/** One line in the help overlay. */
	help: string;
	modes: Mode[];
	/** Short text for the footer; bindings without it show only in help. */
	hint?: string;
	/** In browse mode, only while browsing a reading list. */
	listOnly?: boolean;
};

const k = (input: string, label = input): KeySpec => ({input, label});
const named = (key: NamedKey, label: string): KeySpec => ({key, label});
const ctrl = (input: string): KeySpec => ({input, ctrl: true, label: `Ctrl-${input}`});

export const KEYMAP: readonly Binding[] = [
	{command: 'nav.down', keys: [k('j'), named('downArrow', '↓')], help: 'next paper', modes: ['browse', 'search', 'lists'], hint: 'move'},
	{command: 'nav.up', keys: [k('k'), named('upArrow', '↑')], help: 'previous paper', modes: ['browse', 'search', 'lists']},
	// Not in the search box: the text input takes Ctrl-letters as letters.
	{command: 'nav.pageDown', keys: [named('pageDown', 'PgDn'), ctrl('f')], help: 'page down', modes: ['browse']},
	{command: 'nav.pageUp', keys: [named('pageUp', 'PgUp'), ctrl('b')], help: 'page up', modes: ['browse']},
	{command: 'nav.halfDown', keys: [ctrl('d')], help: 'half a page down', modes: ['browse']},
	{command: 'nav.halfUp', keys: [ctrl('u')], help: 'half a page up', modes: ['browse']},
	{command: 'nav.first', keys: [k('g'), named('home', 'Home')], help: 'first paper', modes: ['browse', 'lists']},
	{command: 'nav.last', keys: [k('G'), named('end', 'End')], help: 'last paper', modes: ['browse', 'lists']},
	{command: 'day.next', keys: [k(']')], help: 'next day (its first paper)', modes: ['browse'], hint: 'day'},
	{command: 'day.prev', keys: [k('[')], help: 'previous day (its first paper)', modes: ['browse']},
	{command: 'search.open', keys: [k('/')], help: 'search title, abstract and authors', modes: ['browse'], hint: 'search'},
	{command: 'search.accept', keys: [named('return', 'Enter')], help: 'keep the filter', modes: ['search'], hint: 'keep'},
	{command: 'search.cancel', keys: [named('escape', 'Esc')], help: 'clear the filter', modes: ['search'], hint: 'clear'},
	{command: 'name.accept', keys: [named('return', 'Enter')], help: 'save to the list of that name', modes: ['listName'], hint: 'save'},
	{command: 'sort.cycle', keys: [k('s')], help: 'sort: upvotes, date, title', modes: ['browse'], hint: 'sort'},
	{
		command: 'pick.toggle',
		keys: [k(' ', 'Space'), named('tab', 'Tab')],
		help: 'pick or unpick, then move down',
		modes: ['browse'],
		hint: 'pick',
	},
	{
		command: 'finish',
		keys: [named('return', 'Enter')],
		help: 'print the picks (or this paper) to stdout and exit',
		modes: ['browse'],
		hint: 'print',
	},
	{command: 'abstract.down', keys: [k('J')], help: 'scroll the abstract down', modes: ['browse']},
	{command: 'abstract.up', keys: [k('K')], help: 'scroll the abstract up', modes: ['browse']},
	{command: 'open.url', keys: [k('o')], help: 'open the paper in the browser', modes: ['browse'], hint: 'open'},
	{command: 'save.toggle', keys: [k('b')], help: 'save to / remove from "later"', modes: ['browse'], hint: 'save'},
	{command: 'save.to', keys: [k('B')], help: 'save to a list by name', modes: ['browse']},
	{command: 'lists.open', keys: [k('L')], help: 'reading lists', modes: ['browse'], hint: 'lists'},
	{command: 'lists.enter', keys: [named('return', 'Enter')], help: 'open the list', modes: ['lists'], hint: 'open'},
	{command: 'list.remove', keys: [k('d')], help: 'remove from this list', modes: ['browse'], listOnly: true, hint: 'remove'},
	{command: 'list.undo', keys: [k('u')], help: 'undo the last removal', modes: ['browse'], listOnly: true, hint: 'undo'},
	{command: 'list.read', keys: [k('r')], help: 'mark read / unread', modes: ['browse'], listOnly: true, hint: 'read'},
	{command: 'back', keys: [named('escape', 'Esc')], help: 'back', modes: ['browse', 'lists', 'listName'], listOnly: true, hint: 'back'},
	{command: 'help.toggle', keys: [k('?')], help: 'this help', modes: ['browse', 'help', 'lists'], hint: 'help'},
	{command: 'quit', keys: [k('q')], help: 'quit, printing nothing', modes: ['browse', 'help', 'lists'], hint: 'quit'},
	{
		command: 'interrupt',
		keys: [ctrl('c')],
		help: 'quit, printing nothing (exit 130)',
		modes: ['browse', 'search', 'help', 'lists', 'listName'],
	},
];

function matches(spec: KeySpec, input: string, key: KeyEvent): boolean {
	if (spec.key) return Boolean(key[spec.key]);
	if (Boolean(spec.ctrl) !== Boolean(key.ctrl)) return false;
	return input === spec.input;
}

/** The command a key press means in this mode, or null. In help, any unbound key closes it. */
export function commandFor(mode: Mode, input: string, key: KeyEvent, inList = false): Command | null {
	for (const binding of KEYMAP) {
		if (!binding.modes.includes(mode) || (binding.listOnly && mode === 'browse' && !inList)) continue;
		// In the text boxes a printable key is text, not a command.
		const typing = mode === 'search' || mode === 'listName';
		if (binding.keys.some((spec) => !(typing && spec.input !== undefined && !spec.ctrl) && matches(spec, input, key)))
			return binding.command;
	}
	return mode === 'help' ? 'help.toggle' : null;
}

/** `j/↓` for a binding: its keys as help shows them. */
export function keyLabel(binding: Binding): string {
	return binding.keys.map((s) => s.label).join('/');
}

/** The footer: the hinted bindings that work here, `key label` pairs. */
export function hintsFor(mode: Mode, inList = false): Array<{keys: string; hint: string}> {
	const usable = KEYMAP.filter((b) => b.hint && b.modes.includes(mode) && !(b.listOnly && mode === 'browse' && !inList));
	// The footer is cut at the terminal's width: help and quit first, then a list's own keys, then the rest.
	const rank = (b: Binding) => (b.command === 'help.toggle' || b.command === 'quit' ? 0 : inList && b.listOnly ? 1 : 2);
	const ordered = [...usable].sort((a, b) => rank(a) - rank(b));
	return ordered.map((b) => ({
		keys: b.keys[0]!.label,
		hint: b.hint!,
	}));
}

/** The help overlay, one line per binding, grouped by where it works. */
export function helpSections(): Array<{title: string; lines: Array<{keys: string; help: string}>}> {
	const sections: Array<{title: string; test: (b: Binding) => boolean}> = [
		{title: 'Browsing', test: (b) => b.modes.includes('browse') && !b.listOnly},
		{title: 'In a reading list', test: (b) => b.modes.includes('browse') && Boolean(b.listOnly)},
		{title: 'Search box', test: (b) => b.modes.includes('search') && !b.modes.includes('browse')},
		{title: 'Reading lists', test: (b) => b.modes.includes('lists') && !b.modes.includes('browse')},
		{title: 'List name box', test: (b) => b.modes.includes('listName') && b.command !== 'interrupt'},
	];
	return sections.map((s) => ({title: s.title, lines: KEYMAP.filter(s.test).map((b) => ({keys: keyLabel(b), help: b.help}))}));
}
