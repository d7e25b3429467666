import {memoize} from '../cache.js';
import {paperKey, type Paper} from '../digest/paper.js';
import {checkPaper} from '../digest/checked-paper.js';
import {savedPaperToPaper} from '../digest/saved-paper.js';
import {errorMessage, plural} from '../text.js';
import {byName, type ListEntry, type ReadingLists} from './model.js';

/*
 * config.json as papers reads it, without conf: a pure function of the file's text. What cannot be read is named,
 * never dropped here; the store keeps the whole file aside before any change leaves it out.
 */

export const PROJECT_VERSION = '1.0.0';

export type RawEntry = {paper: Record<string, unknown>; savedAt: string; read: boolean};
export type RawLists = Record<string, RawEntry[]>;

export type ListsDocument = {
	/** The lists that could be read, entry by entry, as they will be written back. */
	raw: RawLists;
	/** Everything else in the file (conf's own keys among them), kept as it was. */
	rest: Record<string, unknown>;
	/** What could not be read, one phrase each; empty for a sound file. */
	problems: string[];
	/** The whole file could not be read (not JSON, not an object): nothing in it is in use. */
	unreadable: string | null;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const EMPTY_DOCUMENT: ListsDocument = {raw: byName(), rest: {}, problems: [], unreadable: null};

/** One entry of a list, as version 1 wraps it or as version 0 kept it (a bare paper snapshot); null when it is no paper. */
function readEntry(entry: unknown, migratedAt: string): RawEntry | null {
	if (!isObject(entry)) return null;
	const wrapped = 'paper' in entry;
	const paper = wrapped ? entry.paper : entry;
	if (!isObject(paper) || typeof savedPaperToPaper(paper) === 'string') return null;
	if (!wrapped) return {paper, savedAt: migratedAt, read: false};
	return {paper, savedAt: typeof entry.savedAt === 'string' ? entry.savedAt : migratedAt, read: entry.read === true};
}

export function parseListsDocument(text: string, migratedAt: string): ListsDocument {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return {...EMPTY_DOCUMENT, unreadable: errorMessage(error)};
	}
	if (!isObject(value))
		return {...EMPTY_DOCUMENT, unreadable: `it holds ${Array.isArray(value) ? 'a list' : typeof value}, not reading lists`};
	const {lists, ...rest} = value;
	if (lists === undefined) return {raw: byName(), rest, problems: [], unreadable: null};
	if (!isObject(lists)) return {...EMPTY_DOCUMENT, unreadable: '"lists" is not a set of named lists'};
	const raw: RawLists = byName();
	const problems: string[] = [];
	for (const [name, entries] of Object.entries(lists)) {
		if (!Array.isArray(entries)) {
			problems.push(`list "${name}" is not a list`);
			continue;
		}
		const good = entries.flatMap((entry) => readEntry(entry, migratedAt) ?? []);
		const bad = entries.length - good.length;
		if (bad > 0) problems.push(`${plural(bad, 'entry', 'entries')} of "${name}" ${bad === 1 ? 'is not a paper' : 'are not papers'}`);
		raw[name] = good;
	}
	return {raw, rest, problems, unreadable: null};
}

/** The file as it is written back: the lists, conf's version stamp, and whatever else the file held. */
export function documentJson(doc: ListsDocument): Record<string, unknown> {
	const internal = isObject(doc.rest.__internal__) ? doc.rest.__internal__ : {};
	return {...doc.rest, lists: doc.raw, __internal__: {...internal, migrations: {version: PROJECT_VERSION}}};
}

// A list can have been edited, or imported: its papers' links and fields are checked as any input's.
const shownEntry = memoize((entry: RawEntry): ListEntry => ({
	paper: checkPaper(savedPaperToPaper(entry.paper) as Paper).paper,
	savedAt: entry.savedAt,
	read: entry.read,
}));

/** The lists as the browser and print see them. */
export function toReadingLists(raw: RawLists): ReadingLists {
	const lists: Record<string, ListEntry[]> = byName();
	for (const [name, entries] of Object.entries(raw)) lists[name] = entries.map(shownEntry);
	return lists;
}

export function entryKey(entry: RawEntry): string {
	return paperKey(savedPaperToPaper(entry.paper) as Paper);
}
