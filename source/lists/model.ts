import {paperKey, type Paper} from '../digest/paper.js';

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

export type ListSummary = {name: string; count: number; unread: number};

export function summarize(lists: ReadingLists): ListSummary[] {
	return Object.entries(lists)
		.map(([name, entries]) => ({name, count: entries.length, unread: entries.filter((e) => !e.read).length}))
		.sort((a, b) => (a.name === DEFAULT_LIST ? -1 : b.name === DEFAULT_LIST ? 1 : a.name.localeCompare(b.name)));
}

const savedKeyCache = new WeakMap<ReadingLists, ReadonlySet<string>>();

/** Keys of every paper saved in any list (memoised per lists snapshot). */
export function savedKeys(lists: ReadingLists): ReadonlySet<string> {
	let keys = savedKeyCache.get(lists);
	if (!keys) {
		keys = new Set(Object.values(lists).flatMap((entries) => entries.map((e) => paperKey(e.paper))));
		savedKeyCache.set(lists, keys);
	}
	return keys;
}

const readKeyCache = new WeakMap<readonly ListEntry[], ReadonlySet<string>>();

/** Keys of the entries of one list marked read (memoised per entries array: not rebuilt on every key press). */
export function readKeys(entries: readonly ListEntry[]): ReadonlySet<string> {
	let keys = readKeyCache.get(entries);
	if (!keys) {
		keys = new Set(entries.filter((e) => e.read).map((e) => paperKey(e.paper)));
		readKeyCache.set(entries, keys);
	}
	return keys;
}

export function listHas(lists: ReadingLists, name: string, key: string): boolean {
	return (lists[name] ?? []).some((e) => paperKey(e.paper) === key);
}

/** A list name as typed: trimmed, no control characters, at most 60 characters; null when nothing is left. */
export function cleanListName(name: string): string | null {
	const clean = name
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
		.trim()
		.slice(0, 60);
	return clean === '' ? null : clean;
}
