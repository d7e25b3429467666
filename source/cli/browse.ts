import type {ReadingLists} from '../lists/model.js';
import type {OpenedLists} from '../lists/store.js';
import {formatPapers} from '../output/format.js';
import type {Library} from '../sources/load.js';
import type {Services} from '../ui/effects.js';
import {runBrowser} from '../ui/run.js';
import {printWidth, writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {nothingTodayMessage, selectPapers} from './select.js';

/** What the browser reaches outside itself: a URL opener, and the reading lists (read plainly, opened on first change). */
export function listServices(dir: string): Services {
	// Opened on first change: conf and ajv cost ~100 ms to load.
	let opening: Promise<OpenedLists> | undefined;
	const lists = () => (opening ??= import('../lists/store.js').then(({openLists}) => openLists({dir})));
	let notice: string | null = null;
	return {
		openUrl: async (url) => (await import('../ui/open-url.js')).openUrl(url),
		lists: {
			read: async () => {
				const read = (await import('../lists/store.js')).readLists(dir);
				notice = read.notice;
				return read.lists;
			},
			toggle: async (list, paper) => (await lists()).service.toggle(list, paper),
			add: async (list, paper) => (await lists()).service.add(list, paper),
			remove: async (list, key) => (await lists()).service.remove(list, key),
			restore: async (list, entry, index) => (await lists()).service.restore(list, entry, index),
			setRead: async (list, key, read) => (await lists()).service.setRead(list, key, read),
		},
		startupNotice: async () => notice,
	};
}

/**
 * The interactive browser. Answers the exit code, or null when there is no terminal (the caller prints instead).
 * Ink and React load with this module, and only with it.
 */
export async function browseInteractively(
	library: Library,
	options: Options,
	io: Io,
	extra: {configDir: string; lists?: ReadingLists; startMessage?: string | null},
): Promise<number | null> {
	// --today opens on today's group with the other days still there; --search starts as the live filter, clearable;
	// --limit applies after it, in the view, as print applies it after every filter.
	const filter = {...options.filter, day: options.todayOnly ? null : options.filter.day, text: null};
	const papers = selectPapers(library.papers, {filter, sort: null, limit: null});
	let message = extra.startMessage ?? null;
	if (options.todayOnly && !papers.some((p) => p.date === options.today)) message = nothingTodayMessage(library.papers, options.today);
	const result = await runBrowser(
		{
			papers,
			origin: library.origin,
			sort: options.sort ?? 'upvotes',
			query: options.filter.text ?? '',
			limit: options.limit,
			lists: extra.lists,
			list: options.list,
			day: options.todayOnly ? options.today : null,
			message,
		},
		listServices(extra.configDir),
	);
	if (result === null) return null;
	if (result.papers.length > 0) await writeOut(io, formatPapers(result.papers, options.format, {width: printWidth(io)}));
	return result.code;
}
