import {makePaper, paperKey, type Paper} from '../digest/paper.js';
import {API_BUDGET, FetchError, pacer} from '../fetch/hf-api.js';
import * as hub from '../fetch/hf-collections.js';
import {readAnnotations} from '../lists/annotations.js';
import {applyLocal, idOfEntry, planSync, readLinks, type CollectionLink, type LocalChange, type SyncPlan} from '../lists/collections.js';
import {cleanListName, entriesOf, type ReadingLists} from '../lists/model.js';
import {readLists} from '../lists/read.js';
import type {PapersPaths} from '../store/paths.js';
import {readStore} from '../store/store.js';
import {faultPoint} from '../fault.js';
import {findToken, noTokenMessage} from './hf-token.js';
import {httpOptions, type HttpSettings} from './http.js';

/*
 * Reading lists as Hugging Face Collections: push a list to one, pull one into a list, and sync both ways. What the
 * site holds changes first, then the list here, in one locked write that also keeps the new base: a sync cut off in
 * between finds on its next run that the other side already holds what it sent, and finishes.
 */

export type Hub = {auth: hub.Auth; pace: ReturnType<typeof pacer>; paths: PapersPaths; now: () => Date};

/** The account's settings for this run: the token read now, one request budget for the whole run. */
export function hubOf(options: {timeoutMs: number}, io: HttpSettings, paths: PapersPaths, tokenNeeded = true): Hub {
	const token = findToken(io.env);
	if (!token && tokenNeeded) throw new FetchError(noTokenMessage(io.env));
	return {
		auth: {...httpOptions(options, io), token: token?.token ?? ''},
		pace: pacer(API_BUDGET.max, API_BUDGET.windowMs),
		paths,
		now: () => new Date(),
	};
}

const idsOf = (lists: ReadingLists, name: string) => entriesOf(lists, name).flatMap((e) => idOfEntry(e.paper) ?? []);

async function change(h: Hub, local: Omit<LocalChange, 'dir' | 'now'>): Promise<string | null> {
	const {openLists} = await import('../lists/store.js');
	const {service} = await openLists({dir: h.paths.config, now: h.now});
	return service.changeDocument((raw, rest) => applyLocal(raw, rest, {...local, dir: h.paths.config, now: h.now()}));
}

async function wholeCollection(h: Hub, slug: string): Promise<hub.RemoteCollection> {
	const collection = await h.pace(() => hub.getCollection(slug, h.auth));
	if (!collection) throw new FetchError(`no collection ${slug} on Hugging Face (or it is private and not the token's)`);
	return collection;
}

export type PushOutcome = {slug: string; url: string; added: number; there: number; notIndexed: string[]; noId: number; notes: number};

/** Sends a list's papers (with their notes, cut to the site's 500 characters) to its collection, made when needed. */
export async function pushList(h: Hub, name: string, to: {slug: string | null; private: boolean}): Promise<PushOutcome> {
	const {lists} = readLists(h.paths.config);
	if (!Object.hasOwn(lists, name)) throw new FetchError(`no reading list "${name}"`);
	const link = readLinks(h.paths.config)[name];
	const slug = to.slug ?? link?.slug ?? (await collectionFor(h, name, to.private));
	const collection = await wholeCollection(h, slug);
	const notes = readAnnotations(h.paths.config).notes;
	const there = new Map(collection.items.map((i) => [i.id, i]));
	const outcome: PushOutcome = {slug, url: hub.collectionUrl(slug, h.auth), added: 0, there: 0, notIndexed: [], noId: 0, notes: 0};
	for (const entry of entriesOf(lists, name)) {
		const id = idOfEntry(entry.paper);
		if (!id) {
			outcome.noId++;
			continue;
		}
		const note = notes[paperKey({id, title: ''})]?.text;
		const item = there.get(id);
		if (item) {
			outcome.there++;
			if (note && item.note !== hub.remoteNote(note)) {
				await h.pace(() => hub.setItemNote(slug, item.itemId, hub.remoteNote(note), h.auth));
				outcome.notes++;
			}
			continue;
		}
		const added = await h.pace(() => hub.addItem(slug, id, note ? hub.remoteNote(note) : null, h.auth));
		if (added === 'not-indexed') outcome.notIndexed.push(id);
		else {
			outcome.added++;
			there.set(id, {itemId: '', id, note: null, title: null, upvotes: 0, publishedAt: null});
		}
	}
	await change(h, {list: name, add: [], notes: new Map(), removeIds: [], link: {slug, there: [...there.keys()]}});
	return outcome;
}

