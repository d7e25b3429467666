import {cachedBy} from '../cache.js';
import {longDate} from '../digest/dates.js';
import {matchesText, orderPapers, searchWords, SORT_KEYS, type SortKey} from '../digest/library.js';
import {paperKey, type Paper} from '../digest/paper.js';
import {cleanListName, DEFAULT_LIST, listHas, summarize, type ListEntry, type ReadingLists} from '../lists/model.js';
import {commandFor, type Command, type KeyEvent, type Mode} from './keymap.js';
import {abstractLineCount, layout, type Viewport} from './layout.js';

/*
 * The browser as a pure function: every key press is an action, every screen a function of this state.
 * Nothing here touches Ink, files or the terminal; what must happen outside (open a URL, write a list) is queued
 * as an effect for the app to run, and its outcome comes back as an action.
 */

/** What the list shows: the loaded digests, or one reading list. */
export type Scope = {kind: 'library'} | {kind: 'list'; name: string};

/** A day's run of papers in the view. */
export type Group = {
	date: string | null;
	/** Index in view.papers of the group's first paper. */
	start: number;
	count: number;
};

/** The papers on screen, in order, with their day groups. Each group is drawn as a header row then its papers. */
export type View = {
	papers: readonly Paper[];
	groups: readonly Group[];
	/** The query this view was filtered with, to narrow it further without starting over. */
	query: string;
};

export type Effect =
	| {kind: 'open'; url: string}
	| {kind: 'save.toggle'; list: string; paper: Paper}
	| {kind: 'save.to'; list: string; paper: Paper}
	| {kind: 'list.remove'; list: string; key: string}
	| {kind: 'list.restore'; list: string; entry: ListEntry; index: number}
	| {kind: 'list.read'; list: string; key: string; read: boolean};

export type Exit = {code: number; papers: Paper[]};

export type State = {
	/** Every paper the browser was started with (after the command-line filters). */
	library: readonly Paper[];
	/** Where the papers came from, for the header. */
	origin: string;
	scope: Scope;
	lists: ReadingLists;
	sort: SortKey;
	/** The search filter, live as it is typed. */
	query: string;
	view: View;
	/** Index in view.papers of the current paper. */
	cursor: number;
	/** Index of the first visible row (header rows count). */
	top: number;
	/** Picked papers by key, in the order they were picked. */
	picks: ReadonlyMap<string, Paper>;
	/** First visible line of the abstract pane. */
	abstractScroll: number;
	mode: Mode;
	/** The mode help or a box returns to. */
	previousMode: Mode;
	/** Current row in the reading lists view. */
	listsCursor: number;
	/** The list name being typed after `B`. */
	nameDraft: string;
	/** One line for the footer, until the next key. */
	message: string | null;
	viewport: Viewport;
	/** What the app must do outside the state, oldest first. */
	effects: readonly Effect[];
	/** Set when the browser is done: the app unmounts and the CLI prints `papers`. */
	exit: Exit | null;
	/** The last entry `d` removed, for `u`. */
	lastRemoved: {list: string; entry: ListEntry; index: number} | null;
};

export type Action =
	| {type: 'key'; input: string; key: KeyEvent}
	| {type: 'command'; command: Command}
	| {type: 'search.change'; text: string}
	| {type: 'name.change'; text: string}
	| {type: 'resize'; viewport: Viewport}
	| {type: 'lists.loaded'; lists: ReadingLists; message?: string | null}
	| {type: 'effects.taken'; count: number}
	| {type: 'message'; text: string | null};

export type InitOptions = {
	papers: readonly Paper[];
	origin: string;
	sort?: SortKey;
	query?: string;
	lists?: ReadingLists;
	viewport?: Viewport;
	/** Start on this day's first paper, when it has any. */
	day?: string | null;
	/** Start inside this reading list. */
	list?: string | null;
	message?: string | null;
};

// Sorting 20,000 papers per key press would lag: keep one ordering per papers array and sort key.
const orderCache = new WeakMap<readonly Paper[], Map<SortKey, Paper[]>>();

function ordered(papers: readonly Paper[], sort: SortKey): Paper[] {
	return cachedBy(orderCache, papers, sort, () => orderPapers(papers, sort));
}

const listPaperCache = new WeakMap<readonly ListEntry[], Paper[]>();

/** The papers in scope, before search. */
export function scopePapers(state: Pick<State, 'scope' | 'library' | 'lists'>): readonly Paper[] {
	if (state.scope.kind === 'library') return state.library;
	const entries = state.lists[state.scope.name] ?? [];
	let papers = listPaperCache.get(entries);
	if (!papers) {
		papers = entries.map((e) => e.paper);
		listPaperCache.set(entries, papers);
	}
	return papers;
}

