import {byName, summarize} from '../lists/model.js';
import {changeFind, changeName, changeQuery} from './core/boxes.js';
import {pressKey, runCommand, runPending} from './keys.js';
import {likenessReady} from './browse/similar.js';
import {openReader, readerLoaded, readerRelaid} from './reader/commands.js';
import {trendingFailed, trendingLoaded} from './browse/trending.js';
import type {Action, InitOptions, State} from './core/model.js';
import {inRoom, moveTo, refresh, replaceLibrary, scrollToCursor} from './core/navigate.js';
import {refreshed} from './browse/morning.js';
import {dwellSeen, releaseHold} from './core/seen.js';
import {EMPTY_VIEW} from './core/view.js';
import {openOnAnswer, hubStep} from './core/hub-answers.js';
import {NO_ANNOTATIONS} from '../lists/annotations.js';
import {KEYMAP} from './core/keymap.js';

/*
 * The browser as a pure function: every key press is an action, every screen a function of this state.
 * Nothing here touches Ink, files or the terminal; what must happen outside (open a URL, write a list) is queued
 * as an effect for the app to run, and its outcome comes back as an action.
 */

export function initialState(options: InitOptions): State {
	const base: State = {
		allPapers: options.papers,
		origin: options.origin,
		scope: options.list
			? {kind: 'list', name: options.list}
			: options.showTrending && options.trending
				? {kind: 'trending'}
				: {kind: 'digests'},
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
		message: options.message ?? null,
		viewport: options.viewport ?? {columns: 100, rows: 30},
		effects: [],
		exit: null,
		moved: false,
		forYouList: options.forYouList ?? null,
		watch: options.watch ?? {},
		watchFocus: null,
		keymap: options.keymap ?? KEYMAP,
		userCommands: options.userCommands ?? [],
		mouse: Boolean(options.mouse),
		mine: {lists: options.lists ?? byName(), collections: {}, listsCursor: 0, lastRemoved: null, annotations: NO_ANNOTATIONS},
		box: {nameDraft: '', nameFor: {kind: 'save'}, confirm: null, boxCursor: null, pasting: false},
		marks: {seen: options.seen ? {before: options.seen, now: new Set()} : null, seenFailed: null, seenHold: null},
		store: {
			refresh: {phase: 'idle', days: 0, added: 0, tick: 0, done: 0, reached: null, cause: null, asked: false},
			newest: options.newest ?? null,
			sample: Boolean(options.sample),
			partial: Boolean(options.partial),
			pending: null,
			awaitingToday: options.awaitingToday ?? null,
		},
		remote: {
			trending: options.trending ?? null,
			fetchingTrending: false,
			asking: null,
			infos: new Map(),
			discussions: new Map(),
			offline: Boolean(options.offline),
			pdfs: new Map(),
		},
		reading: {reader: null, readerTops: new Map(), tocCursor: 0, readerOnly: Boolean(options.openReader)},
	};
	let state = refresh(base, {keepCursor: false});
	if (options.remote) return openOnAnswer(state, options.remote);
	if (options.day) {
		const group = state.view.groups.find((g) => g.date === options.day);
		// The start's message stays: it says why this day (`--today` on a Saturday shows Friday).
		if (group) state = moveTo(state, group.start, 'message');
	}
	return options.openReader ? openReader(state) : state;
}

export function reducer(state: State, action: Action): State {
	const next = releaseHold(step(state, action));
	if (next.moved || (action.type !== 'key' && action.type !== 'command')) return next;
	const moved = next.cursor !== state.cursor || next.mode !== state.mode || next.scope !== state.scope || next.query !== state.query;
	return moved ? {...next, moved} : next;
}

/** The lists read (at start, after a change): the cursor of the lists view kept on a list that is there. */
function listsLoaded(state: State, action: Extract<Action, {type: 'lists.loaded'}>): State {
	const message = action.message === undefined ? state.message : action.message;
	const next = refresh({
		...state,
		message,
		mine: {...state.mine, lists: action.lists, collections: action.collections ?? state.mine.collections},
	});
	const count = summarize(action.lists).length;
	return {...next, mine: {...next.mine, listsCursor: Math.min(next.mine.listsCursor, Math.max(0, count - 1))}};
}

type Step<T extends Action['type']> = (state: State, action: Extract<Action, {type: T}>) => State;

