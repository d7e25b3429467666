import fs from 'node:fs/promises';
import type {Paper} from '../digest/paper.js';
import {orderPapers} from '../digest/collection.js';
import {searchIndex, type SearchIndex} from '../digest/search.js';
import type {SimilarModel} from '../digest/similar.js';
import {loadLibrary, type Library} from '../sources/load.js';
import {dayStamp} from '../store/store.js';
import {storeModel} from '../cli/likeness-command.js';

/*
 * The store as `papers mcp` holds it: read once, with its search index and likeness model built once, and read
 * again only when a day file changed (a cron fetch, the browser's refresh). Each question first asks the folder's
 * time, which costs microseconds; only when that moved are the day files' stamps compared, since the store's own
 * index being rewritten moves it too.
 */

export type Held = {
	/** In the browser's order: newest day first, most upvoted first within a day. */
	papers: readonly Paper[];
	/** The store is empty: these are the bundled sample's papers. */
	isSample: boolean;
	/** The search index of `papers`, built on the first search. */
	index: () => SearchIndex;
	/** The likeness model of `papers`: the one kept beside the store's index, or built (and kept) once. */
	model: () => Promise<SimilarModel>;
};

type Reading = {held: Promise<Held>; folderTime: number | null; days: string};

export type HeldLibrary = {current(): Promise<Held>};

const folderTime = (dir: string) =>
	fs.stat(dir).then(
		(stat) => stat.mtimeMs,
		() => null,
	);

function hold(library: Library, storeDir: string): Held {
	let index: SearchIndex | undefined;
	let model: Promise<SimilarModel> | undefined;
	// Held in the browser's order (newest day first, upvotes within it), sorted once: a search's answer, which keeps
	// this order, is then in it already, where sorting 20,000 matches for every question would cost more than the search.
	const papers = orderPapers(library.papers, 'upvotes', 'day');
	return {
		papers,
		isSample: library.isSample,
		index: () => (index ??= searchIndex(papers)),
		model: () => (model ??= storeModel(library.papers, storeDir)),
	};
}

export function heldLibrary(storeDir: string, today: string, say: (line: string) => void): HeldLibrary {
	const read = async (): Promise<Reading> => {
		const [time, days] = await Promise.all([folderTime(storeDir), dayStamp(storeDir)]);
		const held = loadLibrary({inputs: [], storeDir, today, stdinPiped: false}).then((library) => {
			for (const error of library.errors) say(error);
			for (const w of library.warnings) say(`warning: ${w.source}${w.line ? `:${w.line}` : ''}: ${w.message}`);
			return hold(library, storeDir);
		});
		return {held, folderTime: time, days};
	};
	let reading: Promise<Reading> | null = null;
	return {
		async current() {
			reading ??= read();
			let now = await reading;
			const time = await folderTime(storeDir);
			if (time !== now.folderTime) {
				const days = await dayStamp(storeDir);
				reading = days === now.days ? Promise.resolve({...now, folderTime: time}) : read();
				now = await reading;
			}
			const asked = reading;
			// A read that failed is tried again by the next question, not kept as the answer to every one.
			return now.held.catch((error: unknown) => {
				if (reading === asked) reading = null;
				throw error;
			});
		},
	};
}
