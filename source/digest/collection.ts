import {memoize} from '../cache.js';
import type {Slicer} from '../slices.js';
import {groupKey, type Grouping} from './groups.js';
import {parseQuery, type Query} from './query.js';
import {matchesQuery} from './search.js';
import {paperKey, type Paper} from './paper.js';

export type SortKey = 'upvotes' | 'date' | 'title';
export const SORT_KEYS: readonly SortKey[] = ['upvotes', 'date', 'title'];

export type Filter = {
	/** Only this day (YYYY-MM-DD). */
	day?: string | null;
	/** Only this day or later. */
	since?: string | null;
	/** Only this day or earlier (the end of a --week or --month). */
	until?: string | null;
	/** A query in the search language (digest/query.ts); the command line checks it before it gets here. */
	text?: string | null;
	minUpvotes?: number | null;
	/** The counts of each paper's kept Hugging Face record, for `models:>0` and its kin. */
	linked?: Query['linked'];
	/** The user's notes and tags, for `note:` and `tag:`. */
	annotated?: Query['annotated'];
};

export type DateGroup = {
	/** The group's key (YYYY-MM-DD, YYYY-Www, YYYY-MM), or null for the papers no digest dated. */
	date: string | null;
	papers: Paper[];
};

function better(a: Paper, b: Paper): Paper {
	// Upvotes only grow, so the higher count is the fresher record; the longer abstract is the uncut one.
	const [main, other] = b.upvotes > a.upvotes ? [b, a] : [a, b];
	return {
		...other,
		...main,
		id: main.id ?? other.id,
		url: main.url ?? other.url,
		abstract: other.abstract.length > main.abstract.length ? other.abstract : main.abstract,
		authors: main.authors.length >= other.authors.length ? main.authors : other.authors,
		authorCount: main.authorCount ?? other.authorCount,
		organization: main.organization ?? other.organization,
		date: main.date ?? other.date,
	};
}

/** One paper per key; order is that of first appearance. */
export function mergePapers(...lists: readonly (readonly Paper[])[]): Paper[] {
	const slots = new Map<string, Paper>();
	// A page-text paper has no id and an API one does: each paper answers to its id and to its title, so they meet.
	const aliases = new Map<string, string>();
	for (const list of lists) {
		for (const paper of list) {
			const titleKey = paperKey({id: null, title: paper.title});
			const keys = paper.id ? [paperKey(paper), titleKey] : [titleKey];
			let slot: string | undefined;
			for (const key of keys) {
				const candidate = aliases.get(key);
				if (candidate === undefined) continue;
				const existing = slots.get(candidate)!;
				// Same title, different arXiv ids: two papers.
				if (key === titleKey && existing.id && paper.id && existing.id !== paper.id) continue;
				slot = candidate;
				break;
			}
			if (slot === undefined) {
				slot = keys[0]!;
				slots.set(slot, paper);
			} else {
				slots.set(slot, better(slots.get(slot)!, paper));
			}
			for (const key of keys) if (!aliases.has(key)) aliases.set(key, slot);
		}
	}
	return [...slots.values()];
}

/**
 * Order within one day. Papers are always read a day at a time, so 'date' orders the days themselves
 * (oldest first, to catch up in order) and keeps upvotes within a day; 'upvotes' and 'title' keep newest day first.
 */
export function comparePapers(sort: SortKey): (a: Paper, b: Paper) => number {
	return sort === 'title' ? byTitle : byUpvotes;
}

// Intl.Collator is costly per comparison, and sorting a year of papers makes hundreds of thousands of them:
// compare lower-cased titles, each folded once.
const titleKey = memoize((paper: Paper) => paper.title.toLowerCase());

function byTitle(a: Paper, b: Paper): number {
	const x = titleKey(a);
	const y = titleKey(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

function byUpvotes(a: Paper, b: Paper): number {
	return b.upvotes - a.upvotes || byTitle(a, b);
}

/**
 * Groups (newest first, or oldest first for 'date'; the undated last), each ordered by comparePapers: by day, as
 * the site shows them, or by ISO week or month, where `upvotes` puts the week's or month's best first across days.
 */
export function groupPapers(papers: readonly Paper[], sort: SortKey = 'upvotes', grouping: Grouping = 'day'): DateGroup[] {
	const compare = groupOrder(sort, grouping);
	return buckets(papers, sort, grouping).map(([date, list]) => ({date, papers: list.sort(compare)}));
}

/** The papers in reading order, as orderPapers makes it, a group at a time between pauses (after the first frame). */
export async function orderPapersInSlices(papers: readonly Paper[], sort: SortKey, grouping: Grouping, slices: Slicer): Promise<Paper[]> {
	const compare = groupOrder(sort, grouping);
	const order: Paper[] = [];
	for (const [, list] of buckets(papers, sort, grouping)) {
		for (const paper of list.sort(compare)) order.push(paper);
		if (slices.due()) await slices.pause();
	}
	return order;
}

/** The papers by group (newest first, or oldest first for 'date'; the undated last), each group as it came. */
function buckets(papers: readonly Paper[], sort: SortKey, grouping: Grouping): [string | null, Paper[]][] {
	const groups = new Map<string | null, Paper[]>();
	for (const paper of papers) {
		const key = groupKey(paper.date, grouping);
		const list = groups.get(key);
		if (list) list.push(paper);
		else groups.set(key, [paper]);
	}
	const direction = sort === 'date' ? -1 : 1;
	return [...groups.entries()].sort(([a], [b]) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? direction : -direction));
}

/** Within a group: oldest day first for 'date' across a week or a month (to catch up in order), then upvotes within a day. */
function groupOrder(sort: SortKey, grouping: Grouping): (a: Paper, b: Paper) => number {
	const byDay = (a: Paper, b: Paper) => (a.date === b.date ? byUpvotes(a, b) : (a.date ?? '') < (b.date ?? '') ? -1 : 1);
	return sort === 'date' && grouping !== 'day' ? byDay : comparePapers(sort);
}

/** Day groups, as groupPapers makes them. */
export function groupByDate(papers: readonly Paper[], sort: SortKey = 'upvotes'): DateGroup[] {
	return groupPapers(papers, sort, 'day');
}

/** The papers in reading order: groups as groupPapers makes them, flattened. */
export function orderPapers(papers: readonly Paper[], sort: SortKey, grouping: Grouping = 'day'): Paper[] {
	return groupPapers(papers, sort, grouping).flatMap((g) => g.papers);
}

export function filterPapers(papers: readonly Paper[], filter: Filter): Paper[] {
	const parsed = parseQuery(filter.text ?? '');
	const query = parsed.ok
		? {...parsed.query, ...(filter.linked ? {linked: filter.linked} : {}), ...(filter.annotated ? {annotated: filter.annotated} : {})}
		: null;
	const min = filter.minUpvotes ?? null;
	return papers.filter(
		(p) =>
			(!filter.day || p.date === filter.day) &&
			(!filter.since || (p.date !== null && p.date >= filter.since)) &&
			(!filter.until || (p.date !== null && p.date <= filter.until)) &&
			(min === null || p.upvotes >= min) &&
			(query === null || matchesQuery(p, query)),
	);
}

/** The newest day with papers on or before `day` (today's fallback: a weekend, the morning before they are out). */
export const newestDayBy = (papers: readonly Paper[], day: string): string | null =>
	newestDay(papers.filter((p) => p.date !== null && p.date <= day));

/** Newest day that has any paper, or null. */
export function newestDay(papers: readonly Paper[]): string | null {
	let newest: string | null = null;
	for (const p of papers) if (p.date && (newest === null || p.date > newest)) newest = p.date;
	return newest;
}
