import {closeSimilar, openSimilar} from './similar.js';
import {forYouNote} from '../core/likeness.js';
import {SORT_KEYS} from '../../digest/collection.js';
import {GROUPINGS} from '../../digest/groups.js';
import {paperKey} from '../../digest/paper.js';
import {DEFAULT_LIST, entriesOf} from '../../lists/model.js';
import {mainLink, paperLinks} from '../../output/links.js';
import type {Command} from '../core/keymap.js';
import {runIn, type CommandTable} from '../core/dispatch.js';
import {layout} from '../core/geometry.js';
import {currentPaper, groupToTop, headerInView, maxAbstractScroll, moveTo, refresh, withEffect} from '../core/navigate.js';
import type {State} from '../core/model.js';
import {groupIndexOf, type ViewSort} from '../core/view.js';
import {isSeen, keyOf, markSeen, markUnseen, openedSeen} from '../core/seen.js';
import {openReader} from '../reader/commands.js';
import {toggleTrending} from './trending.js';
import {cancelRemote, closeRemote} from '../core/hub-answers.js';
import {editNote, editTags, fetchPdf, sendToZotero} from './library.js';
import {nameBox} from '../core/boxes.js';
import {cycleWatch} from './watch-focus.js';

/** The list of papers: moving, picking, sorting, opening, saving, and a reading list's own keys. */

const page = (state: State) => Math.max(1, layout(state.viewport).listHeight - 1);
const half = (state: State) => Math.max(1, Math.floor(layout(state.viewport).listHeight / 2));

function nextDay(state: State): State {
	const view = state.view;
	if (view.papers.length === 0) return state;
	const next = view.groups[groupIndexOf(view, state.cursor) + 1];
	return next ? groupToTop(moveTo(state, next.start)) : {...state, message: `this is the last ${state.grouping}`};
}

function previousDay(state: State): State {
	const view = state.view;
	if (view.papers.length === 0) return state;
	const g = groupIndexOf(view, state.cursor);
	if (state.cursor > view.groups[g]!.start) return groupToTop(moveTo(state, view.groups[g]!.start));
	const prev = view.groups[g - 1];
	return prev ? groupToTop(moveTo(state, prev.start)) : {...state, message: `this is the first ${state.grouping}`};
}

function togglePick(state: State): State {
	const paper = currentPaper(state);
	if (!paper) return state;
	const picks = new Map(state.picks);
	const key = paperKey(paper);
	if (picks.has(key)) picks.delete(key);
	else picks.set(key, paper);
	const moved = moveTo({...state, picks}, state.cursor + 1);
	return moved === state ? {...state, picks} : moved;
}

function finish(state: State): State {
	const paper = currentPaper(state);
	const papers = state.picks.size > 0 ? [...state.picks.values()] : paper ? [paper] : [];
	return {...state, exit: {code: 0, papers}};
}

function openUrl(state: State): State {
	const paper = currentPaper(state);
	if (!paper) return state;
	const {url, searched} = mainLink(paper);
	if (!searched) return withEffect(state, {kind: 'open', url}, `opening ${url}`);
	const note = 'no id for this paper (page text gives none): searching Hugging Face for its title';
	return withEffect(state, {kind: 'open', url, note}, note);
}

function copyLink(state: State): State {
	const paper = currentPaper(state);
	if (!paper) return state;
	const {url} = mainLink(paper);
	return withEffect(state, {kind: 'copy', text: url}, `copied ${url}`);
}

function removeFromList(state: State): State {
	const paper = currentPaper(state);
	if (!paper || state.scope.kind !== 'list') return state;
	const list = state.scope.name;
	const entries = entriesOf(state.mine.lists, list);
	const key = paperKey(paper);
	const index = entries.findIndex((e) => paperKey(e.paper) === key);
	if (index < 0) return state;
	return withEffect(
		{...state, mine: {...state.mine, lastRemoved: {list, entry: entries[index]!, index}}},
		{kind: 'list.remove', list, key},
	);
}

