import type {Paper} from '../digest/paper.js';
import {byName, summarize, type ListEntry, type ReadingLists} from '../lists/model.js';
import type {Grouping} from '../digest/groups.js';
import {changeFind, changeName, changeQuery} from './commands-boxes.js';
import {pressKey, runCommand} from './keys.js';
import {openReader, readerLoaded, readerRelaid} from './commands-reader.js';
import type {ReaderLine} from '../reader/render.js';
import type {Reader} from './reader.js';
import type {Command, KeyEvent, Mode} from './keymap.js';
import type {Viewport} from './layout.js';
import {moveTo, refresh, replaceLibrary, scrollToCursor} from './navigate.js';
import {refreshed, type RefreshState} from './morning.js';
import type {InitOptions} from './init-options.js';
import {trendingFailed, trendingLoaded, type TrendingSnapshot} from './commands-trending.js';
import {dwellSeen, releaseHold} from './seen.js';
import {EMPTY_VIEW, type Scope, type View, type ViewSort} from './view.js';

/*
 * The browser as a pure function: every key press is an action, every screen a function of this state.
 * Nothing here touches Ink, files or the terminal; what must happen outside (open a URL, write a list) is queued
 * as an effect for the app to run, and its outcome comes back as an action.
 */

import type {Effect} from './effects.js';
export type {Effect};

export type Exit = {code: number; papers: Paper[]};

export type NameFor = {kind: 'save'} | {kind: 'move'; from: string} | {kind: 'rename'; list: string} | {kind: 'copy'; list: string};

export type State = {
	/** Every paper the browser was started with (after the command-line filters). */
	allPapers: readonly Paper[];
	/** Where the papers came from, for the header. */
	origin: string;
	scope: Scope;
	lists: ReadingLists;
	sort: ViewSort;
	/** The search filter, live as it is typed. */
	query: string;
	/** Days, ISO weeks or months. */
	grouping: Grouping;
	/** At most this many papers in the view (--limit), after the filters. */
	limit: number | null;
	view: View;
	/** Index in view.papers of the current paper. */
	cursor: number;
	/** Index of the first visible row (header rows count). */
	top: number;
	/** Picked papers by key, in the order they were picked. */
	picks: ReadonlyMap<string, Paper>;
	/** First visible line of the abstract pane. */
	abstractScroll: number;
	/** First visible line of the help overlay. */
	helpScroll: number;
	/** The pane shows every author, not the first lines and "+K more". */
	authorsExpanded: boolean;
	mode: Mode;
	/** The mode help or a box returns to. */
	previousMode: Mode;
	/** Current row in the reading lists view. */
	listsCursor: number;
	/** The list name being typed after `B` (or `>`, and `r` or `c` in the lists view), and what it is for. */
	nameDraft: string;
	nameFor: NameFor;
	/** A question the user must answer first (`d` on a whole list), and what a yes does. */
	confirm: {question: string; effect: Effect} | null;
	/** Where the cursor stands in the open text box; null: at the end of its text. */
	boxCursor: number | null;
	/** Inside a bracketed paste: pasted text is never read as commands. */
	pasting: boolean;
	/** One line for the footer, until the next key. */
	message: string | null;
	viewport: Viewport;
	/** What the app must do outside the state, oldest first. */
	effects: readonly Effect[];
	/** Set when the browser is done: the app unmounts and the CLI prints `papers`. */
	exit: Exit | null;
	/** The last entry `d` removed, for `u`. */
	lastRemoved: {list: string; entry: ListEntry; index: number} | null;
	/** Papers seen in earlier sessions (read at start), and in this one; null when seen marks are not kept. */
	seen: {before: ReadonlySet<string>; now: ReadonlySet<string>} | null;
	refresh: RefreshState;
	/** The newest day in the library, for "offline: papers up to …". */
	newest: string | null;
	/** A paper marked unseen while current: the moment there does not mark it seen again until the cursor leaves it. */
	seenHold: string | null;
	/** The user moved (a key changed the paper, the list or the screen): a refresh then leaves the cursor where it is. */
	moved: boolean;
	/** The papers are the bundled sample: the store's papers replace them whole once a refresh brings some. */
	sample: boolean;
	/** Why seen marks cannot be kept (`disk full`), once a write failed: said in the footer once, then in the header. */
	seenFailed: string | null;
	/** The trending snapshot, when there is one: a view T switches to. */
	trending: TrendingSnapshot | null;
	/** The trending list is on its way (T). */
	fetchingTrending: boolean;
	/** The paper being read (v), and where. */
	reader: Reader | null;
	/** Where each paper read this session was left, to open it there again. */
	readerTops: ReadonlyMap<string, number>;
	/** The row of the table of contents. */
	tocCursor: number;
	/** Only the reader (`papers read`): leaving it leaves papers. */
	readerOnly: boolean;
	/** Only the newest days are in yet: what needs every paper (search, sort, the end) waits, and says so. */
	partial: boolean;
	/** The watch rules (papers watch add), and what `W` narrows the list to: every watched paper, one rule's, or none. */
	watch: Readonly<Record<string, string>>;
	watchFocus: string | null;
	/** The one reading list "for you" learns from (--for-you LIST); null: every list. */
	forYouList: string | null;
};

