import path from 'node:path';
import {errnoWords, keepAside, readKeptFileSync} from '../file-system.js';
import {errorMessage} from '../text.js';
import {shortPath} from '../output/paths.js';
import {EMPTY_DOCUMENT, parseListsDocument, toReadingLists, type ListsDocument} from './document.js';
import type {ReadingLists} from './model.js';

/*
 * Reading the lists: plain file reads, no lock and no conf (neither is loaded with this module), never a write to
 * config.json. Changes go through store.ts.
 */

type Snapshot = {doc: ListsDocument; notice: string | null};

/** The file as it is now. What cannot be read is kept aside (a copy; config.json itself is left alone) and named once. */
export function readSnapshot(file: string, now: Date): Snapshot {
	let bytes: Buffer;
	try {
		bytes = readKeptFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return {doc: EMPTY_DOCUMENT, notice: null};
		throw new Error(`cannot read ${file} (${errnoWords(error)})`, {cause: error});
	}
	const doc = parseListsDocument(bytes.toString('utf8'), now.toISOString());
	if (!doc.unreadable && doc.problems.length === 0) return {doc, notice: null};
	let kept: string;
	try {
		const {backup, made} = keepAside(file, bytes);
		// Said once: the copy of these very bytes was made (and said) by an earlier command.
		if (!made) return {doc, notice: null};
		kept = `${doc.unreadable ? 'a copy is' : 'a copy of the whole file is'} kept: ${shortPath(backup)}`;
	} catch (error) {
		kept = `no copy could be kept (${errorMessage(error)}), so it is left as it is: ${shortPath(file)}`;
	}
	// Reading changes nothing: the file stays as it is until a change writes a sound one in its place. The point comes
	// first, the paths last: a footer too narrow cuts the folders, not what happened.
	const name = path.basename(file);
	const notice = doc.unreadable
		? `${name} could not be read (${doc.unreadable}): papers shows no lists until it is fixed, and the next save writes a fresh file; ${kept}`
		: `${name}: ${doc.problems.join('; ')}; the other lists are in use; ${kept}`;
	return {doc, notice};
}

/** The lists as they are on disk, and what could not be read of them: for `papers lists`, `--list`, the browser's start. */
export function readLists(dir: string, now = new Date()): {lists: ReadingLists; notice: string | null} {
	const {doc, notice} = readSnapshot(path.join(dir, 'config.json'), now);
	return {lists: toReadingLists(doc.raw), notice};
}