/** --today on an older day: while today is being asked for, the note says so. */
function refreshStarted(state: State, days: number): State {
	const awaiting = state.store.awaitingToday && days > 0 && state.message === state.store.awaitingToday.note;
	return {
		...state,
		...(awaiting ? {message: `${state.store.awaitingToday!.note}; fetching today…`} : {}),
		store: {...state.store, refresh: {...state.store.refresh, phase: days > 0 ? 'fetching' : 'idle', days, done: 0, reached: null}},
	};
}

/** The spinner turns while anything is on its way. */
const ticking = (state: State) =>
	state.store.refresh.phase === 'fetching' ||
	state.reading.reader?.status === 'loading' ||
	state.remote.fetchingTrending ||
	state.remote.asking;

/** What each action does: one entry a type, so an action without its step does not compile. */
const STEPS: {[T in Action['type']]: Step<T>} = {
	key: (state, action) => pressKey(state, action.input, action.key),
	command: (state, action) => (state.exit ? state : runCommand(state, action.command)),
	'search.change': (state, action) => inRoom(changeQuery(state, action.text), 'box', {boxCursor: null}),
	'name.change': (state, action) => inRoom(changeName(state, action.text), 'box', {boxCursor: null}),
	resize: (state, action) => scrollToCursor({...state, viewport: action.viewport, abstractScroll: 0, helpScroll: 0}),
	'lists.loaded': listsLoaded,
	'effects.taken': (state, action) => ({...state, effects: state.effects.slice(action.count)}),
	message: (state, action) => ({...state, message: action.text}),
	none: (state) => state,
	redraw: (state) => ({...state}),
	'seen.dwell': (state, action) => dwellSeen(state, action.key),
	'seen.failed': (state, action) =>
		state.marks.seenFailed ? state : {...state, message: action.text, marks: {...state.marks, seenFailed: action.cause}},
	'refresh.started': (state, action) => refreshStarted(state, action.days),
	'refresh.progress': (state, action) => ({
		...state,
		store: {...state.store, refresh: {...state.store.refresh, done: action.done, reached: action.reached}},
	}),
	'refresh.tick': (state) =>
		ticking(state) ? {...state, store: {...state.store, refresh: {...state.store.refresh, tick: state.store.refresh.tick + 1}}} : state,
	'trending.loaded': (state, action) => trendingLoaded(state, action.trending),
	'trending.failed': (state, action) => trendingFailed(state, action.message),
	'refresh.done': refreshed,
	'reader.loaded': (state, action) => readerLoaded(state, action.id, action.markdown, action.lines, action.width),
	'reader.relaid': (state, action) => readerRelaid(state, action.id, action.lines, action.width),
	'reader.failed': (state, action) =>
		state.reading.reader?.id === action.id
			? {...state, mode: 'browse', message: action.message, reading: {...state.reading, reader: null}}
			: state,
	'library.loaded': (state, action) =>
		runPending(inRoom(action.papers ? replaceLibrary(state, action.papers, state.origin) : state, 'store', {partial: false})),
	'likeness.ready': (state) => runPending(likenessReady(state)),
	'watch.ready': (state) => runPending(refresh(state)),
	'index.ready': (state) => (state.view.waiting ? refresh(state, {keepCursor: false}) : state),
	'find.change': (state, action) => inRoom(changeFind(state, action.text), 'box', {boxCursor: null}),
	'annotations.loaded': (state, action) =>
		refresh({...state, message: action.message ?? state.message, mine: {...state.mine, annotations: action.annotations}}),
	'pdfs.kept': (state, action) => ({...state, remote: {...state.remote, pdfs: action.pdfs}}),
	'pdf.saved': (state, action) => ({
		...state,
		message: action.message,
		remote: {...state.remote, pdfs: new Map(state.remote.pdfs).set(action.id, action.file)},
	}),
	'remote.loaded': hubStep,
	'remote.failed': hubStep,
	'info.asked': hubStep,
	'info.loaded': hubStep,
	'info.failed': hubStep,
	'infos.kept': hubStep,
	'discussion.asked': hubStep,
	'discussion.loaded': hubStep,
	'discussion.failed': hubStep,
};

const step = (state: State, action: Action): State => (STEPS[action.type] as Step<Action['type']>)(state, action as never);