export type Action =
	| {type: 'key'; input: string; key: KeyEvent}
	| {type: 'command'; command: Command}
	| {type: 'search.change'; text: string}
	| {type: 'name.change'; text: string}
	| {type: 'resize'; viewport: Viewport}
	| {type: 'lists.loaded'; lists: ReadingLists; message?: string | null}
	| {type: 'effects.taken'; count: number}
	| {type: 'message'; text: string | null}
	| {type: 'none'}
	/** Back from Ctrl-Z: the whole frame again. */
	| {type: 'redraw'}
	| {type: 'seen.failed'; text: string}
	/** The paper of this key stayed current for a moment. */
	| {type: 'seen.dwell'; key: string}
	| {type: 'refresh.started'; days: number}
	| {type: 'refresh.tick'}
	| {type: 'trending.loaded'; trending: TrendingSnapshot}
	| {type: 'trending.failed'; message: string}
	| {type: 'refresh.progress'; done: number; reached: string | null}
	| {type: 'refresh.done'; papers: readonly Paper[] | null; origin?: string; added: number; failure: string | null; changed?: number}
	| {type: 'reader.loaded'; id: string; markdown: string; lines: readonly ReaderLine[]; width: number}
	| {type: 'reader.relaid'; id: string; lines: readonly ReaderLine[]; width: number}
	| {type: 'reader.failed'; id: string; message: string}
	| {type: 'find.change'; text: string}
	/** The library's search index is built: a query that waited for it runs. */
	| {type: 'index.ready'}
	/** The likeness model is built: a "for you" order that waited for it is applied. */
	| {type: 'likeness.ready'}
	| {type: 'library.loaded'; /** null: the rest could not be read; what is in stays, whole as it is. */ papers: readonly Paper[] | null};

export type {InitOptions};

export function initialState(options: InitOptions): State {
	const base: State = {
		allPapers: options.papers,
		origin: options.origin,
		scope: options.list
			? {kind: 'list', name: options.list}
			: options.showTrending && options.trending
				? {kind: 'trending'}
				: {kind: 'digests'},
		lists: options.lists ?? byName(),
		sort: options.showTrending && options.trending ? 'trending' : (options.sort ?? 'upvotes'),
		query: options.query ?? '',
		grouping: options.grouping ?? 'day',
		limit: options.limit ?? null,
		view: EMPTY_VIEW,
		cursor: 0,
		top: 0,
		picks: new Map(),
		abstractScroll: 0,
		helpScroll: 0,
		authorsExpanded: false,
		mode: 'browse',
		previousMode: 'browse',
		listsCursor: 0,
		nameDraft: '',
		nameFor: {kind: 'save'},
		confirm: null,
		boxCursor: null,
		pasting: false,
		message: options.message ?? null,
		viewport: options.viewport ?? {columns: 100, rows: 30},
		effects: [],
		exit: null,
		lastRemoved: null,
		seen: options.seen ? {before: options.seen, now: new Set()} : null,
		refresh: {phase: 'idle', days: 0, added: 0, tick: 0, done: 0, reached: null, cause: null, asked: false},
		newest: options.newest ?? null,
		seenFailed: null,
		seenHold: null,
		moved: false,
		sample: Boolean(options.sample),
		trending: options.trending ?? null,
		fetchingTrending: false,
		reader: null,
		readerTops: new Map(),
		tocCursor: 0,
		readerOnly: Boolean(options.openReader),
		partial: Boolean(options.partial),
		forYouList: options.forYouList ?? null,
		watch: options.watch ?? {},
		watchFocus: null,
	};
	let state = refresh(base, {keepCursor: false});
	if (options.day) {
		const group = state.view.groups.find((g) => g.date === options.day);
		// The start's message stays: it says why this day (`--today` on a Saturday shows Friday).
		if (group) state = {...moveTo(state, group.start), message: state.message};
	}
	return options.openReader ? openReader(state) : state;
}

