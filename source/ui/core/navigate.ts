import {paperKey, type Paper} from '../../digest/paper.js';
import {indexReady} from '../../digest/search.js';
import {wrapText} from '../../output/wrap.js';
import {quoted, sanitizeLine, sanitizeText} from '../../output/sanitize.js';
import {keyOf} from './seen.js';
import {forYouOrder, paneNote} from './likeness.js';
import {narrowWatched, watchNames} from './watch-marks.js';
import {currentPaper} from './moves.js';
import {plural} from '../../text.js';
import {annotatedLookup, linkedLookup} from './linked.js';
import {layout} from './geometry.js';
import {paneLines, type AbstractLine} from './pane-lines.js';
import {discussionLines} from './discussion-lines.js';
import type {InfoEntry, State} from './model.js';
import {infoLines} from '../../digest/paper-info.js';
import {buildView, groupIndexOf, rowCount, rowOfPaper, scopePapers} from './view.js';

/** The reducer's moves that every mode shares: the cursor, the window, rebuilding the view. */

export {currentPaper, inRoom, withEffect} from './moves.js';

/** Keeps the cursor's row inside the window, and the day header above a day's first paper. */
export function scrollToCursor(state: State): State {
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

/** The cursor to a paper. A move the user made clears the footer's word; one papers made (`keep`) leaves it. */
export function moveTo(state: State, index: number, keep: 'message' | null = null): State {
	const last = state.view.papers.length - 1;
	const cursor = Math.max(0, Math.min(index, last));
	const message = keep === 'message' ? state.message : null;
	if (cursor === state.cursor && state.view.papers.length > 0) return state.message === message ? state : {...state, message};
	return scrollToCursor({...state, cursor: Math.max(0, cursor), abstractScroll: 0, message});
}

/** The current paper's group (day, week, month) at the top of the window, its header the first row, as far as it can go. */
export function groupToTop(state: State): State {
	if (state.view.papers.length === 0) return state;
	const group = state.view.groups[groupIndexOf(state.view, state.cursor)]!;
	const {listHeight} = layout(state.viewport);
	const top = Math.max(0, Math.min(rowOfPaper(state.view, group.start) - 1, rowCount(state.view) - listHeight));
	return top === state.top ? state : {...state, top};
}

/** The current paper's group header in the window too, where the window can hold both (after the grouping changed). */
export function headerInView(state: State): State {
	if (state.view.papers.length === 0) return state;
	const header = rowOfPaper(state.view, state.view.groups[groupIndexOf(state.view, state.cursor)]!.start) - 1;
	const row = rowOfPaper(state.view, state.cursor);
	const {listHeight} = layout(state.viewport);
	if (header >= state.top || row - header >= listHeight) return state;
	return {...state, top: Math.max(0, header)};
}

/** Up to this many papers, an index is built on the keystroke that needs it: a few milliseconds. */
const INDEX_AT_ONCE = 2000;

/** What a search of these papers waits for: the rest of the store, or the index being built after the first frame. */
function searchNotReady(state: State, papers: readonly Paper[]): string | null {
	if (state.store.partial && state.scope.kind === 'digests') return `the store is loading (${plural(papers.length, 'paper')} in so far)`;
	if (papers.length <= INDEX_AT_ONCE || indexReady(papers)) return null;
	return `indexing ${plural(papers.length, 'paper')}`;
}

/** Rebuilds the view after the scope, sort, query or lists changed, keeping the same paper current when it is still there. */
export function refresh(state: State, options: {keepCursor?: boolean; narrowing?: boolean} = {}): State {
	const current = currentPaper(state);
	const papers = narrowWatched(state, scopePapers(state.scope, state.allPapers, state.mine.lists, state.remote.trending?.papers));
	// Relevance needs a search: with the query gone, the list goes back to upvotes.
	if (state.sort === 'relevance' && state.query.trim() === '') state = {...state, sort: 'upvotes'};
	const view = buildView(
		papers,
		state.sort,
		state.query,
		state.limit,
		options.narrowing ? state.view : undefined,
		state.grouping,
		searchNotReady(state, papers),
		state.sort === 'for-you' ? forYouOrder(state, papers) : null,
		{linked: linkedLookup(state.remote.infos), annotated: annotatedLookup(state.mine.annotations)},
	);
	let cursor = 0;
	if (options.keepCursor !== false && current) {
		const key = paperKey(current);
		const found = view.papers.findIndex((p) => p === current || paperKey(p) === key);
		cursor = found >= 0 ? found : Math.min(state.cursor, Math.max(0, view.papers.length - 1));
	}
	return scrollToCursor({...state, view, cursor, top: options.keepCursor === false ? 0 : state.top});
}

export function maxAbstractScroll(state: State): number {
	const paper = currentPaper(state);
	if (!paper) return 0;
	const {abstractHeight, abstractWidth} = layout(state.viewport);
	return Math.max(0, paneWithNote(state, paper, abstractWidth).length - abstractHeight);
}

/** The pane's lines, after a first line saying why the paper is here (more like this, for you) when it says so. */
export function paneWithNote(state: State, paper: Paper, width: number): AbstractLine[] {
	const entry = paper.id ? state.remote.infos.get(paper.id) : undefined;
	const partial = state.scope.kind === 'remote' && state.scope.partial.has(paper);
	// An answer of the old shape is a title and an id: the record, once in, is the paper.
	const whole = partial && entry?.status === 'ready' && entry.info.paper ? entry.info.paper : paper;
	// Offline, a paper with no record kept says so from the first frame on (none will be asked for).
	const missing =
		!entry && state.remote.offline && paper.id
			? ({status: 'failed', message: 'none kept (papers fetch --info keeps them)'} as const)
			: entry;
	const lines = [
		...withOwn(state, paper, withRecord(paneLines(whole, width, state.authorsExpanded), missing, width), width),
		...discussionLines(paper, paper.id ? state.remote.discussions.get(paper.id) : undefined, width),
	];
	const watched = watchNames(state, paper);
	const notes = [
		paneNote(state, paper),
		watched.length > 0 ? `watched: ${watched.join(', ')}` : null,
		...inCollections(state, paper),
		whole === paper && partial ? 'Hugging Face gave a title and an id only: the rest comes with its record, in a moment' : null,
	].filter((n) => n !== null);
	if (notes.length === 0) return lines;
	return [
		...notes.flatMap((note) => wrapText(sanitizeLine(note), width).map((text) => ({text, kind: 'meta' as const}))),
		{text: '', kind: 'blank'},
		...lines,
	];
}

/** The user's own: the tags and the PDF on disk after the links, the note before the abstract. */
function withOwn(state: State, paper: Paper, lines: AbstractLine[], width: number): AbstractLine[] {
	const key = keyOf(paper);
	const tags = state.mine.annotations.tags[key];
	const note = state.mine.annotations.notes[key]?.text;
	const pdf = paper.id ? state.remote.pdfs.get(paper.id) : undefined;
	const meta = [tags?.length ? `Tags: ${tags.map((t) => `#${t}`).join(' ')}` : null, pdf ? `PDF on disk: ${pdf}` : null].filter(
		(l) => l !== null,
	);
	if (meta.length === 0 && !note) return lines;
	const wrapped = (text: string, kind: AbstractLine['kind']) => wrapText(sanitizeLine(text), width).map((t) => ({text: t, kind}));
	const noteLines = note
		? [
				{text: 'Your note', kind: 'label' as const},
				...sanitizeText(note)
					.split('\n')
					.flatMap((l) => (l ? wrapped(l, 'body') : [{text: '', kind: 'blank' as const}])),
				{text: '', kind: 'blank' as const},
			]
		: [];
	const lastLink = lines.findLastIndex((l) => l.kind === 'url' || (l.kind === 'meta' && /^Models/.test(l.text)));
	const at =
		lastLink >= 0
			? lastLink + 1
			: Math.max(
					0,
					lines.findIndex((l) => l.kind === 'blank'),
				);
	const blank = lines.findIndex((l, i) => i >= at && l.kind === 'blank');
	const before = blank >= 0 ? blank + 1 : lines.length;
	return [
		...lines.slice(0, at),
		...meta.flatMap((m) => wrapped(m, 'meta')),
		...lines.slice(at, before),
		...noteLines,
		...lines.slice(before),
	];
}

/** The record's counts and top repositories, after the paper's links; what is missing or failed, in one line. */
function withRecord(lines: AbstractLine[], entry: InfoEntry | undefined, width: number): AbstractLine[] {
	if (!entry) return lines;
	const said =
		entry.status === 'ready'
			? infoLines(entry.info)
			: [entry.status === 'asking' ? 'Models · Datasets · Spaces: asking Hugging Face…' : `Models · Datasets · Spaces: ${entry.message}`];
	const lastLink = lines.findLastIndex((l) => l.kind === 'url');
	const at =
		lastLink >= 0
			? lastLink + 1
			: Math.max(
					0,
					lines.findIndex((l) => l.kind === 'blank'),
				);
	const added = said.flatMap((text) => wrapText(sanitizeLine(text), width).map((t) => ({text: t, kind: 'meta' as const})));
	return [...lines.slice(0, at), ...added, ...lines.slice(at)];
}

/**
 * The library replaced (a refresh brought papers): the same paper stays current on the same screen row, and the
 * search, the sort and the picks stay as they were.
 */
export function replaceLibrary(state: State, papers: readonly Paper[], origin: string): State {
	const current = currentPaper(state);
	const offset = current ? rowOfPaper(state.view, state.cursor) - state.top : 0;
	const next = refresh({...state, allPapers: papers, origin});
	if (!current || (currentPaper(next) !== current && paperKey(currentPaper(next) ?? current) !== paperKey(current))) return next;
	const {listHeight} = layout(state.viewport);
	const top = Math.max(0, Math.min(rowOfPaper(next.view, next.cursor) - offset, Math.max(0, rowCount(next.view) - listHeight)));
	return scrollToCursor({...next, top});
}

/** The lists holding the paper that are synced with a Hugging Face collection: it is shared there too. */
function inCollections(state: State, paper: Paper): string[] {
	const key = keyOf(paper);
	return Object.entries(state.mine.collections)
		.filter(([list]) => state.mine.lists[list]?.some((e) => keyOf(e.paper) === key))
		.map(([list, slug]) => `in ${quoted(list)}, synced with the collection ${sanitizeLine(slug)} on Hugging Face`);
}
