import path from 'node:path';
import {paperKey, type Paper} from '../digest/paper.js';
import {entryKey, type RawLists} from './document.js';
import {byName} from './model.js';
import {readSnapshot} from './read.js';
import {removeList} from './manage.js';
import {annotationsOf, setNote} from './annotations.js';

/*
 * A reading list's Hugging Face collection: which one (its slug), and what both sides held when they last agreed
 * (the base), so that a paper removed on one side is removed on the other, not brought back from it. Kept in
 * config.json beside the lists, under the same lock; read here without lock or conf.
 */

export const COLLECTIONS_KEY = 'collections';

export type CollectionLink = {
	slug: string;
	/** arXiv ids both sides held after the last push, pull or sync. */ base: string[];
	syncedAt: string;
};

export type Links = Record<string, CollectionLink>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function linksOf(rest: Record<string, unknown>): Links {
	const links: Links = byName();
	const value = rest[COLLECTIONS_KEY];
	if (!isObject(value)) return links;
	for (const [list, link] of Object.entries(value))
		if (isObject(link) && typeof link.slug === 'string' && Array.isArray(link.base) && typeof link.syncedAt === 'string')
			links[list] = {slug: link.slug, base: link.base.filter((id): id is string => typeof id === 'string'), syncedAt: link.syncedAt};
	return links;
}

export function readLinks(dir: string, now = new Date()): Links {
	return linksOf(readSnapshot(path.join(dir, 'config.json'), now).doc.rest);
}

/** Each list's collection, by list name: what the browser shows. */
export const slugsOf = (dir: string): Record<string, string> =>
	Object.fromEntries(Object.entries(readLinks(dir)).map(([list, link]) => [list, link.slug]));

/** A list's papers by arXiv id (a paper known by its title alone cannot be in a collection). */
export const idOfEntry = (paper: Record<string, unknown>) => (typeof paper.id === 'string' ? paper.id.replace(/v\d+$/, '') : null);

/** What a sync does, from what each side holds now and what both held at the last one (none: the first sync). */
export type SyncPlan = {send: string[]; take: string[]; removeThere: string[]; removeHere: string[]};

export function planSync(here: readonly string[], there: readonly string[], base: readonly string[] | null): SyncPlan {
	const [h, t] = [new Set(here), new Set(there)];
	// The first sync joins both sides: nothing was removed since a last agreement there was none of.
	const b = new Set(base ?? []);
	return {
		send: here.filter((id) => !t.has(id) && !b.has(id)),
		take: there.filter((id) => !h.has(id) && !b.has(id)),
		removeThere: there.filter((id) => !h.has(id) && b.has(id)),
		removeHere: here.filter((id) => !t.has(id) && b.has(id)),
	};
}

/** What a sync, push or pull changes of a list here, applied under the lists' lock to the file as it is then. */
export type LocalChange = {
	list: string;
	add: readonly Paper[];
	/** Notes from the collection, set only where the paper has none. */
	notes: ReadonlyMap<string, string>;
	removeIds: readonly string[];
	/** The link to keep, its base made from what the list holds after the change and `there`. */
	link: {slug: string; there: readonly string[]} | null;
	dir: string;
	now: Date;
};

/** Applies a change to the document; answers where a list emptied by the other side was kept, if one was. */
export function applyLocal(raw: RawLists, rest: Record<string, unknown>, change: LocalChange): string | null {
	const entries = [...(raw[change.list] ?? [])];
	const held = new Set(entries.map(entryKey));
	for (const paper of change.add)
		if (!held.has(paperKey(paper))) {
			held.add(paperKey(paper));
			entries.push({paper: {...paper}, savedAt: change.now.toISOString(), read: false});
		}
	const notes = annotationsOf(rest).notes;
	for (const [key, text] of change.notes) if (!notes[key]) setNote(rest, key, text, change.now);
	const dropped = new Set(change.removeIds);
	const kept = entries.filter((e) => !dropped.has(idOfEntry(e.paper) ?? ''));
	let backup: string | null = null;
	// Nothing local is lost to a sync: a list the other side emptied is kept aside whole first, as `lists rm` keeps it.
	if (kept.length === 0 && entries.length > 0 && dropped.size > 0) {
		raw[change.list] = entries;
		backup = removeList(raw, change.list, change.dir, change.now).backup;
	}
	raw[change.list] = kept;
	if (change.link) {
		const there = new Set(change.link.there);
		const base = kept.flatMap((e) => idOfEntry(e.paper) ?? []).filter((id) => there.has(id));
		rest[COLLECTIONS_KEY] = {...linksOf(rest), [change.list]: {slug: change.link.slug, base, syncedAt: change.now.toISOString()}};
	}
	return backup;
}

/** A list renamed carries its collection with it; a list removed forgets it. */
export function moveLink(rest: Record<string, unknown>, from: string, to: string | null): void {
	const links = linksOf(rest);
	if (!Object.hasOwn(links, from)) return;
	const link = links[from]!;
	delete links[from];
	if (to !== null) links[to] = link;
	rest[COLLECTIONS_KEY] = links;
}