function toggleRead(state: State): State {
	const paper = currentPaper(state);
	if (!paper || state.scope.kind !== 'list') return state;
	const key = paperKey(paper);
	const entry = entriesOf(state.mine.lists, state.scope.name).find((e) => paperKey(e.paper) === key);
	if (!entry) return state;
	return withEffect(state, {kind: 'list.read', list: state.scope.name, key, read: !entry.read});
}

/** Esc: a kept filter goes first; then a reading list goes back to the lists. */
function back(state: State): State {
	if (state.remote.asking) return cancelRemote(state);
	if (state.query) return refresh({...state, query: '', message: 'filter cleared'});
	if (state.scope.kind === 'similar') return closeSimilar(state);
	if (state.scope.kind === 'remote') return closeRemote(state);
	if (state.scope.kind === 'list') {
		return refresh(
			{...state, scope: {kind: 'digests'}, query: '', mode: 'lists', mine: {...state.mine, lastRemoved: null}},
			{keepCursor: false},
		);
	}
	return state;
}

/** The next paper not seen yet, after (or before) the cursor, in the order of the list; past the end, from the other end, as vim's n. */
function nextNew(state: State, step: 1 | -1): State {
	if (!state.marks.seen) return {...state, message: 'seen marks are not kept for these papers'};
	const papers = state.view.papers;
	const count = papers.length;
	for (let n = 1; n < count; n++) {
		const i = (state.cursor + step * n + count) % count;
		if (isSeen(state, keyOf(papers[i]!))) continue;
		const wrapped = step > 0 ? i < state.cursor : i > state.cursor;
		const moved = moveTo(state, i);
		return wrapped
			? {...moved, message: step > 0 ? 'no new paper below: went on from the top' : 'no new paper above: went on from the end'}
			: moved;
	}
	const here = count > 0 && !isSeen(state, keyOf(papers[state.cursor]!));
	return {...state, message: here ? 'this is the only new paper' : 'no new paper here'};
}

/** `m`: the day's papers seen; on a day already all seen, unseen again (a mistaken `m` undone). */
function markDaySeen(state: State): State {
	if (state.view.papers.length === 0) return state;
	const group = state.view.groups[groupIndexOf(state.view, state.cursor)]!;
	const keys = state.view.papers.slice(group.start, group.start + group.count).map(keyOf);
	const what = group.count === 1 ? 'the paper' : `all ${group.count} papers`;
	if (state.marks.seen && keys.every((k) => isSeen(state, k))) return {...markUnseen(state, keys), message: `marked ${what} new again`};
	return {...markSeen(state, keys), message: `marked ${what} seen`};
}

function markPaperUnseen(state: State): State {
	const paper = currentPaper(state);
	if (!paper) return state;
	if (!state.marks.seen) return {...state, message: 'seen marks are not kept for these papers'};
	return {...markUnseen(state, [keyOf(paper)]), message: 'marked new again (until you move on)'};
}

