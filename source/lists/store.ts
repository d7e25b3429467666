import {faultPoint} from '../fault.js';
import fs from 'node:fs';
import path from 'node:path';
import {paperKey, type Paper} from '../digest/paper.js';
import {errorMessage} from '../text.js';
import {documentJson, entryKey, toReadingLists, type RawEntry, type RawLists} from './document.js';
import {ListsUnwritable, withLock} from './lock.js';
import {readLists, readSnapshot} from './read.js';
import type Conf from 'conf';
import {byName, type ReadingLists} from './model.js';
import type {ListsService} from './service.js';
import {copyList, movePaper, removeList, renameList} from './manage.js';
import {rulesOf, WATCH_KEY} from './watch-rules.js';
import {moveLink} from './collections.js';
import {annotationsOf, editTags, readAnnotations, setNote} from './annotations.js';
import {exportLibrary, mergeLibrary, type ImportOutcome, type LibraryDocument} from './transfer.js';

export {PROJECT_VERSION} from './document.js';
export {readLists};

/*
 * Reading lists are the only user data papers owns. Reads are plain file reads: no lock, no conf, and never a
 * write to config.json, so they work in a read-only home. Every change is a read-modify-write of the file on disk
 * under a lock (proper-lockfile), written by conf (temp file + rename), never a write-back of a copy held in
 * memory: two windows saving at once keep each other's entries, and Ctrl-C leaves the old file or the new one.
 */

export type ListsStoreOptions = {
	/** Folder of config.json (PAPERS_HOME, or the platform config folder). */
	dir: string;
	now?: () => Date;
};

export type OpenedLists = {
	service: ListsService & {
		addMany(list: string, papers: readonly Paper[]): Promise<number>;
		/** Every list (or those named), note and tag as one JSON document. */
		exportLibrary(names: readonly string[]): string;
		/** Merges such a document in, dropping nothing local. */
		importLibrary(library: LibraryDocument): Promise<ImportOutcome>;
		/** Adds, replaces or (with null) removes a watch rule; answers whether one of that name was there. */
		setRule(name: string, query: string | null): Promise<boolean>;
		/** Any other change of the document (a collection's sync), as one locked read-modify-write. */
		changeDocument<T>(fn: (lists: RawLists, rest: Record<string, unknown>) => T): Promise<T>;
	};
	/** Said once: what in the file could not be read, and where the whole file was kept. */
	notice: string | null;
};

const has = (entries: RawEntry[] | undefined, key: string) => (entries ?? []).some((e) => entryKey(e) === key);

/** Appends the papers the list does not hold yet, as snapshots saved now; answers how many. */
function appendNew(raw: RawLists, list: string, papers: readonly Paper[], savedAt: string): number {
	const entries = [...(raw[list] ?? [])];
	const keys = new Set(entries.map(entryKey));
	let added = 0;
	for (const paper of papers) {
		const key = paperKey(paper);
		if (keys.has(key)) continue;
		keys.add(key);
		entries.push({paper: {...paper}, savedAt, read: false});
		added++;
	}
	raw[list] = entries;
	return added;
}

type Change = <T>(fn: (lists: RawLists, rest: Record<string, unknown>) => T) => Promise<{lists: ReadingLists; result: T}>;

/** What changes a whole list, or the watch rules beside the lists: each a change of the file under its lock. */
function wholeListChanges(change: Change, dir: string, now: () => Date) {
	return {
		async removeList(list: string) {
			const {lists, result} = await change((raw, rest) => {
				moveLink(rest, list, null);
				return removeList(raw, list, dir, now());
			});
			return {lists, ...result};
		},
		renameList: async (from: string, to: string) =>
			(
				await change((raw, rest) => {
					renameList(raw, from, to);
					moveLink(rest, from, to);
				})
			).lists,
		async copyList(from: string, to: string) {
			const {lists, result} = await change((raw) => copyList(raw, from, to));
			return {lists, added: result};
		},
		movePaper: async (from: string, to: string, paper: Paper) => (await change((raw) => movePaper(raw, from, to, paper))).lists,
		async setRule(name: string, query: string | null) {
			const changed = await change((_lists, rest) => {
				const rules = rulesOf(rest);
				const had = Object.hasOwn(rules, name);
				if (query === null) delete rules[name];
				else rules[name] = query;
				rest[WATCH_KEY] = rules;
				return had;
			});
			return changed.result;
		},
	};
}

