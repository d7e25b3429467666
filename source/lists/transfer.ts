import fs from 'node:fs';
import path from 'node:path';
import {checkPaper} from '../digest/checked-paper.js';
import {savedPaperToPaper} from '../digest/saved-paper.js';
import type {Paper} from '../digest/paper.js';
import {annotationsOf, cleanNote, cleanTag, NOTES_KEY, TAGS_KEY, type Note} from './annotations.js';
import {entryKey, type RawEntry, type RawLists} from './document.js';
import {ListProblem, REMOVED_FOLDER} from './manage.js';
import {byName, listNameProblem} from './model.js';
import {plural} from '../text.js';

/*
 * Lists that travel between machines: every list, note and tag as one JSON document (keys in order, indented, so it
 * diffs well in git), and such a document merged into the local one without dropping anything local.
 */

export const EXPORT_FORMAT = 'papers-library';

export type LibraryDocument = {
	format: typeof EXPORT_FORMAT;
	version: 1;
	lists: Record<string, RawEntry[]>;
	notes: Record<string, Note>;
	tags: Record<string, string[]>;
};

const sorted = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
	Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The document of every list (or those named), and every note and tag. */
export function exportLibrary(raw: RawLists, rest: Record<string, unknown>, names: readonly string[]): string {
	for (const name of names) if (!Object.hasOwn(raw, name)) throw new ListProblem(`no reading list "${name}"`);
	const lists = names.length > 0 ? Object.fromEntries(names.map((n) => [n, raw[n]!])) : {...raw};
	const {notes, tags} = annotationsOf(rest);
	const doc: LibraryDocument = {
		format: EXPORT_FORMAT,
		version: 1,
		lists: sorted(lists),
		notes: sorted(notes),
		tags: sorted(Object.fromEntries(Object.entries(tags).map(([k, t]) => [k, [...t].sort()]))),
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * How much one import takes: a library document is user data, but one of 100,000 entries made every later `papers
 * note` take seconds and most of a gigabyte. What is past a limit is left out, and said.
 */
export const IMPORT_LIMITS = {entries: 20_000, notes: 20_000, tagged: 20_000, tagsPerPaper: 50, fileBytes: 64 * 1024 * 1024} as const;

/** A document read back, every part checked as any input is, within IMPORT_LIMITS (`leftOut` says what was not); or why it is not one. */
export function readLibraryDocument(text: string): (LibraryDocument & {leftOut: string[]}) | string {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return 'it is not JSON';
	}
	// The copy `papers lists rm` keeps in removed-lists/ is one list: it imports as that list, as it was.
	if (isObject(value) && typeof value.name === 'string' && Array.isArray(value.entries) && typeof value.removedAt === 'string')
		value = {format: EXPORT_FORMAT, version: 1, lists: {[value.name]: value.entries}, notes: {}, tags: {}};
	if (!isObject(value) || value.format !== EXPORT_FORMAT)
		return `it is not a papers export (papers lists export writes one) nor a list papers lists rm kept`;
	if (value.version !== 1) return `its version is ${JSON.stringify(value.version)}, and this papers reads version 1 (the number)`;
	if (!isObject(value.lists) || !isObject(value.notes) || !isObject(value.tags))
		return 'its lists, notes or tags are not what an export holds';
	const lists: Record<string, RawEntry[]> = byName();
	let room: number = IMPORT_LIMITS.entries;
	let skipped = 0;
	for (const [name, entries] of Object.entries(value.lists)) {
		const problem = listNameProblem(name);
		if (problem) return `list ${JSON.stringify(name.slice(0, 40))}: ${problem}`;
		if (!Array.isArray(entries)) return `list "${name}" is not a list`;
		const taken = entries.slice(0, Math.max(0, room));
		skipped += entries.length - taken.length;
		room -= taken.length;
		lists[name] = taken.flatMap((e): RawEntry[] => {
			if (!isObject(e) || !isObject(e.paper) || typeof savedPaperToPaper(e.paper) === 'string') return [];
			const paper = checkPaper(savedPaperToPaper(e.paper) as Paper).paper;
			return [{paper: {...paper}, savedAt: typeof e.savedAt === 'string' ? e.savedAt : new Date(0).toISOString(), read: e.read === true}];
		});
	}
	const {notes, tags} = annotationsOf({[NOTES_KEY]: value.notes, [TAGS_KEY]: value.tags});
	const noteEntries = Object.entries(notes);
	const tagEntries = Object.entries(tags);
	const cutTags = tagEntries.filter(([, t]) => t.length > IMPORT_LIMITS.tagsPerPaper).length;
	const leftOut = [
		skipped > 0 ? `${plural(skipped, 'entry', 'entries')} past ${IMPORT_LIMITS.entries.toLocaleString('en')}` : '',
		noteEntries.length > IMPORT_LIMITS.notes
			? `${plural(noteEntries.length - IMPORT_LIMITS.notes, 'note')} past ${IMPORT_LIMITS.notes.toLocaleString('en')}`
			: '',
		tagEntries.length > IMPORT_LIMITS.tagged
			? `the tags of ${plural(tagEntries.length - IMPORT_LIMITS.tagged, 'paper')} past ${IMPORT_LIMITS.tagged.toLocaleString('en')}`
			: '',
		cutTags > 0 ? `tags past ${IMPORT_LIMITS.tagsPerPaper} on ${plural(cutTags, 'paper')}` : '',
	].filter(Boolean);
	return {
		format: EXPORT_FORMAT,
		version: 1,
		lists,
		notes: Object.fromEntries(noteEntries.slice(0, IMPORT_LIMITS.notes)),
		tags: Object.fromEntries(tagEntries.slice(0, IMPORT_LIMITS.tagged).map(([k, t]) => [k, [...t].slice(0, IMPORT_LIMITS.tagsPerPaper)])),
		leftOut,
	};
}

export type ImportOutcome = {papers: number; lists: number; notes: number; replaced: number; tags: number; backup: string | null};

/**
 * Merges an export into the lists and the other keys, in place: entries a list lacks are added after its own; a note
 * only one side has is kept; where both have one, the newer wins and the other is written to removed-lists/ first;
 * tags are the union. Nothing local is dropped.
 */
export function mergeLibrary(raw: RawLists, rest: Record<string, unknown>, doc: LibraryDocument, dir: string, now: Date): ImportOutcome {
	let papers = 0;
	let lists = 0;
	for (const [name, entries] of Object.entries(doc.lists)) {
		const mine = [...(raw[name] ?? [])];
		const keys = new Set(mine.map(entryKey));
		const before = mine.length;
		for (const entry of entries) {
			if (keys.has(entryKey(entry))) continue;
			keys.add(entryKey(entry));
			mine.push(entry);
		}
		if (!Object.hasOwn(raw, name) || mine.length > before) lists++;
		papers += mine.length - before;
		raw[name] = mine;
	}
	const {notes, tags} = annotationsOf(rest);
	const nextNotes: Record<string, Note> = byName({...notes});
	const lost: Record<string, Note> = {};
	let added = 0;
	for (const [key, theirs] of Object.entries(doc.notes)) {
		const mine = nextNotes[key];
		const text = cleanNote(theirs.text);
		if (!mine) {
			nextNotes[key] = {text, updatedAt: theirs.updatedAt};
			added++;
		} else if (mine.text !== text) {
			const theirsNewer = theirs.updatedAt > mine.updatedAt;
			lost[key] = theirsNewer ? mine : {text, updatedAt: theirs.updatedAt};
			if (theirsNewer) nextNotes[key] = {text, updatedAt: theirs.updatedAt};
		}
	}
	const backup = Object.keys(lost).length > 0 ? keepNotes(lost, dir, now) : null;
	const nextTags: Record<string, string[]> = byName(Object.fromEntries(Object.entries(tags).map(([k, t]) => [k, [...t]])));
	let tagged = 0;
	for (const [key, theirs] of Object.entries(doc.tags)) {
		const union = [...new Set([...(nextTags[key] ?? []), ...theirs.flatMap((t) => cleanTag(t) ?? [])])];
		if (union.length > (nextTags[key]?.length ?? 0)) tagged++;
		nextTags[key] = union;
	}
	rest[NOTES_KEY] = nextNotes;
	rest[TAGS_KEY] = nextTags;
	return {papers, lists, notes: added, replaced: Object.keys(lost).length, tags: tagged, backup};
}

/** The notes an import did not keep, each whole, in a file of their own beside the removed lists (before any change). */
function keepNotes(lost: Record<string, Note>, dir: string, now: Date): string {
	const folder = path.join(dir, REMOVED_FOLDER);
	fs.mkdirSync(folder, {recursive: true});
	const file = path.join(folder, `notes-${now.toISOString().replace(/[:.]/g, '-')}.json`);
	fs.writeFileSync(file, `${JSON.stringify({notes: lost}, null, 2)}\n`, {flag: 'wx'});
	return file;
}