const BROWSE: CommandTable<'browse'> = {
	'nav.down': (state) => moveTo(state, state.cursor + 1),
	'nav.up': (state) => moveTo(state, state.cursor - 1),
	'nav.pageDown': (state) => moveTo(state, state.cursor + page(state)),
	'nav.pageUp': (state) => moveTo(state, state.cursor - page(state)),
	'nav.halfDown': (state) => moveTo(state, state.cursor + half(state)),
	'nav.halfUp': (state) => moveTo(state, state.cursor - half(state)),
	'nav.first': (state) => moveTo(state, 0),
	'nav.last': (state) => moveTo(state, state.view.papers.length - 1),
	'day.next': nextDay,
	'day.prev': previousDay,
	'search.open': (state) => ({...state, mode: 'search', message: null, box: {...state.box, boxCursor: null}}),
	'new.next': (state) => nextNew(state, 1),
	'new.prev': (state) => nextNew(state, -1),
	'seen.day': markDaySeen,
	'seen.unmark': markPaperUnseen,
	refresh: (state) =>
		withEffect(
			{...state, store: {...state.store, refresh: {...state.store.refresh, asked: true}}},
			{kind: 'refresh'},
			// One already on its way (the catch-up at start): R runs again, fresh, once it ends.
			state.store.refresh.phase === 'fetching' ? 'fetching already; then today and yesterday again' : 'refreshing today and yesterday…',
		),
	'trending.toggle': (state) => toggleTrending(state),
	'group.cycle': (state) => {
		const grouping = GROUPINGS[(GROUPINGS.indexOf(state.grouping) + 1) % GROUPINGS.length]!;
		return headerInView(refresh({...state, grouping, message: `grouped by ${grouping}`}));
	},
	'sort.cycle': (state) => {
		// Relevance is offered while a search narrows the list.
		const sorts: ViewSort[] = [...SORT_KEYS];
		if (state.scope.kind === 'digests' || state.scope.kind === 'list') sorts.push('for-you');
		if (state.view.parsed.terms.length > 0) sorts.push('relevance');
		if (state.scope.kind === 'trending') sorts.unshift('trending');
		if (state.scope.kind === 'similar') sorts.unshift('likeness');
		if (state.scope.kind === 'remote') sorts.unshift('answer');
		const sort = sorts[(sorts.indexOf(state.sort) + 1) % sorts.length]!;
		const next = refresh({...state, sort, message: null});
		return {...next, message: sort === 'for-you' ? forYouNote(next) : `sort: ${sortLabel(sort)}`};
	},
	'pick.toggle': togglePick,
	finish,
	'abstract.down': (state) => ({...state, abstractScroll: Math.min(state.abstractScroll + 1, maxAbstractScroll(state))}),
	'abstract.up': (state) => ({...state, abstractScroll: Math.max(0, state.abstractScroll - 1)}),
	'authors.toggle': (state) => ({...state, authorsExpanded: !state.authorsExpanded, abstractScroll: 0}),
	'open.url': openUrl,
	'links.open': (state) => {
		const paper = currentPaper(state);
		if (!paper) return state;
		return paperLinks(paper).length > 0
			? {...state, mode: 'links', previousMode: state.mode, message: null}
			: {...state, message: 'this paper has no links'};
	},
	'link.copy': copyLink,
	'reader.open': openReader,
	'note.edit': editNote,
	'tags.edit': editTags,
	'pdf.fetch': fetchPdf,
	'zotero.send': sendToZotero,
	'save.toggle': (state) => {
		const paper = currentPaper(state);
		return paper ? withEffect(state, {kind: 'save.toggle', list: DEFAULT_LIST, paper}) : state;
	},
	'save.to': (state) => (currentPaper(state) ? nameBox(state, {kind: 'save'}, '') : state),
	'list.move': (state) =>
		currentPaper(state) && state.scope.kind === 'list' ? nameBox(state, {kind: 'move', from: state.scope.name}, '') : state,
	'lists.open': (state) => ({...state, mode: 'lists', message: null, mine: {...state.mine, listsCursor: 0}}),
	'list.remove': removeFromList,
	'list.undo': (state) => {
		const removed = state.mine.lastRemoved;
		if (!removed) return {...state, message: 'nothing to undo'};
		return withEffect({...state, mine: {...state.mine, lastRemoved: null}}, {kind: 'list.restore', ...removed});
	},
	'list.read': toggleRead,
	back,
	'similar.open': openSimilar,
	'watch.cycle': cycleWatch,
	'help.toggle': (state) => ({...state, mode: 'help', previousMode: state.mode, helpScroll: 0, message: null}),
};

/** What opens a paper, and so marks it seen at once: no moment on it needed. */
const OPENING = new Set<Command>([
	'abstract.down',
	'abstract.up',
	'reader.open',
	'open.url',
	'links.open',
	'link.copy',
	'finish',
	'pick.toggle',
	'save.toggle',
	'save.to',
	'similar.open',
]);

export function runBrowseCommand(state: State, command: Command): State {
	return runIn(BROWSE, command, OPENING.has(command) ? openedSeen(state) : state);
}

export function sortLabel(sort: ViewSort): string {
	if (sort === 'answer') return "Hugging Face's best match";
	return sort === 'date' ? 'date (oldest day first)' : sort === 'for-you' ? 'for you' : sort;
}