function groupsOf(papers: readonly Paper[]): Group[] {
	const groups: Group[] = [];
	papers.forEach((paper, index) => {
		const last = groups.at(-1);
		if (last && last.date === paper.date) last.count++;
		else groups.push({date: paper.date, start: index, count: 1});
	});
	return groups;
}

export function buildView(all: readonly Paper[], sort: SortKey, query: string, previous?: View): View {
	const base = ordered(all, sort);
	const words = searchWords(query);
	// Typing on narrows: whatever matches "rein" matched "rei", so filter the last result instead of everything.
	const from = previous && previous.query !== '' && query.startsWith(previous.query) ? previous.papers : base;
	const papers = words.length === 0 ? base : from.filter((p) => matchesText(p, words));
	return {papers, groups: groupsOf(papers), query};
}

/** Index of the group holding paper i (binary search: no per-key work that grows with the library). */
export function groupIndexOf(view: View, i: number): number {
	let lo = 0;
	let hi = view.groups.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (view.groups[mid]!.start <= i) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Row of paper i: every group before it, and its own, adds a header row. */
export function rowOfPaper(view: View, i: number): number {
	return i + groupIndexOf(view, i) + 1;
}

export function rowCount(view: View): number {
	return view.papers.length + view.groups.length;
}

export type Row = {kind: 'header'; group: Group} | {kind: 'paper'; index: number; paper: Paper};

/** The rows from `top`, at most `count` of them: only what is seen is built. */
export function visibleRows(view: View, top: number, count: number): Row[] {
	const rows: Row[] = [];
	if (view.papers.length === 0) return rows;
	// Find the group whose header row is at or before top.
	let g = 0;
	let lo = 0;
	let hi = view.groups.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (view.groups[mid]!.start + mid <= top) {
			g = mid;
			lo = mid + 1;
		} else hi = mid - 1;
	}
	let row = view.groups[g]!.start + g;
	while (rows.length < count && g < view.groups.length) {
		const group = view.groups[g]!;
		if (row >= top) rows.push({kind: 'header', group});
		row++;
		for (let i = 0; i < group.count && rows.length < count; i++, row++) {
			if (row >= top) rows.push({kind: 'paper', index: group.start + i, paper: view.papers[group.start + i]!});
		}
		g++;
	}
	return rows;
}

export function currentPaper(state: Pick<State, 'view' | 'cursor'>): Paper | null {
	return state.view.papers[state.cursor] ?? null;
}

export function inList(state: Pick<State, 'scope'>): boolean {
	return state.scope.kind === 'list';
}

/** Keeps the cursor's row inside the window, and the day header above a day's first paper. */
function scrollToCursor(state: State): State {
	const {listHeight} = layout(state.viewport);
	const total = rowCount(state.view);
	if (state.view.papers.length === 0) return {...state, top: 0, cursor: 0};
	const row = rowOfPaper(state.view, state.cursor);
	const group = state.view.groups[groupIndexOf(state.view, state.cursor)]!;
	const wanted = group.start === state.cursor ? row - 1 : row;
	let top = state.top;
	if (wanted < top) top = wanted;
	if (row >= top + listHeight) top = row - listHeight + 1;
	top = Math.max(0, Math.min(top, Math.max(0, total - listHeight)));
	return {...state, top};
}

function moveTo(state: State, index: number): State {
	const last = state.view.papers.length - 1;
	const cursor = Math.max(0, Math.min(index, last));
	if (cursor === state.cursor && state.view.papers.length > 0) return state.message ? {...state, message: null} : state;
	return scrollToCursor({...state, cursor: Math.max(0, cursor), abstractScroll: 0, message: null});
}

/** Rebuilds the view after the scope, sort, query or lists changed, keeping the same paper current when it is still there. */
function refresh(state: State, options: {keepCursor?: boolean; narrowing?: boolean} = {}): State {
	const current = currentPaper(state);
	const view = buildView(scopePapers(state), state.sort, state.query, options.narrowing ? state.view : undefined);
	let cursor = 0;
	if (options.keepCursor !== false && current) {
		const key = paperKey(current);
		const found = view.papers.findIndex((p) => p === current || paperKey(p) === key);
		if (found >= 0) cursor = found;
		else cursor = Math.min(state.cursor, Math.max(0, view.papers.length - 1));
	}
	return scrollToCursor({...state, view, cursor, top: options.keepCursor === false ? 0 : state.top});
}

