import fs from 'node:fs';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import {savedPaperToPaper} from '../digest/parse-api.js';
import {paperKey, type Paper} from '../digest/paper.js';
import type {ListsService} from '../ui/effects.js';
import type {ListEntry, ReadingLists} from './model.js';

/*
 * Reading lists are the only user data papers owns. conf keeps them in config.json and writes atomically
 * (temp file + rename: Ctrl-C leaves the old file or the new one), but it has no lock and rewrites the whole file:
 * two windows saving at once would lose each other's entries. So every change here is a read-modify-write of the
 * file on disk under a lock (proper-lockfile), never a write-back of a copy held in memory.
 */

type RawEntry = {paper?: unknown; savedAt?: unknown; read?: unknown};
type RawLists = Record<string, RawEntry[]>;
type ConfStore = {store: Record<string, unknown>};

export const PROJECT_VERSION = '1.0.0';

/** Version 0 (papers before 1.0) kept bare paper snapshots; 1.0.0 wraps each with savedAt and read. */
export function migrateToV1(
	store: {get(key: string): unknown; set(key: string, value: unknown): void},
	migratedAt = new Date().toISOString(),
): void {
	const lists = store.get('lists');
	if (!lists || typeof lists !== 'object' || Array.isArray(lists)) return;
	const next: RawLists = {};
	for (const [name, entries] of Object.entries(lists as Record<string, unknown>)) {
		if (!Array.isArray(entries)) continue;
		next[name] = entries.map((entry) => {
			const e = entry as Record<string, unknown>;
			// Already wrapped (a hand-edited or partly migrated file): leave it.
			if (e && typeof e === 'object' && 'paper' in e) return e as RawEntry;
			return {paper: entry, savedAt: migratedAt, read: false};
		});
	}
	store.set('lists', next);
}

const SCHEMA = {
	lists: {
		type: 'object',
		additionalProperties: {type: 'array', items: {type: 'object'}},
		default: {},
	},
} as const;

export type ListsStoreOptions = {
	/** Folder of config.json (PAPERS_HOME, or the platform config folder). */
	dir: string;
	now?: () => Date;
};

export type OpenedLists = {
	service: ListsService & {addMany(list: string, papers: readonly Paper[]): Promise<number>; file: string};
	/** Said once when the file was unreadable and has been kept aside. */
	notice: string | null;
};

function entryKey(entry: RawEntry): string | null {
	if (!entry || typeof entry.paper !== 'object' || entry.paper === null) return null;
	const paper = savedPaperToPaper(entry.paper as Record<string, unknown>);
	return typeof paper === 'string' ? null : paperKey(paper);
}

/** The lists as the browser sees them; entries that do not read as papers are left in the file, untouched, and not shown. */
export function toReadingLists(raw: unknown): ReadingLists {
	const lists: Record<string, ListEntry[]> = {};
	if (!raw || typeof raw !== 'object') return lists;
	for (const [name, entries] of Object.entries(raw as Record<string, unknown>)) {
		if (!Array.isArray(entries)) continue;
		lists[name] = entries.flatMap((entry: RawEntry) => {
			if (!entry || typeof entry.paper !== 'object' || entry.paper === null) return [];
			const paper = savedPaperToPaper(entry.paper as Record<string, unknown>);
			if (typeof paper === 'string') return [];
			return [{paper, savedAt: typeof entry.savedAt === 'string' ? entry.savedAt : '', read: entry.read === true}];
		});
	}
	return lists;
}

/**
 * The lists as they are on disk, read without conf when the file is current and whole: the browser shows its
 * saved marks at once instead of waiting ~100 ms for conf and ajv. null: the file needs conf (a migration, a
 * rescue), so open it properly. Writes always go through openLists.
 */
export async function readListsFast(dir: string): Promise<ReadingLists | null> {
	try {
		const data = JSON.parse(await fs.promises.readFile(path.join(dir, 'config.json'), 'utf8')) as {
			lists?: unknown;
			__internal__?: {migrations?: {version?: unknown}};
		};
		if (data?.__internal__?.migrations?.version !== PROJECT_VERSION || typeof data.lists !== 'object' || data.lists === null) return null;
		return toReadingLists(data.lists);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? {} : null;
	}
}

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

