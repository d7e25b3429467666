import {memoize, memoizeBy} from '../../cache.js';
import {longDate} from '../../digest/dates.js';
import {orderPapers, orderPapersInSlices, type SortKey} from '../../digest/collection.js';
import type {Slicer} from '../../slices.js';
import {groupKey, type Grouping} from '../../digest/groups.js';
import {narrows, parseQuery, type Query} from '../../digest/query.js';
import {relevance, searchIndex, searchPapers} from '../../digest/search.js';
import type {Paper} from '../../digest/paper.js';
import {entriesOf, listPapers, type ReadingLists} from '../../lists/model.js';

/*
 * The view model: which papers are on screen, in which day groups, and which rows a window of the list shows.
 * Pure functions of the papers, the sort, the query and the limit; the reducer keeps one View in its state.
 */

/** What the list shows: the loaded digests, or one reading list. */
export type Scope =
	| {kind: 'digests'}
	| {kind: 'list'; name: string}
	| {kind: 'trending'}
	/** Hugging Face's answers to a search of every paper it indexes (Ctrl-R in the search box); `back` is where it was asked. */
	| {
			kind: 'remote';
			query: string;
			papers: readonly Paper[];
			/** The words the site highlighted in titles and abstracts. */
			marks: {title: readonly string[]; body: readonly string[]};
			/** Answers of the old shape: a title and an id, the rest in the paper's record. */
			partial: ReadonlySet<Paper>;
			back: {scope: Scope; sort: ViewSort; query: string; key: Paper | null};
	  }
	/** "More like this": the papers most like one (`of`), most alike first, each with why; `back` is where M was pressed. */
	| {
			kind: 'similar';
			of: string;
			papers: readonly Paper[];
			reasons: ReadonlyMap<Paper, string>;
			back: {scope: Scope; sort: ViewSort; query: string; key: Paper};
	  };

/** The orders the browser offers: the command line's, and relevance while a search is on. */
export type ViewSort = SortKey | 'relevance' | 'trending' | 'likeness' | 'for-you' | 'answer';

/** A day's (week's, month's) run of papers in the view, or the one flat run of a relevance order. */
export type Group = {
	/** The group's key: a day, `2026-W48` or `2026-11`; null for the undated. */
	date: string | null;
	/** Said instead of the date: the flat list of a relevance order. */
	label?: string;
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
	/** Every paper the query matched, before the limit: what narrowing starts from. */
	matched: readonly Paper[];
	/** The query as read (the last one that could be read, while the typed one cannot). */
	parsed: Query;
	/** Why the typed query cannot be read; the papers are then those of the last query that could. */
	problem: string | null;
	/** What the typed query waits for (the store, its index) before it runs; the papers are those of the last query. */
	waiting: string | null;
	/** One run of papers, not day groups: each row shows its date. */
	flat: boolean;
	/** What the groups are: days, ISO weeks or months. */
	grouping: Grouping;
};

export type Row = {kind: 'header'; group: Group} | {kind: 'paper'; index: number; paper: Paper};

export const EMPTY_VIEW: View = {
	papers: [],
	groups: [],
	query: '',
	matched: [],
	parsed: {terms: [], text: ''},
	problem: null,
	waiting: null,
	flat: false,
	grouping: 'day',
};

type OrderKey = `${SortKey}:${Grouping}`;

// Sorting 20,000 papers per key press would lag: keep one ordering per papers array and sort key.
const ordered = memoizeBy((papers: readonly Paper[], key: OrderKey): readonly Paper[] => {
	const [sort, grouping] = key.split(':') as [SortKey, Grouping];
	return orderPapers(papers, sort, grouping);
});

/** The sort key a view of `sort` orders by (trending, likeness, answers and "for you" come ordered; the rest by upvotes). */
const sortKeyOf = (sort: ViewSort): SortKey => (sort === 'date' || sort === 'title' ? sort : 'upvotes');
const orderKey = (sort: ViewSort, grouping: Grouping): OrderKey => `${sortKeyOf(sort)}:${grouping}`;

/** A library's order for the view, made beforehand a group at a time: a sort of a large library
 * would hold a key up (bench: `key to frame from the first frame on`). */
export async function prepareOrder(
	papers: readonly Paper[],
	sort: ViewSort,
	grouping: Grouping,
	slices: Slicer,
): Promise<readonly Paper[]> {
	const order = await orderPapersInSlices(papers, sortKeyOf(sort), grouping, slices);
	ordered.put(papers, orderKey(sort, grouping), order);
	return order;
}