export function initialState(options: InitOptions): State {
	const base: State = {
		library: options.papers,
		origin: options.origin,
		scope: options.list ? {kind: 'list', name: options.list} : {kind: 'library'},
		lists: options.lists ?? {},
		sort: options.sort ?? 'upvotes',
		query: options.query ?? '',
		view: {papers: [], groups: [], query: ''},
		cursor: 0,
		top: 0,
		picks: new Map(),
		abstractScroll: 0,
		mode: 'browse',
		previousMode: 'browse',
		listsCursor: 0,
		nameDraft: '',
		message: options.message ?? null,
		viewport: options.viewport ?? {columns: 100, rows: 30},
		effects: [],
		exit: null,
		lastRemoved: null,
	};
	let state = refresh(base, {keepCursor: false});
	if (options.day) {
		const group = state.view.groups.find((g) => g.date === options.day);
		if (group) state = moveTo(state, group.start);
	}
	return state;
}

const withEffect = (state: State, effect: Effect, message: string | null = null): State => ({
	...state,
	effects: [...state.effects, effect],
	message,
});

function runCommand(state: State, command: Command): State {
	const {listHeight} = layout(state.viewport);
	const view = state.view;
	const paper = currentPaper(state);
	switch (command) {
		case 'nav.down':
			if (state.mode === 'lists')
				return {...state, listsCursor: Math.min(state.listsCursor + 1, Math.max(0, summarize(state.lists).length - 1))};
			return moveTo(state, state.cursor + 1);
		case 'nav.up':
			if (state.mode === 'lists') return {...state, listsCursor: Math.max(0, state.listsCursor - 1)};
			return moveTo(state, state.cursor - 1);
		case 'nav.pageDown':
			return moveTo(state, state.cursor + Math.max(1, listHeight - 1));
		case 'nav.pageUp':
			return moveTo(state, state.cursor - Math.max(1, listHeight - 1));
		case 'nav.halfDown':
			return moveTo(state, state.cursor + Math.max(1, Math.floor(listHeight / 2)));
		case 'nav.halfUp':
			return moveTo(state, state.cursor - Math.max(1, Math.floor(listHeight / 2)));
		case 'nav.first':
			if (state.mode === 'lists') return {...state, listsCursor: 0};
			return moveTo(state, 0);
		case 'nav.last':
			if (state.mode === 'lists') return {...state, listsCursor: Math.max(0, summarize(state.lists).length - 1)};
			return moveTo(state, view.papers.length - 1);
		case 'day.next': {
			if (view.papers.length === 0) return state;
			const next = view.groups[groupIndexOf(view, state.cursor) + 1];
			return next ? moveTo(state, next.start) : {...state, message: 'this is the last day'};
		}
		case 'day.prev': {
			if (view.papers.length === 0) return state;
			const g = groupIndexOf(view, state.cursor);
			const group = view.groups[g]!;
			if (state.cursor > group.start) return moveTo(state, group.start);
			const prev = view.groups[g - 1];
			return prev ? moveTo(state, prev.start) : {...state, message: 'this is the first day'};
		}
		case 'search.open':
			return {...state, mode: 'search', message: null};
		case 'search.accept':
			return {...state, mode: 'browse', message: state.query ? `filter: ${state.query}` : null};
		case 'search.cancel':
			return refresh({...state, mode: 'browse', query: '', message: null});
		case 'name.accept':
			return acceptName(state);
		case 'sort.cycle': {
			const sort = SORT_KEYS[(SORT_KEYS.indexOf(state.sort) + 1) % SORT_KEYS.length]!;
			return refresh({...state, sort, message: `sort: ${sortLabel(sort)}`});
		}
		case 'pick.toggle': {
			if (!paper) return state;
			const picks = new Map(state.picks);
			const key = paperKey(paper);
			if (picks.has(key)) picks.delete(key);
			else picks.set(key, paper);
			const moved = moveTo({...state, picks}, state.cursor + 1);
			return moved === state ? {...state, picks} : moved;
		}
		case 'finish': {
			const papers = state.picks.size > 0 ? [...state.picks.values()] : paper ? [paper] : [];
			return {...state, exit: {code: 0, papers}};
		}
		case 'abstract.down':
			return {...state, abstractScroll: Math.min(state.abstractScroll + 1, maxAbstractScroll(state))};
		case 'abstract.up':
			return {...state, abstractScroll: Math.max(0, state.abstractScroll - 1)};
		case 'open.url':
			if (!paper) return state;
			if (!paper.url) return {...state, message: 'this paper has no URL (page text gives none)'};
			return withEffect(state, {kind: 'open', url: paper.url}, `opening ${paper.url}`);
		case 'save.toggle':
			if (!paper) return state;
			return withEffect(state, {kind: 'save.toggle', list: DEFAULT_LIST, paper});
		case 'save.to':
			if (!paper) return state;
			return {...state, mode: 'listName', previousMode: state.mode, nameDraft: '', message: null};
		case 'lists.open':
			return {...state, mode: 'lists', listsCursor: 0, message: null};
		case 'lists.enter': {
			const summary = summarize(state.lists)[state.listsCursor];
			if (!summary) return {...state, message: 'no reading lists yet: b saves the current paper to "later"'};
			return refresh(
				{...state, mode: 'browse', scope: {kind: 'list', name: summary.name}, query: '', lastRemoved: null},
				{keepCursor: false},
			);
		}
		case 'list.remove': {
			if (!paper || state.scope.kind !== 'list') return state;
			const list = state.scope.name;
			const entries = state.lists[list] ?? [];
			const key = paperKey(paper);
			const index = entries.findIndex((e) => paperKey(e.paper) === key);
			if (index < 0) return state;
			return withEffect({...state, lastRemoved: {list, entry: entries[index]!, index}}, {kind: 'list.remove', list, key});
		}
		case 'list.undo': {
			const removed = state.lastRemoved;
			if (!removed) return {...state, message: 'nothing to undo'};
			return withEffect({...state, lastRemoved: null}, {kind: 'list.restore', ...removed});
		}
		case 'list.read': {
			if (!paper || state.scope.kind !== 'list') return state;
			const key = paperKey(paper);
			const entry = (state.lists[state.scope.name] ?? []).find((e) => paperKey(e.paper) === key);
			if (!entry) return state;
			return withEffect(state, {kind: 'list.read', list: state.scope.name, key, read: !entry.read});
		}
		case 'back':
			if (state.mode === 'lists') return {...state, mode: 'browse', message: null};
			if (state.mode === 'listName') return {...state, mode: state.previousMode, nameDraft: '', message: null};
			if (state.scope.kind === 'list')
				return refresh({...state, scope: {kind: 'library'}, query: '', lastRemoved: null, mode: 'lists'}, {keepCursor: false});
			return state;
		case 'help.toggle':
			return state.mode === 'help'
				? {...state, mode: state.previousMode}
				: {...state, mode: 'help', previousMode: state.mode, message: null};
		case 'quit':
			return {...state, exit: {code: 0, papers: []}};
		case 'interrupt':
			return {...state, exit: {code: 130, papers: []}};
	}
}