export async function openLists(options: ListsStoreOptions): Promise<OpenedLists> {
	const now = options.now ?? (() => new Date());
	fs.mkdirSync(options.dir, {recursive: true});
	const file = path.join(options.dir, 'config.json');
	// conf costs ~70 ms to import (ajv): only paths that touch lists pay it.
	const {default: Conf} = await import('conf');
	let notice: string | null = null;

	const withLock = async <T>(work: () => T): Promise<T> => {
		const release = await lockfile.lock(file, {
			realpath: false,
			lockfilePath: `${file}.lock`,
			// A lock left by a killed process is taken over after this long (proper-lockfile refreshes live ones).
			stale: 2_000,
			retries: {retries: 200, minTimeout: 5, maxTimeout: 100, randomize: true},
		});
		try {
			return work();
		} finally {
			await release();
		}
	};

	const create = (): ConfStore =>
		new Conf({
			projectName: 'papers',
			cwd: options.dir,
			configName: 'config',
			projectVersion: PROJECT_VERSION,
			migrations: {'1.0.0': (store) => migrateToV1(store as never, now().toISOString())},
			schema: SCHEMA as never,
			clearInvalidConfig: false,
			defaults: {lists: {}},
		}) as unknown as ConfStore;

	// A file conf cannot read (bad JSON, a schema violation) is copied aside byte for byte and a fresh one started: said, never silent.
	const rescue = (error: unknown): ConfStore => {
		const backup = `${file}.bad-${stamp(now())}`;
		fs.copyFileSync(file, backup, fs.constants.COPYFILE_EXCL);
		fs.rmSync(file);
		notice = `${file} could not be read (${(error as Error).message.split('\n')[0]}); kept it as ${backup} and started a fresh one`;
		return create();
	};

	let conf = await withLock(() => {
		try {
			const c = create();
			void c.store;
			return c;
		} catch (error) {
			if (!fs.existsSync(file)) throw error;
			return rescue(error);
		}
	});

	/** The raw lists on disk now: read inside the lock, so no other window's change is missed. */
	const readRaw = (): RawLists => {
		let store: Record<string, unknown>;
		try {
			store = conf.store;
		} catch (error) {
			conf = rescue(error);
			store = conf.store;
		}
		const lists = store.lists;
		return lists && typeof lists === 'object' ? {...(lists as RawLists)} : {};
	};
	const write = (lists: RawLists) => {
		conf.store = {...conf.store, lists};
	};
	const change = <T>(fn: (lists: RawLists) => T): Promise<{lists: ReadingLists; result: T}> =>
		withLock(() => {
			const lists = readRaw();
			const result = fn(lists);
			write(lists);
			return {lists: toReadingLists(lists), result};
		});

	const snapshot = (paper: Paper): RawEntry => ({paper: {...paper}, savedAt: now().toISOString(), read: false});
	const has = (entries: RawEntry[] | undefined, key: string) => (entries ?? []).some((e) => entryKey(e) === key);
	/** Appends the papers the list does not hold yet; answers how many. */
	const appendNew = (raw: RawLists, list: string, papers: readonly Paper[]): number => {
		const entries = [...(raw[list] ?? [])];
		const keys = new Set(entries.map(entryKey));
		let added = 0;
		for (const paper of papers) {
			const key = paperKey(paper);
			if (keys.has(key)) continue;
			keys.add(key);
			entries.push(snapshot(paper));
			added++;
		}
		raw[list] = entries;
		return added;
	};

	const service: OpenedLists['service'] = {
		file,
		read: () => withLock(() => toReadingLists(readRaw())),
		async toggle(list, paper) {
			const key = paperKey(paper);
			const {lists, result} = await change((raw) => {
				const entries = raw[list] ?? [];
				if (!has(entries, key)) return appendNew(raw, list, [paper]) > 0;
				raw[list] = entries.filter((e) => entryKey(e) !== key);
				return false;
			});
			return {lists, saved: result};
		},
		async add(list, paper) {
			const {lists, result} = await change((raw) => appendNew(raw, list, [paper]) > 0);
			return {lists, added: result};
		},
		async addMany(list, papers) {
			return (await change((raw) => appendNew(raw, list, papers))).result;
		},
		async remove(list, key) {
			return (
				await change((raw) => {
					if (raw[list]) raw[list] = raw[list].filter((e) => entryKey(e) !== key);
				})
			).lists;
		},
		async restore(list, entry, index) {
			return (
				await change((raw) => {
					const entries = [...(raw[list] ?? [])];
					if (has(entries, paperKey(entry.paper))) return;
					entries.splice(Math.min(index, entries.length), 0, {paper: {...entry.paper}, savedAt: entry.savedAt, read: entry.read});
					raw[list] = entries;
				})
			).lists;
		},
		async setRead(list, key, read) {
			return (
				await change((raw) => {
					if (raw[list]) raw[list] = raw[list].map((e) => (entryKey(e) === key ? {...e, read} : e));
				})
			).lists;
		},
	};
	return {service, notice};
}
