import {loadLibrary, type Library} from '../sources/load.js';
import {papersPaths, type PapersPaths} from '../store/paths.js';
import {loadReadingList} from '../sources/reading-list.js';
import {readStdin, stdinHasInput} from '../sources/stdin.js';
import {errorMessage, replaceControls} from '../text.js';
import {VERSION} from '../version.js';
import {parseQuery} from '../digest/query.js';
import {releaseKeys} from '../ui/terminal/early-keys.js';
import {UsageError, exitCodeOf} from './errors.js';
import {unknownFlag, type RawFlags} from './flags.js';
import {commandHelp, mainHelp, misplacedFlag} from './help-text.js';
import type {CommandName} from './command-table.js';
import {COMMANDS, unknownCommand} from './command-words.js';
import {savePapers} from './lists-command.js';
import {COMMAND_RUNS} from './command-runs.js';
import {browseInteractively} from './browse.js';
import {hasTerminal, processIo, say, writeOut, type Io} from './io.js';
import {parseOptions, type Options} from './options.js';
import {printPapers} from './print.js';
import {nothingTodayMessage, selectPapers} from './select.js';
import {longDate} from '../digest/dates.js';
import {newestDayBy} from '../digest/collection.js';
import {paperKey} from '../digest/paper.js';
import {readSeen} from '../seen/store.js';
import {fetchedLabel, readTrending, staleness} from '../store/trending.js';
import type {RemoteStart} from './hub-commands.js';
import {refreshBeforePrint} from '../services/catch-up.js';
import {withLookups} from './lookups.js';
import {zoteroCommand} from './zotero-command.js';
import {forYouOrdering} from './likeness-command.js';
import {readLists} from '../lists/read.js';
import {completionScript, SHELLS} from './completion.js';

const SAMPLE_NOTICE = 'no digests given or stored: showing the bundled sample digest (papers fetch gets the latest)';

export function reportLibrary(library: Library, io: Io, options: {interactive: boolean}): void {
	for (const error of library.errors) say(io, error);
	for (const w of library.warnings) say(io, `warning: ${w.source}${w.line ? `:${w.line}` : ''}: ${w.message}`);
	// The browser says it in its footer instead.
	if (library.isSample && library.papers.length > 0 && !options.interactive) say(io, SAMPLE_NOTICE);
}

/** `--trending`: the snapshot `papers fetch --trending` kept, in its order; how old it is, when that matters. */
async function gatherTrending(paths: PapersPaths, io: Io): Promise<{library: Library; lists: undefined; fromStore: false}> {
	const trending = await readTrending(paths.store);
	if (!trending) {
		const library = {
			papers: [],
			warnings: [],
			errors: ['no trending list yet: papers fetch --trending gets one'],
			origin: 'trending',
			isSample: false,
			failed: true,
		};
		return {library, lists: undefined, fromStore: false};
	}
	const old = staleness(trending.fetchedAt);
	if (old) say(io, `the trending list is ${old} (papers fetch --trending gets a new one)`);
	const origin = `trending · fetched ${fetchedLabel(trending.fetchedAt)}`;
	return {
		library: {papers: trending.papers, warnings: [], errors: [], origin, isSample: false, failed: false},
		lists: undefined,
		fromStore: false,
	};
}

/** The papers the command line names: a reading list, inputs, piped stdin, the store or the sample. */
async function gather(options: Options, paths: PapersPaths, io: Io, interactive: boolean) {
	if (options.trending) return {...(await gatherTrending(paths, io)), offline: null};
	if (options.list) {
		const {library, lists, notice} = loadReadingList(paths.config, options.list);
		if (notice) say(io, notice);
		return {library, lists, fromStore: false, offline: null};
	}
	const stdin = io.stdin ?? {piped: stdinHasInput(), read: () => readStdin()};
	const fromStore = options.inputs.length === 0 && !stdin.piped;
	// The browser catches up in the background, after its first frame; `--today` printing catches up first.
	const offline =
		fromStore && !options.offline && options.todayOnly && !interactive ? await refreshBeforePrint(options, paths.store, io) : null;
	const library = await loadLibrary({
		// The browser draws from a large store's newest days first, and loads the rest after its first frame.
		headFirst: interactive && fromStore,
		inputs: options.inputs,
		storeDir: paths.store,
		today: options.today,
		stdinPiped: stdin.piped,
		readStdin: stdin.read,
	});
	return {library, lists: undefined, fromStore, offline};
}

/**
 * What `--today` means: today, or, when today has no papers yet (a weekend, before publication), the newest day. A
 * catch-up that failed first is said in the same line: one line for an offline morning, not one for each fact.
 */
