import {memoize} from '../cache.js';
import {paperKey, type Paper} from '../digest/paper.js';
import {holdsHidden, replaceControls} from '../text.js';

/** A saved paper: a full snapshot, so a list still shows and prints after its digest is gone. */
export type ListEntry = {
	paper: Paper;
	/** ISO timestamp. */
	savedAt: string;
	read: boolean;
};

/** Every reading list by name, entries in the order they were saved. */
export type ReadingLists = Readonly<Record<string, readonly ListEntry[]>>;

export const DEFAULT_LIST = 'later';

/**
 * A map by list name with no prototype: a list may be called `__proto__`, `toString` or `constructor`, and a plain
 * object would answer those names with Object.prototype's members.
 */
export function byName<T>(from: Readonly<Record<string, T>> = {}): Record<string, T> {
	return Object.assign(Object.create(null) as Record<string, T>, from);
}

/** The entries of one list; none when no list has that name (whatever the name). */
export function entriesOf(lists: ReadingLists, name: string): readonly ListEntry[] {
	return Object.hasOwn(lists, name) ? lists[name]! : [];
}

export type ListSummary = {name: string; count: number; unread: number};

export function summarize(lists: ReadingLists): ListSummary[] {
	return Object.entries(lists)
		.map(([name, entries]) => ({name, count: entries.length, unread: entries.filter((e) => !e.read).length}))
		.sort((a, b) => (a.name === DEFAULT_LIST ? -1 : b.name === DEFAULT_LIST ? 1 : a.name.localeCompare(b.name)));
}

/** Keys of every paper saved in any list (once per lists snapshot, not on every key press). */
export const savedKeys = memoize(
	(lists: ReadingLists): ReadonlySet<string> => new Set(Object.values(lists).flatMap((entries) => entries.map((e) => paperKey(e.paper)))),
);

/** Keys of the entries of one list marked read. */
export const readKeys = memoize(
	(entries: readonly ListEntry[]): ReadonlySet<string> => new Set(entries.filter((e) => e.read).map((e) => paperKey(e.paper))),
);

export function listHas(lists: ReadingLists, name: string, key: string): boolean {
	return entriesOf(lists, name).some((e) => paperKey(e.paper) === key);
}

/** How long a list name may be: it is shown in one line of `papers lists`, the header and the footer. */
export const LIST_NAME_MAX = 100;

/** Why a list name cannot be used (control or bidi characters, too long, empty), or null when it can. */
export function listNameProblem(name: string): string | null {
	if (name.trim() === '') return 'a list name cannot be empty';
	if (holdsHidden(name)) return 'a list name cannot hold control or bidi characters';
	if (name.trim().length > LIST_NAME_MAX) return `a list name is at most ${LIST_NAME_MAX} characters`;
	return null;
}

/** A list name as typed in the browser's box: trimmed, no control characters, at most LIST_NAME_MAX; null when nothing is left. */
export function cleanListName(name: string): string | null {
	// No controls, and no bidi overrides: a name that reorders itself on screen could pass for another list.
	const clean = replaceControls(name)
		.replace(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, '')
		.trim()
		.slice(0, LIST_NAME_MAX);
	return clean === '' ? null : clean;
}

/** Every saved paper, once, of every list or of the one named: what "for you" learns from. */
export function savedPapers(lists: ReadingLists, only: string | null = null): readonly Paper[] {
	if (only !== null) return listPapers(entriesOf(lists, only));
	const seen = new Map<string, Paper>();
	for (const entries of Object.values(lists)) for (const paper of listPapers(entries)) seen.set(paperKey(paper), paper);
	return [...seen.values()];
}

/** The papers of one list, in the order they were saved. */
export const listPapers = memoize((entries: readonly ListEntry[]): Paper[] => entries.map((e) => e.paper));