/** The user's notes and tags, and the whole library carried between machines: read plainly, changed under the lock. */
function libraryChanges(change: Change, dir: string, file: string, now: () => Date) {
	const annotated = (fn: (rest: Record<string, unknown>) => void) => async () =>
		(
			await change((_lists, rest) => {
				fn(rest);
				return annotationsOf(rest);
			})
		).result;
	return {
		annotations: async () => readAnnotations(dir, now()),
		setNote: (key: string, text: string | null) => annotated((rest) => setNote(rest, key, text, now()))(),
		setTags: (key: string, add: readonly string[], remove: readonly string[]) => annotated((rest) => editTags(rest, key, add, remove))(),
		exportLibrary: (names: readonly string[]) => {
			const {doc} = readSnapshot(file, now());
			return exportLibrary(doc.raw, doc.rest, names);
		},
		importLibrary: async (library: LibraryDocument) => (await change((raw, rest) => mergeLibrary(raw, rest, library, dir, now()))).result,
	};
}

/** conf's temp files (`config.json.tmp-…`) that a killed write left: under the lock no other write is under way. */
function removeLeftovers(dir: string): void {
	let names: string[];
	try {
		names = fs.readdirSync(dir);
	} catch {
		return;
	}
	for (const name of names) if (/^config\.json\.tmp-\d{10}[0-9a-f]{6}$/.test(name)) fs.rmSync(path.join(dir, name), {force: true});
}

export async function openLists(options: ListsStoreOptions): Promise<OpenedLists> {
	const now = options.now ?? (() => new Date());
	const file = path.join(options.dir, 'config.json');
	const {notice} = readSnapshot(file, now());
	// conf and its ajv are among the costliest chunks (bench: `chunks`, source-*.js): only a change pays for them.
	let confLoading: Promise<typeof Conf> | undefined;
	const loadConf = () => (confLoading ??= import('conf').then((m) => m.default));

	const change = async <T>(fn: (lists: RawLists, rest: Record<string, unknown>) => T): Promise<{lists: ReadingLists; result: T}> => {
		const ConfClass = await loadConf();
		try {
			fs.mkdirSync(options.dir, {recursive: true});
		} catch (error) {
			throw new ListsUnwritable(`cannot make ${options.dir} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
		}
		return withLock(file, () => {
			// Read inside the lock, so no other window's change is missed; anything unreadable is kept aside first.
			const {doc} = readSnapshot(file, now());
			const lists: RawLists = byName(doc.raw);
			const rest = {...doc.rest};
			const result = fn(lists, rest);
			faultPoint('lists:locked-before-write');
			const conf = new ConfClass({projectName: 'papers', cwd: options.dir, configName: 'config', clearInvalidConfig: true});
			conf.store = documentJson({...doc, raw: lists, rest});
			removeLeftovers(options.dir);
			return {lists: toReadingLists(lists), result};
		});
	};

	const listsOnly = async (fn: (raw: RawLists) => void) => (await change(fn)).lists;

	const service: OpenedLists['service'] = {
		read: async () => readLists(options.dir, now()).lists,
		async toggle(list, paper) {
			const key = paperKey(paper);
			const {lists, result} = await change((raw) => {
				if (!has(raw[list], key)) return appendNew(raw, list, [paper], now().toISOString()) > 0;
				raw[list] = raw[list]!.filter((e) => entryKey(e) !== key);
				return false;
			});
			return {lists, saved: result};
		},
		async add(list, paper) {
			const {lists, result} = await change((raw) => appendNew(raw, list, [paper], now().toISOString()) > 0);
			return {lists, added: result};
		},
		async addMany(list, papers) {
			return (await change((raw) => appendNew(raw, list, papers, now().toISOString()))).result;
		},
		remove: (list, key) =>
			listsOnly((raw) => {
				if (raw[list]) raw[list] = raw[list].filter((e) => entryKey(e) !== key);
			}),
		restore: (list, entry, index) =>
			listsOnly((raw) => {
				const entries = [...(raw[list] ?? [])];
				if (has(entries, paperKey(entry.paper))) return;
				entries.splice(Math.min(index, entries.length), 0, {paper: {...entry.paper}, savedAt: entry.savedAt, read: entry.read});
				raw[list] = entries;
			}),
		setRead: (list, key, read) =>
			listsOnly((raw) => {
				if (raw[list]) raw[list] = raw[list].map((e) => (entryKey(e) === key ? {...e, read} : e));
			}),
		changeDocument: async (fn) => (await change(fn)).result,
		...wholeListChanges(change, options.dir, now),
		...libraryChanges(change, options.dir, file, now),
	};
	return {service, notice};
}