/** The papers in scope, before search. */
export function scopePapers(
	scope: Scope,
	allPapers: readonly Paper[],
	lists: ReadingLists,
	trending: readonly Paper[] = [],
): readonly Paper[] {
	if (scope.kind === 'trending') return trending;
	if (scope.kind === 'similar' || scope.kind === 'remote') return scope.papers;
	return scope.kind === 'digests' ? allPapers : listPapers(entriesOf(lists, scope.name));
}

export function groupsOf(papers: readonly Paper[], grouping: Grouping = 'day'): Group[] {
	// A plain loop over the view, run on every search keystroke: the callback form was slower (bench: `search
	// keystroke to frame at 20k`).
	const groups: Group[] = [];
	let last: Group | undefined;
	for (let index = 0; index < papers.length; index++) {
		const date = papers[index]!.date;
		const key = grouping === 'day' ? date : groupKey(date, grouping);
		if (last && last.date === key) last.count++;
		else groups.push((last = {date: key, start: index, count: 1}));
	}
	return groups;
}

function byRelevance(papers: readonly Paper[], query: Query): Paper[] {
	const scores = new Map(papers.map((p) => [p, relevance(p, query)]));
	return [...papers].sort((a, b) => scores.get(b)! - scores.get(a)! || b.upvotes - a.upvotes);
}

/**
 * The view of `all` in `sort` order, filtered by `query`, then cut to `limit`: the filters first, then the limit,
 * as the print path does (cli/select.ts: the same searchPapers language, the same orderPapers).
 */
export function buildView(
	all: readonly Paper[],
	sort: ViewSort,
	text: string,
	limit: number | null = null,
	previous?: View,
	grouping: Grouping = 'day',
	/** Why the library cannot be searched yet (null: it can): a query typed meanwhile waits, with what it waits for. */
	notReady: string | null = null,
	/** The papers in "for you" order, when that is the sort and there is something to learn from. */
	forYou: readonly Paper[] | null = null,
	/** The counts of the papers' Hugging Face records (`models:>0`), the user's notes and tags (`note:`, `tag:`). */
	lookups: Pick<Query, 'linked' | 'annotated'> = {},
): View {
	const parsed = parseQuery(text);
	const keep = (): View =>
		previous && !previous.problem && !previous.waiting
			? previous
			: buildView(all, sort, previous?.parsed.text ?? '', limit, undefined, grouping, notReady, forYou, lookups);
	// While the query cannot be read, the last results stay, and the footer says what is wrong.
	if (!parsed.ok) return {...keep(), problem: parsed.problem};
	const query = {...parsed.query, ...lookups};
	if (notReady && query.terms.length > 0) return {...keep(), waiting: notReady};
	const relevant = sort === 'relevance' && query.terms.length > 0;
	// Trending keeps the site's order, and "more like this" its likeness, in one run; "for you" comes ordered.
	const inOrder = sort === 'trending' || sort === 'likeness' || sort === 'answer';
	const base = inOrder ? all : sort === 'for-you' && forYou ? forYou : ordered(all, orderKey(sort, grouping));
	// Typing on narrows: whatever matches "rein" matched "rei", so filter the last result instead of everything.
	const from = previous && !previous.problem && narrows(query, previous.parsed) ? previous.matched : base;
	let matched = query.terms.length === 0 ? base : searchPapers(from, query, searchIndex(all));
	if (relevant) matched = byRelevance(matched, query);
	const papers = limit !== null && matched.length > limit ? matched.slice(0, limit) : matched;
	const flat = relevant || inOrder;
	const label = relevant
		? 'By relevance'
		: sort === 'likeness'
			? 'Most alike first'
			: sort === 'answer'
				? 'Hugging Face search, best match first'
				: 'Trending';
	const groups = flat ? (papers.length ? [{date: null, label, start: 0, count: papers.length}] : []) : groupsOf(papers, grouping);
	return {papers, groups, query: text, matched, parsed: query, problem: null, waiting: null, flat, grouping};
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

/** The rows from `top`, at most `count` of them: only what is seen is built. */
export function visibleRows(view: View, top: number, count: number): Row[] {
	const rows: Row[] = [];
	if (view.papers.length === 0) return rows;
	// The group whose header row is at or before top.
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

/** The widest upvote count in the view, so the ▲ column never wraps (once per view). */
export const votesWidth = memoize((papers: readonly Paper[]) => {
	let max = 0;
	for (const p of papers) if (p.upvotes > max) max = p.upvotes;
	return Math.max(5, 2 + String(max).length);
});

/** The day of a paper, for the header and the day rows. */
export function dayLabel(date: string | null): string {
	return date ? longDate(date) : 'undated';
}