/** Named-list save: `B`, a name, Enter. */
function acceptName(state: State): State {
	const name = cleanListName(state.nameDraft);
	const paper = currentPaper(state);
	if (!name || !paper)
		return {...state, mode: state.previousMode, nameDraft: '', message: name ? null : 'no list name given; nothing saved'};
	if (listHas(state.lists, name, paperKey(paper)))
		return {...state, mode: state.previousMode, nameDraft: '', message: `already in "${name}"`};
	return withEffect({...state, mode: state.previousMode, nameDraft: ''}, {kind: 'save.to', list: name, paper});
}

export function reducer(state: State, action: Action): State {
	switch (action.type) {
		case 'key': {
			// The mode is read here, not where the key was caught: a key can reach a handler from the previous render.
			const command = commandFor(state.mode, action.input, action.key, inList(state));
			return command && !state.exit ? runCommand(state, command) : state;
		}
		case 'command':
			return state.exit ? state : runCommand(state, action.command);
		case 'search.change':
			if (action.text === state.query) return state;
			return refresh({...state, query: action.text, message: null}, {narrowing: true, keepCursor: false});
		case 'name.change':
			return {...state, nameDraft: action.text};
		case 'resize':
			return scrollToCursor({...state, viewport: action.viewport, abstractScroll: 0});
		case 'lists.loaded': {
			const next = refresh({...state, lists: action.lists, message: action.message === undefined ? state.message : action.message});
			const count = summarize(action.lists).length;
			return {...next, listsCursor: Math.min(next.listsCursor, Math.max(0, count - 1))};
		}
		case 'effects.taken':
			return {...state, effects: state.effects.slice(action.count)};
		case 'message':
			return {...state, message: action.text};
	}
}

export function sortLabel(sort: SortKey): string {
	return sort === 'upvotes' ? 'upvotes' : sort === 'date' ? 'date (oldest day first)' : 'title';
}

function maxAbstractScroll(state: State): number {
	const paper = currentPaper(state);
	if (!paper) return 0;
	const {abstractHeight, abstractWidth} = layout(state.viewport);
	return Math.max(0, abstractLineCount(paper, abstractWidth) - abstractHeight);
}

/** The day in view, for the header: the current paper's day. */
export function dayInView(state: State): string {
	const paper = currentPaper(state);
	if (!paper) return 'no papers';
	return paper.date ? longDate(paper.date) : 'undated';
}