export function reducer(state: State, action: Action): State {
	const next = releaseHold(step(state, action));
	if (next.moved || (action.type !== 'key' && action.type !== 'command')) return next;
	const moved = next.cursor !== state.cursor || next.mode !== state.mode || next.scope !== state.scope || next.query !== state.query;
	return moved ? {...next, moved} : next;
}

function step(state: State, action: Action): State {
	switch (action.type) {
		case 'key':
			return pressKey(state, action.input, action.key);
		case 'command':
			return state.exit ? state : runCommand(state, action.command);
		case 'search.change':
			return {...changeQuery(state, action.text), boxCursor: null};
		case 'name.change':
			return {...changeName(state, action.text), boxCursor: null};
		case 'resize':
			return scrollToCursor({...state, viewport: action.viewport, abstractScroll: 0, helpScroll: 0});
		case 'lists.loaded': {
			const next = refresh({...state, lists: action.lists, message: action.message === undefined ? state.message : action.message});
			const count = summarize(action.lists).length;
			return {...next, listsCursor: Math.min(next.listsCursor, Math.max(0, count - 1))};
		}
		case 'effects.taken':
			return {...state, effects: state.effects.slice(action.count)};
		case 'message':
			return {...state, message: action.text};
		case 'none':
			return state;
		case 'redraw':
			return {...state};
		case 'seen.dwell':
			return dwellSeen(state, action.key);
		case 'seen.failed':
			return state.seenFailed ? state : {...state, seenFailed: /\(([^()]*)\)$/.exec(action.text)?.[1] ?? 'failed', message: action.text};
		case 'refresh.started':
			return {
				...state,
				refresh: {...state.refresh, phase: action.days > 0 ? 'fetching' : 'idle', days: action.days, done: 0, reached: null},
			};
		case 'refresh.progress':
			return {...state, refresh: {...state.refresh, done: action.done, reached: action.reached}};
		case 'refresh.tick':
			return state.refresh.phase === 'fetching' || state.reader?.status === 'loading' || state.fetchingTrending
				? {...state, refresh: {...state.refresh, tick: state.refresh.tick + 1}}
				: state;
		case 'trending.loaded':
			return trendingLoaded(state, action.trending);
		case 'trending.failed':
			return trendingFailed(state, action.message);
		case 'refresh.done':
			return refreshed(state, action);
		case 'reader.loaded':
			return readerLoaded(state, action.id, action.markdown, action.lines, action.width);
		case 'reader.relaid':
			return readerRelaid(state, action.id, action.lines, action.width);
		case 'reader.failed':
			return state.reader?.id === action.id ? {...state, reader: null, mode: 'browse', message: action.message} : state;
		case 'library.loaded':
			if (!action.papers) return {...state, partial: false};
			return {...replaceLibrary(state, action.papers, state.origin), partial: false};
		case 'likeness.ready':
			return state.sort === 'for-you' ? refresh(state) : state;
		case 'index.ready':
			return state.view.waiting ? refresh(state, {keepCursor: false}) : state;
		case 'find.change':
			return {...changeFind(state, action.text), boxCursor: null};
	}
}