/** The user's collection of this title: found, or made. */
async function collectionFor(h: Hub, title: string, isPrivate: boolean): Promise<string> {
	const owner = await h.pace(() => hub.whoami(h.auth));
	return (
		(await h.pace(() => hub.findCollection(owner, title, h.auth))) ??
		(await h.pace(() => hub.createCollection(title, owner, isPrivate, h.auth)))
	);
}

/** The papers of items, as the store has them, else as the collection gives them. */
async function papersOf(h: Hub, items: readonly hub.RemoteItem[]): Promise<Paper[]> {
	const wanted = new Set(items.map((i) => i.id));
	const stored = new Map<string, Paper>();
	for (const p of (await readStore(h.paths.store)).papers)
		if (p.id && wanted.has(p.id.replace(/v\d+$/, ''))) stored.set(p.id.replace(/v\d+$/, ''), p);
	return items.map(
		(i) =>
			stored.get(i.id) ??
			makePaper({
				id: i.id,
				title: (i.title ?? i.id).slice(0, 500),
				upvotes: i.upvotes,
				date: i.publishedAt?.slice(0, 10).match(/^\d{4}-\d{2}-\d{2}$/)?.[0] ?? null,
			}),
	);
}

const notesOf = (items: readonly hub.RemoteItem[]) =>
	new Map(items.flatMap((i) => (i.note?.trim() ? [[paperKey({id: i.id, title: ''}), i.note.trim()] as const] : [])));

export type PullOutcome = {list: string; slug: string; added: number; notes: number; backup: string | null};

/** A collection (anyone's public one, or the token's own) into a list: made, or merged into. */
export async function pullCollection(h: Hub, slug: string, as: string | null): Promise<PullOutcome> {
	const collection = await wholeCollection(h, slug);
	const name = as ?? cleanListName(collection.title) ?? slug;
	const {lists} = readLists(h.paths.config);
	const held = new Set(idsOf(lists, name));
	const fresh = collection.items.filter((i) => !held.has(i.id));
	const link = readLinks(h.paths.config)[name];
	const notes = readAnnotations(h.paths.config).notes;
	const noted = [...notesOf(collection.items).keys()].filter((k) => !notes[k]).length;
	const backup = await change(h, {
		list: name,
		add: await papersOf(h, fresh),
		notes: notesOf(collection.items),
		removeIds: [],
		// A list keeps the collection it came from, unless it syncs with another already.
		link: !link || link.slug === collection.slug ? {slug: collection.slug, there: collection.items.map((i) => i.id)} : null,
	});
	return {list: name, slug: collection.slug, added: fresh.length, notes: noted, backup};
}

export type SyncOutcome = {list: string; slug: string; plan: SyncPlan; notIndexed: string[]; backup: string | null};

/** Both ways, for one list that has a collection: additions and removals on either side reach the other. */
export async function syncList(h: Hub, name: string, link: CollectionLink, dryRun: boolean): Promise<SyncOutcome> {
	const collection = await wholeCollection(h, link.slug);
	const {lists} = readLists(h.paths.config);
	const plan = planSync(
		idsOf(lists, name),
		collection.items.map((i) => i.id),
		link.base,
	);
	const outcome: SyncOutcome = {list: name, slug: link.slug, plan, notIndexed: [], backup: null};
	if (dryRun) return outcome;
	const there = new Set(collection.items.map((i) => i.id));
	const notes = readAnnotations(h.paths.config).notes;
	for (const id of plan.send) {
		const note = notes[paperKey({id, title: ''})]?.text;
		const added = await h.pace(() => hub.addItem(link.slug, id, note ? hub.remoteNote(note) : null, h.auth));
		if (added === 'not-indexed') outcome.notIndexed.push(id);
		else there.add(id);
	}
	for (const item of collection.items.filter((i) => plan.removeThere.includes(i.id))) {
		await h.pace(() => hub.removeItem(link.slug, item.itemId, h.auth));
		there.delete(item.id);
	}
	faultPoint('collections:sent-before-kept');
	const taken = collection.items.filter((i) => plan.take.includes(i.id));
	outcome.backup = await change(h, {
		list: name,
		add: await papersOf(h, taken),
		notes: notesOf(taken),
		removeIds: plan.removeHere,
		link: {slug: link.slug, there: [...there]},
	});
	return outcome;
}