function resolveToday(
	library: Library,
	options: Options,
	io: Io,
	interactive: boolean,
	offline: {failure: string; cached: boolean} | null = null,
): {options: Options; note: string | null} {
	const today = options.todayOnly && library.papers.some((p) => p.date === options.today);
	if (offline && (!options.todayOnly || today)) say(io, `${offline.failure}; showing cached digests`);
	if (!options.todayOnly || today) return {options, note: null};
	const newest = newestDayBy(library.papers, options.today);
	if (!newest) {
		if (offline) say(io, `${offline.failure}; showing cached digests`);
		const note = nothingTodayMessage(library.papers, options.today);
		if (!interactive) say(io, note);
		return {options, note};
	}
	const note = offline
		? `${offline.failure}; showing ${longDate(newest)}, the newest day kept`
		: `no papers for today (${options.today}) yet; showing ${longDate(newest)}, the newest day with papers`;
	if (!interactive) say(io, note);
	return {options: {...options, filter: {...options.filter, day: newest}}, note};
}

/** `--new`: only the papers the browser has not shown as current yet. */
function onlyUnseen(library: Library, seenFile: string, io: Io): Library {
	const {keys, notice} = readSeen(seenFile);
	if (notice) say(io, notice);
	return {...library, papers: library.papers.filter((p) => !keys.has(paperKey(p)))};
}

async function run(options: Options, io: Io, remote?: RemoteStart): Promise<number> {
	const paths = papersPaths(io.env);
	const dumb = io.env.TERM === 'dumb';
	const interactive = !options.print && !options.save && options.command !== 'zotero' && !dumb && hasTerminal(io);
	// Only the browser and the reader read keys: the rest gives the terminal back at once (Ctrl-C a signal again).
	if (!interactive || (options.command !== 'browse' && options.command !== 'read')) releaseKeys();
	const own = COMMAND_RUNS[options.command];
	const browse = (start: RemoteStart) => run({...options, command: 'browse', inputs: [], limit: null}, io, start);
	return own ? own(options, paths, io, {interactive, browse}) : browsePapers(options, paths, io, interactive, remote);
}

type Chosen = {
	library: Library;
	today: {options: Options; note: string | null};
	gathered: Awaited<ReturnType<typeof gather>>;
	storeReadAt: number;
};

/** The papers the command line chose, said as they are read: the failures, the notes of --today and --new. */
async function choose(options: Options, paths: PapersPaths, io: Io, interactive: boolean): Promise<Chosen | number> {
	const search = options.filter.text ? parseQuery(options.filter.text) : null;
	if (search?.ok) for (const note of search.query.notes ?? []) say(io, `--search: ${note}`);
	const gathered = await gather(options, paths, io, interactive);
	// Nothing kept to fall back on: the failure comes first, on its own line, before the sample says what it is.
	if (gathered.offline && (!gathered.offline.cached || gathered.library.isSample)) {
		say(io, gathered.offline.failure);
		gathered.offline = null;
	}
	const storeReadAt = Date.now();
	reportLibrary(gathered.library, io, {interactive});
	if (gathered.library.failed) {
		if (gathered.library.errors.length === 0) say(io, 'no papers to show');
		return 1;
	}
	// The day first, then --new: with today's papers all seen, --today --new is "nothing new today", not yesterday.
	const resolved = resolveToday(gathered.library, options, io, interactive, gathered.offline);
	// Fields that read beyond the papers (`models:`, `note:`) are looked up only when the query has a field at all.
	const today =
		interactive || !options.filter.text?.includes(':')
			? resolved
			: {...resolved, options: await withLookups(resolved.options, gathered.library.papers, paths, io)};
	// The browser applies --new itself, with every start filter, to each read of the library (cli/browse.ts startFilter).
	const library = options.onlyNew && !interactive ? onlyUnseen(gathered.library, paths.seen, io) : gathered.library;
	if (options.onlyNew && !interactive) sayNothingNew(options, today.options.filter.day ?? null, library, gathered.library, io);
	return {library, today, gathered, storeReadAt};
}

function sayNothingNew(options: Options, day: string | null, library: Library, all: Library, io: Io): void {
	if (options.todayOnly && day && !library.papers.some((p) => p.date === day))
		say(io, `no new papers for ${day === options.today ? 'today' : longDate(day)}`);
	else if (library.papers.length === 0 && all.papers.length > 0)
		say(io, `no new papers: all ${all.papers.length} have been seen (without --new, they print)`);
}

