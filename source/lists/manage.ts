import fs from 'node:fs';
import path from 'node:path';
import {paperKey, type Paper} from '../digest/paper.js';
import {entryKey, type RawEntry, type RawLists} from './document.js';

/*
 * Whole lists changed at once: removed (a copy kept first), renamed, copied, a paper moved between two. Each runs
 * inside the store's locked read-modify-write, on the lists as they are on disk.
 */

export class ListProblem extends Error {}

const need = (raw: RawLists, name: string) => {
	if (!Object.hasOwn(raw, name)) throw new ListProblem(`no reading list "${name}"`);
	return raw[name]!;
};

/** Where removed lists are kept: one file each, never overwritten, beside config.json. */
export const REMOVED_FOLDER = 'removed-lists';

/**
 * Removes a list after writing it whole to removed-lists/ (the copy lands before config.json changes: a crash in
 * between leaves the list twice, never nowhere). Answers the copy's path and how many papers it held.
 */
export function removeList(raw: RawLists, name: string, dir: string, now: Date): {backup: string; count: number} {
	const entries = need(raw, name);
	const folder = path.join(dir, REMOVED_FOLDER);
	fs.mkdirSync(folder, {recursive: true});
	const stamp = now.toISOString().replace(/[:.]/g, '-');
	let backup = path.join(folder, `${stamp}.json`);
	for (let n = 2; fs.existsSync(backup); n++) backup = path.join(folder, `${stamp}-${n}.json`);
	try {
		fs.writeFileSync(backup, `${JSON.stringify({name, removedAt: now.toISOString(), entries}, null, 1)}\n`, {flag: 'wx'});
	} catch (error) {
		// A full disk made the file and wrote nothing into it: a copy that holds nothing is no copy, and not left behind.
		fs.rmSync(backup, {force: true});
		throw error;
	}
	delete raw[name];
	return {backup, count: entries.length};
}

export function renameList(raw: RawLists, from: string, to: string): void {
	const entries = need(raw, from);
	if (from === to) return;
	if (Object.hasOwn(raw, to)) throw new ListProblem(`a reading list "${to}" exists already; papers lists copy merges into it`);
	raw[to] = entries;
	delete raw[from];
}

/** Copies into a new list, or merges into an existing one: the papers it lacks, in order. Answers how many went in. */
export function copyList(raw: RawLists, from: string, to: string): number {
	const entries = need(raw, from);
	const target: RawEntry[] = [...(Object.hasOwn(raw, to) ? raw[to]! : [])];
	const held = new Set(target.map(entryKey));
	let added = 0;
	for (const entry of entries) {
		if (held.has(entryKey(entry))) continue;
		target.push(structuredClone(entry));
		added++;
	}
	raw[to] = target;
	return added;
}

/** Moves one paper from a list to another, as it was saved there (when it was saved, read or not). */
export function movePaper(raw: RawLists, from: string, to: string, paper: Paper): boolean {
	const key = paperKey(paper);
	const entries = need(raw, from);
	const entry = entries.find((e) => entryKey(e) === key);
	if (!entry || from === to) return false;
	raw[from] = entries.filter((e) => e !== entry);
	const target = Object.hasOwn(raw, to) ? raw[to]! : [];
	raw[to] = target.some((e) => entryKey(e) === key) ? target : [...target, entry];
	return true;
}
