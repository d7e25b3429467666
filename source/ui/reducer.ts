import {byName, summarize} from '../lists/model.js';
import {changeFind, changeName, changeQuery} from './core/boxes.js';
import {pressKey, runCommand, runPending} from './keys.js';
import {likenessReady} from './browse/similar.js';
import {openReader, readerLoaded, readerRelaid} from './reader/commands.js';
import {trendingFailed, trendingLoaded} from './browse/trending.js';
import type {Action, InitOptions, State} from './core/model.js';
import {moveTo, refresh, replaceLibrary, scrollToCursor} from './core/navigate.js';
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
		lists: options.lists ?? byName(),
		collections: {},
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
		pending: null,
		awaitingToday: options.awaitingToday ?? null,
		forYouList: options.forYouList ?? null,
		watch: options.watch ?? {},
		watchFocus: null,
		asking: null,
		infos: new Map(),
		discussions: new Map(),
		offline: Boolean(options.offline),
		annotations: NO_ANNOTATIONS,
		pdfs: new Map(),
		keymap: options.keymap ?? KEYMAP,
		userCommands: options.userCommands ?? [],
		mouse: Boolean(options.mouse),
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
	const next = refresh({...state, lists: action.lists, message, collections: action.collections ?? state.collections});
	const count = summarize(action.lists).length;
	return {...next, listsCursor: Math.min(next.listsCursor, Math.max(0, count - 1))};
}

type Step<T extends Action['type']> = (state: State, action: Extract<Action, {type: T}>) => State;

/** --today on an older day: while today is being asked for, the note says so. */
function refreshStarted(state: State, days: number): State {
	const awaiting = state.awaitingToday && days > 0 && state.message === state.awaitingToday.note;
	return {
		...state,
		...(awaiting ? {message: `${state.awaitingToday!.note}; fetching today…`} : {}),
		refresh: {...state.refresh, phase: days > 0 ? 'fetching' : 'idle', days, done: 0, reached: null},
	};
}

/** The spinner turns while anything is on its way. */
const ticking = (state: State) =>
	state.refresh.phase === 'fetching' || state.reader?.status === 'loading' || state.fetchingTrending || state.asking;

/** What each action does: one entry a type, so an action without its step does not compile. */
const STEPS: {[T in Action['type']]: Step<T>} = {
	key: (state, action) => pressKey(state, action.input, action.key),
	command: (state, action) => (state.exit ? state : runCommand(state, action.command)),
	'search.change': (state, action) => ({...changeQuery(state, action.text), boxCursor: null}),
	'name.change': (state, action) => ({...changeName(state, action.text), boxCursor: null}),
	resize: (state, action) => scrollToCursor({...state, viewport: action.viewport, abstractScroll: 0, helpScroll: 0}),
	'lists.loaded': listsLoaded,
	'effects.taken': (state, action) => ({...state, effects: state.effects.slice(action.count)}),
	message: (state, action) => ({...state, message: action.text}),
	none: (state) => state,
	redraw: (state) => ({...state}),
	'seen.dwell': (state, action) => dwellSeen(state, action.key),
	'seen.failed': (state, action) => (state.seenFailed ? state : {...state, seenFailed: action.cause, message: action.text}),
	'refresh.started': (state, action) => refreshStarted(state, action.days),
	'refresh.progress': (state, action) => ({...state, refresh: {...state.refresh, done: action.done, reached: action.reached}}),
	'refresh.tick': (state) => (ticking(state) ? {...state, refresh: {...state.refresh, tick: state.refresh.tick + 1}} : state),
	'trending.loaded': (state, action) => trendingLoaded(state, action.trending),
	'trending.failed': (state, action) => trendingFailed(state, action.message),
	'refresh.done': refreshed,
	'reader.loaded': (state, action) => readerLoaded(state, action.id, action.markdown, action.lines, action.width),
	'reader.relaid': (state, action) => readerRelaid(state, action.id, action.lines, action.width),
	'reader.failed': (state, action) =>
		state.reader?.id === action.id ? {...state, reader: null, mode: 'browse', message: action.message} : state,
	'library.loaded': (state, action) =>
		runPending({...(action.papers ? replaceLibrary(state, action.papers, state.origin) : state), partial: false}),
	'likeness.ready': (state) => runPending(likenessReady(state)),
	'watch.ready': (state) => runPending(refresh(state)),
	'index.ready': (state) => (state.view.waiting ? refresh(state, {keepCursor: false}) : state),
	'find.change': (state, action) => ({...changeFind(state, action.text), boxCursor: null}),
	'annotations.loaded': (state, action) => refresh({...state, annotations: action.annotations, message: action.message ?? state.message}),
	'pdfs.kept': (state, action) => ({...state, pdfs: action.pdfs}),
	'pdf.saved': (state, action) => ({...state, pdfs: new Map(state.pdfs).set(action.id, action.file), message: action.message}),
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