/** Browsing, or printing, saving or sending what browsing would show. */
async function browsePapers(options: Options, paths: PapersPaths, io: Io, interactive: boolean, remote?: RemoteStart): Promise<number> {
	const chosen = await choose(options, paths, io, interactive);
	if (typeof chosen === 'number') return chosen;
	const {library, today, gathered, storeReadAt} = chosen;
	if (options.save) return savePapers(paths.config, options.save, selectPapers(library.papers, today.options), io, options.yes);
	if (options.command === 'zotero') return zoteroCommand(selectPapers(library.papers, today.options), paths, io, options.yes);
	if (interactive) {
		const code = await browseInteractively(library, today.options, io, {
			paths,
			lists: gathered.lists,
			startMessage: today.note ?? (library.isSample ? SAMPLE_NOTICE : null),
			refresh: gathered.fromStore && !options.offline && !options.list,
			fromStore: gathered.fromStore && !options.list,
			storeReadAt,
			remote,
			awaitingToday: options.todayOnly && today.note && today.options.filter.day !== options.today ? options.today : null,
		});
		if (code !== null) return code;
		if (library.isSample) say(io, SAMPLE_NOTICE);
	}
	const order = options.forYou ? forYouOrdering(library.papers, options, paths.config, io) : null;
	// No terminal after all (the browser could not open one): print, --new applied here as the browser would have.
	const printed = interactive && options.onlyNew ? onlyUnseen(library, paths.seen, io) : library;
	return printPapers(printed, today.options, io, paths.seen, order, paths.config);
}

/** The commands with a help of their own: every command word but help and version. */
const OWN_HELP: readonly string[] = COMMANDS.filter((c) => c !== 'help' && c !== 'version');

/** --help and --version win wherever they stand, before anything else runs. */
async function helpOrVersion(input: readonly string[], given: Record<string, unknown>, io: Io): Promise<number | null> {
	// `papers help [COMMAND]` and `papers version`, as git and npm take them.
	const asked = input[0] === 'help' ? input[1] : input[0];
	if (given.help || given.h || input[0] === 'help') {
		const help = asked && OWN_HELP.includes(asked) ? commandHelp(asked as CommandName) : mainHelp();
		await writeOut(io, `${help.replace(/^\n/, '')}`);
		return 0;
	}
	if (given.version || given.v || (input[0] === 'version' && input.length === 1)) {
		await writeOut(io, `${VERSION}\n`);
		return 0;
	}
	return null;
}

/** `papers completion SHELL` and `papers __lists` (the names a completion offers): small, and before anything else. */
async function shellSupport(input: readonly string[], io: Io): Promise<number | null> {
	if (input[0] === '__lists') {
		await writeOut(
			io,
			Object.keys(readLists(papersPaths(io.env).config).lists)
				.map((n) => `${replaceControls(n)}\n`)
				.join(''),
		);
		return 0;
	}
	if (input[0] !== 'completion') return null;
	const shell = input[1];
	if (!shell || !(SHELLS as readonly string[]).includes(shell) || input.length > 2)
		throw new UsageError(`papers completion takes one of ${SHELLS.join(', ')}${shell ? `, got ${input.slice(1).join(' ')}` : ''}`);
	await writeOut(io, completionScript(shell as (typeof SHELLS)[number]));
	return 0;
}

/** Runs papers once; everything the user sees of a failure is one line. Returns the exit code. */
export async function main(input: readonly string[], flags: RawFlags, given: Record<string, unknown>, io: Io = processIo): Promise<number> {
	try {
		const early = (await helpOrVersion(input, given, io)) ?? (await shellSupport(input, io));
		if (early !== null) releaseKeys();
		if (early !== null) return early;
		const bad = unknownFlag(given);
		if (bad) throw new UsageError(`unknown option ${bad} (papers --help lists them)`);
		const unknown = unknownCommand(input[0]);
		if (unknown) throw new UsageError(unknown);
		const command = OWN_HELP.includes(input[0] ?? '') ? (input[0] as CommandName) : 'browse';
		const misplaced = misplacedFlag(
			command,
			Object.keys(given).filter((k) => given[k] !== undefined && k !== '_' && k !== '--'),
		);
		if (misplaced) throw new UsageError(misplaced);
		const options = parseOptions(input, flags, io.env, io.today);
		return await run(options, io);
	} catch (error) {
		if (io.env.PAPERS_DEBUG) io.stderr.write(`${(error as Error).stack}\n`);
		say(io, errorMessage(error));
		return exitCodeOf(error);
	}
}
