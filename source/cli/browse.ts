import type {RemoteStart} from './hub-commands.js';
import {sessionDiscussions} from '../services/comments.js';
import {infoLoader, searchHuggingFace, type InfoLoader} from '../services/paper-info.js';
import {annotatedFrom} from '../lists/annotations.js';
import {listServices} from './browser-lists.js';
import {catchUp} from '../services/catch-up.js';
import {readAllInfo} from '../store/info-cache.js';
import {ensurePdf, keptPdfs, openPdf} from '../services/pdf.js';
import {runInBackground} from '../services/user-command.js';
import {sendToZotero} from '../services/zotero.js';
import {loadPaperText} from '../services/paper-text.js';
import {openUrl} from '../services/open-url.js';
import {fetchTrending} from '../fetch/fetch-range.js';
import {httpOptions} from '../services/http.js';
import {loadSettings, problemsLine} from './settings.js';
import {themeFor} from '../ui/frame/theme.js';
import fs from 'node:fs';
import {betweenKeys, slicer} from '../slices.js';
import {plural} from '../text.js';
import {makePaper, paperKey, type Paper} from '../digest/paper.js';
import type {ReadingLists} from '../lists/model.js';
import {formatPapers} from '../output/format.js';
import {appendSeen, readSeen} from '../seen/store.js';
import {readWatchRules} from '../lists/watch-rules.js';
import {loadLibrary, type Library} from '../sources/load.js';
import {fetchedLabel, readTrending} from '../store/trending.js';
import type {PapersPaths} from '../store/paths.js';
import type {RefreshResult, Services} from '../ui/effects.js';
import {startBrowser} from '../ui/terminal/start.js';
import {printWidth, say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {likenessFileOf} from '../store/likeness-file.js';
import {heapModes} from '../heap-flags.js';
// The browser's view orders the papers itself: only the filters apply here (a sort of 20,000 would hold keys up).
import {filterPapers, type Filter} from '../digest/collection.js';

/**
 * The start's filters (--min-upvotes, --date, --new…) as every read of the library applies them, the first and each
 * after it (the rest of a large store, a catch-up, a day written by another window): --new hides what was seen
 * before this run, not what this run shows. The search is the browser's live filter, applied by its view.
 */
export function startFilter(options: Options, seenAtStart: ReadonlySet<string> | null): (papers: readonly Paper[]) => Paper[] {
	const filter = startFields(options);
	const hidden = options.onlyNew ? seenAtStart : null;
	return (papers) => {
		const kept = filterPapers(papers, filter);
		return hidden ? kept.filter((p) => !hidden.has(paperKey(p))) : kept;
	};
}

/** The filters the browser applies to every read of the library: --today's day and the search are its own to show. */
const startFields = (options: Options): Filter => ({...options.filter, day: options.todayOnly ? null : options.filter.day, text: null});

/** Whether the browser holds the whole store (nothing filtered or hidden at start): then its likeness model is the store's. */
const holdsWholeStore = (options: Options): boolean =>
	!options.onlyNew && Object.values(startFields(options)).every((value) => value == null);

/** The background refresh: catch up the store, then read it again; what is new is what the browser did not hold. */
function storeRefresh(options: Options, paths: PapersPaths, io: Io, keep: (papers: readonly Paper[]) => Paper[]): Services['refresh'] {
	return async (held, signal, onStart, onProgress, fresh = false): Promise<RefreshResult> => {
		const result = await catchUp(options, paths.store, io, {signal, onStart, fresh, ...(onProgress ? {onProgress} : {})});
		if (signal.aborted) return {papers: null, added: 0, failure: null};
		const fetched = result.outcomes.some((o) => o.status === 'fetched');
		// How far a long catch-up got, when it stopped short: R starts it again where the holes are.
		const left = result.outcomes.filter((o) => o.status === 'failed' || o.status === 'skipped').length;
		const failure =
			result.failure && left > 1 ? `${result.failure}; ${plural(left, 'day')} not fetched yet (R tries again)` : result.failure;
		if (!fetched) return {papers: null, added: 0, failure, cause: result.storeCause};
		const library = await loadLibrary({inputs: [], storeDir: paths.store, today: options.today, stdinPiped: false});
		const before = new Set(held.map(paperKey));
		const fetchedDays = new Set(result.outcomes.filter((o) => o.status === 'fetched').map((o) => o.day));
		const papers = keep(library.papers);
		// New: on a day just fetched and not held before (the browser may hold only the store's head yet).
		const added = papers.filter((p) => p.date !== null && fetchedDays.has(p.date) && !before.has(paperKey(p))).length;
		return {papers, origin: library.origin, added, failure, cause: result.storeCause, changed: countsMoved(held, papers, fetchedDays)};
	};
}

/** How many papers held before, on the days just fetched, have other upvotes or comments now. */
function countsMoved(held: readonly Paper[], papers: readonly Paper[], days: ReadonlySet<string>): number {
	const counts = new Map<string, string>();
	for (const p of held) if (p.date && days.has(p.date)) counts.set(paperKey(p), `${p.upvotes}/${p.comments ?? 0}`);
	let moved = 0;
	for (const p of papers) {
		const was = p.date && days.has(p.date) ? counts.get(paperKey(p)) : undefined;
		if (was !== undefined && was !== `${p.upvotes}/${p.comments ?? 0}`) moved++;
	}
	return moved;
}

/** Every paper of the store, read a slice of the index at a time (keys answered between slices), filtered as at start. */
async function readWholeStore(options: Options, paths: PapersPaths, keep: (papers: readonly Paper[]) => Paper[]): Promise<Paper[]> {
	const library = await loadLibrary({
		inputs: [],
		storeDir: paths.store,
		today: options.today,
		stdinPiped: false,
		slices: slicer(betweenKeys),
	});
	return keep(library.papers);
}

const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.json$/;

/**
 * Calls `changed` a moment after a day file of the store is written by someone else (`papers fetch` from cron, another
 * window): the browser then reads the store again, rather than show a store that was stale from its start.
 */
function watchStore(dir: string, readAt: number): Services['watchStore'] {
	return (changed) => {
		let timer: NodeJS.Timeout | undefined;
		let watcher: fs.FSWatcher;
		try {
			watcher = fs.watch(dir, (_event, name) => {
				if (!name || !DAY_FILE.test(String(name))) return;
				clearTimeout(timer);
				timer = setTimeout(changed, 300);
			});
		} catch {
			// No store folder yet, or no watching here: the store is read again after each refresh all the same.
			return () => {};
		}
		watcher.on('error', () => {});
		// Written between the store's reading and this watch (while Ink loaded): a file put in place changes the folder.
		fs.stat(dir, (error, stat) => {
			if (!error && stat.mtimeMs > readAt) changed();
		});
		return () => {
			clearTimeout(timer);
			watcher.close();
		};
	};
}

export function browserServices(
	options: Options,
	paths: PapersPaths,
	io: Io,
	refresh: boolean,
	partial = false,
	fromStore = refresh,
	storeReadAt = Date.now(),
	seenAtStart: ReadonlySet<string> | null = null,
): Services {
	const keep = startFilter(options, seenAtStart);
	// One loader for the session: its limit of two questions in flight, and the API budget, hold across papers.
	let loader: Promise<InfoLoader> | undefined;
	const infoOf = (id: string, signal?: AbortSignal) => {
		// A record that could not be written is asked for again next time: nothing to say over the screen.
		loader ??= Promise.resolve(infoLoader(options, paths.store, {...io, say: () => {}}));
		return loader.then(async (load) => (await load(id, signal ? {signal} : {})).info);
	};
	return {
		loadDiscussion: sessionDiscussions(options, paths.store, io),
		// Offline, the records kept are shown (keptInfos) and no paper asks for one: papers fetch --info fills them.
		...(options.offline ? {} : {loadInfo: infoOf}),
		keptInfos: async () => readAllInfo(paths.store),
		fetchPdf: async (id, signal) => (await ensurePdf(id, options, paths.store, io, signal)).file,
		openPdf: async (file) => openPdf(file, io.env),
		keptPdfs: async () => keptPdfs(paths.store),
		runUserCommand: async (command, papers) => runInBackground(command, papers, io.env),
		sendToZotero: async (papers) => {
			const sent = await sendToZotero(papers, io.env);
			return `sent ${sent === 1 ? '1 paper' : `${sent} papers`} to Zotero`;
		},
		searchRemote: async (query, signal) => searchHuggingFace(query, 50, options, io, signal),
		...(partial ? {loadRest: () => readWholeStore(options, paths, keep)} : {}),
		...(fromStore ? {watchStore: watchStore(paths.store, storeReadAt), reloadStore: () => readWholeStore(options, paths, keep)} : {}),
		...(fromStore && holdsWholeStore(options) ? {likenessFile: likenessFileOf(paths.store)} : {}),
		heap: heapModes,
		readPaper: async (id, {signal, refetch}) => {
			return (await loadPaperText(id, options, paths.store, {...io, say: (line) => say(io, line)}, {signal, refetch})).markdown;
		},
		openUrl: async (url) => openUrl(url),
		fetchTrending: async (signal) => {
			await fetchTrending({
				...httpOptions(options, io),
				retries: 0,
				storeDir: paths.store,
				today: options.today,
				...(signal ? {signal} : {}),
			});
			const trending = await readTrending(paths.store);
			if (!trending) throw new Error('the trending list fetched could not be read back');
			return {papers: trending.papers, label: `trending · fetched ${fetchedLabel(trending.fetchedAt)}`, fetchedAt: trending.fetchedAt};
		},
		...listServices(paths.config),
		markSeen: (keys, unseen) => appendSeen(paths.seen, keys, unseen),
		...(refresh ? {refresh: storeRefresh(options, paths, io, keep)} : {}),
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
	extra: {
		paths: PapersPaths;
		lists?: ReadingLists;
		startMessage?: string | null;
		refresh: boolean;
		fromStore?: boolean;
		/** When the store was read: a day written after it is read again. */
		storeReadAt?: number;
		/** `papers search`: open on Hugging Face's answers, the store behind them (Esc). */
		remote?: RemoteStart;
		/** --today opened on an older day: today's papers may come with the refresh. */
		awaitingToday?: string | null;
	},
): Promise<number | null> {
	// --today opens on its day with the other days still there; --search starts as the live filter, clearable;
	// --limit applies after it, in the view, as print applies it after every filter.
	const seen = readSeen(extra.paths.seen);
	const papers: Paper[] = startFilter(options, seen.keys)(library.papers);
	const trending = await readTrending(extra.paths.store);
	const {settings, problems, file} = await loadSettings(extra.paths.config);
	const settingsLine = problemsLine(file, problems);
	// Said on stderr too: the footer's line goes with the next key, and this one stays after papers ends.
	if (settingsLine) say(io, settingsLine);
	const result = await startBrowser(
		{
			papers,
			origin: library.origin,
			sort: options.forYou ? 'for-you' : (options.sort ?? 'upvotes'),
			forYouList: options.forYou?.list ?? null,
			grouping: options.grouping ?? 'day',
			query: options.filter.text ?? '',
			limit: options.limit,
			lists: extra.lists,
			list: options.list,
			day: options.todayOnly ? options.filter.day : null,
			awaitingToday:
				extra.refresh && extra.awaitingToday && extra.startMessage ? {day: extra.awaitingToday, note: extra.startMessage} : null,
			message: settingsLine ?? seen.notice ?? extra.startMessage ?? null,
			keymap: settings.keymap,
			userCommands: settings.userCommands,
			mouse: settings.mouse,
			partial: Boolean(library.partial),
			offline: options.offline,
			sample: library.isSample,
			watch: readWatchRules(extra.paths.config).rules,
			seen: seen.keys,
			trending: trending
				? {papers: trending.papers, label: `trending · fetched ${fetchedLabel(trending.fetchedAt)}`, fetchedAt: trending.fetchedAt}
				: null,
			showTrending: options.trending,
			remote: extra.remote ?? null,
			newest: library.papers.reduce<string | null>((n, p) => (p.date && (!n || p.date > n) ? p.date : n), null),
		},
		browserServices(
			options,
			extra.paths,
			io,
			extra.refresh,
			library.partial,
			extra.fromStore ?? extra.refresh,
			extra.storeReadAt,
			seen.keys,
		),
		themeFor(io.env, settings.theme, settings.colors),
	);
	if (result === null) return null;
	if (result.papers.length > 0)
		await writeOut(io, formatPapers(annotatedFrom(extra.paths.config, result.papers), options.format, {width: printWidth(io)}));
	return result.code;
}

/** `papers read ID` on a terminal: the reader on that paper, and q leaves the program. */
export async function readInteractively(id: string, options: Options, io: Io, extra: {paths: PapersPaths}): Promise<number | null> {
	const paper = makePaper({id, title: id, url: `https://huggingface.co/papers/${id}`});
	const result = await startBrowser(
		{papers: [paper], origin: `paper ${id}`, openReader: true},
		browserServices(options, extra.paths, io, false),
	);
	return result === null ? null : result.code;
}
