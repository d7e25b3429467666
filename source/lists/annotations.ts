import path from 'node:path';
import {paperKey, type Paper} from '../digest/paper.js';
import {readSnapshot} from './read.js';
import {holdsHidden, replaceControls} from '../text.js';
import {byName} from './model.js';

/*
 * A researcher's own words on papers: a note and tags per paper, by the paper's key, kept in config.json beside the
 * reading lists (written under the same lock, kept aside the same way when the file cannot be read). A paper keeps
 * its note and tags whether or not it is in a list.
 */

export const NOTES_KEY = 'notes';
export const TAGS_KEY = 'tags';

export type Note = {text: string; updatedAt: string};
export type Annotations = {notes: Readonly<Record<string, Note>>; tags: Readonly<Record<string, readonly string[]>>};

export const NO_ANNOTATIONS: Annotations = {notes: byName(), tags: byName()};

/** A note is the user's own text, kept as written up to this length. */
export const NOTE_MAX = 100_000;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N}_.:/+-]{0,39}$/u;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A tag as typed (`#rl`, ` Diffusion `): trimmed, without its #, lower case; null when it cannot be one. */
export function cleanTag(text: string): string | null {
	const tag = text.trim().replace(/^#/, '').toLowerCase();
	return TAG.test(tag) && !holdsHidden(tag) ? tag : null;
}

/** The notes and tags of a config document's other keys; what is not a note or a tag is left out here (and kept in the file). */
export function annotationsOf(rest: Record<string, unknown>): Annotations {
	const notes: Record<string, Note> = byName();
	const tags: Record<string, string[]> = byName();
	if (isObject(rest[NOTES_KEY]))
		for (const [key, note] of Object.entries(rest[NOTES_KEY]))
			if (isObject(note) && typeof note.text === 'string' && note.text.trim())
				notes[key] = {text: note.text, updatedAt: typeof note.updatedAt === 'string' ? note.updatedAt : ''};
	if (isObject(rest[TAGS_KEY]))
		for (const [key, list] of Object.entries(rest[TAGS_KEY])) {
			const clean = Array.isArray(list) ? [...new Set(list.flatMap((t) => (typeof t === 'string' ? (cleanTag(t) ?? []) : [])))] : [];
			if (clean.length > 0) tags[key] = clean;
		}
	return {notes, tags};
}

/** A note as it is kept: its line ends made \n, control characters other than tab and newline gone, at most NOTE_MAX. */
export function cleanNote(text: string): string {
	return replaceControls(text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').replace(/\n/g, '\u2028'))
		.replace(/\u2028/g, '\n')
		.slice(0, NOTE_MAX)
		.trimEnd();
}

/** Sets (or with an empty text removes) a paper's note in the document's other keys; answers whether it changed. */
export function setNote(rest: Record<string, unknown>, key: string, text: string | null, now: Date): boolean {
	const notes = byName({...annotationsOf(rest).notes});
	const clean = text === null ? '' : cleanNote(text);
	const had = notes[key]?.text ?? '';
	if (clean === had) return false;
	if (clean) notes[key] = {text: clean, updatedAt: now.toISOString()};
	else delete notes[key];
	rest[NOTES_KEY] = notes;
	return true;
}

/** Adds and removes tags of a paper; answers its tags as they now are. */
export function editTags(rest: Record<string, unknown>, key: string, add: readonly string[], remove: readonly string[]): string[] {
	const tags = byName({...annotationsOf(rest).tags}) as Record<string, readonly string[]>;
	const gone = new Set(remove);
	const next = [...new Set([...(tags[key] ?? []).filter((t) => !gone.has(t)), ...add])];
	if (next.length > 0) tags[key] = next;
	else delete tags[key];
	rest[TAGS_KEY] = tags;
	return next;
}

/** Every tag with how many papers carry it, most used first. */
export function tagCounts(annotations: Annotations): Array<{tag: string; count: number}> {
	const counts = new Map<string, number>();
	for (const list of Object.values(annotations.tags)) for (const t of list) counts.set(t, (counts.get(t) ?? 0) + 1);
	return [...counts].map(([tag, count]) => ({tag, count})).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** The papers with their notes and tags on them, for the formats that carry them (a paper without either is as it was). */
export function annotate(papers: readonly Paper[], annotations: Annotations): Paper[] {
	if (Object.keys(annotations.notes).length === 0 && Object.keys(annotations.tags).length === 0) return [...papers];
	return papers.map((paper) => {
		const key = paperKey(paper);
		const note = annotations.notes[key]?.text;
		const tags = annotations.tags[key];
		return note || tags ? {...paper, ...(note ? {note} : {}), ...(tags ? {tags: [...tags]} : {})} : paper;
	});
}

/** The notes and tags as they are on disk (no lock, no conf, never a write); none when the file cannot be read. */
export function readAnnotations(dir: string, now = new Date()): Annotations {
	try {
		return annotationsOf(readSnapshot(path.join(dir, 'config.json'), now).doc.rest);
	} catch {
		return NO_ANNOTATIONS;
	}
}

/** The papers as a printer gets them: with the notes and tags kept in `dir`. */
export const annotatedFrom = (dir: string, papers: readonly Paper[]): Paper[] => annotate(papers, readAnnotations(dir));

/** A paper's note and tags, as the search's `note:` and `tag:` read them. */
export function annotationsLookup(
	annotations: Annotations,
): (paper: Pick<Paper, 'id' | 'title'>) => {note?: string; tags?: readonly string[]} | undefined {
	return (paper) => {
		const key = paperKey(paper);
		const note = annotations.notes[key]?.text;
		const tags = annotations.tags[key];
		return note || tags ? {...(note ? {note} : {}), ...(tags ? {tags} : {})} : undefined;
	};
}
