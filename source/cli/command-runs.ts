import {loadReadingList} from '../sources/reading-list.js';
import type {PapersPaths} from '../store/paths.js';
import {paperIdOf} from '../output/links.js';
import {RuntimeError} from './errors.js';
import {hasTerminal, say, type Io} from './io.js';
import {manageLists, printLists} from './lists-command.js';
import type {Options, Subcommand} from './options.js';
import {hubCommand, type RemoteStart} from './hub-commands.js';
import {readInteractively} from './browse.js';
import {collectionsCommand} from './collections-command.js';
import {fetchCommand} from './fetch-command.js';
import {libraryCommand} from './library-commands.js';
import {similarCommand} from './likeness-command.js';
import {watchCommand} from './watch-command.js';
import {configCommand, keysCommand} from './config-command.js';

/*
 * Every command but browsing (and `zotero`, which chooses papers as browsing does), by name: main picks one from this
 * table or browses. Each loads its own module when it runs.
 */

export type CommandContext = {
	/** A terminal is there to draw on (the reader, the search's answers). */
	interactive: boolean;
	/** `papers search` on a terminal: its answers in the browser. */
	browse: (start: RemoteStart) => Promise<number>;
};

type CommandRun = (options: Options, paths: PapersPaths, io: Io, context: CommandContext) => Promise<number>;

const remote: CommandRun = async (options, paths, io, context) => hubCommand(options, paths, io, context.interactive, context.browse);

async function lists(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	if (['push', 'pull', 'sync'].includes(options.inputs[0] ?? '')) return collectionsCommand(options, paths, io);
	if (options.inputs.length > 0) return manageLists(paths.config, options.inputs, io);
	return printLists(paths.config, io, {json: options.format === 'json'});
}

async function fetchPapersOfList(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const {library} = loadReadingList(paths.config, options.papers!);
	if (library.failed) throw new RuntimeError(library.errors[0]!);
	const ids = library.papers.flatMap((p) => (p.id ? [p.id] : []));
	if (ids.length < library.papers.length)
		say(io, `${library.papers.length - ids.length} papers of ${options.papers} have no id: their text cannot be fetched`);
	return (await import('./read-command.js')).fetchListPapers(ids, options, paths.store, io);
}

const fetch: CommandRun = async (options, paths, io, context) => {
	if (options.info) return remote(options, paths, io, context);
	if (options.papers) return fetchPapersOfList(options, paths, io);
	return fetchCommand(options, paths.store, io);
};

/** `papers read ID`: the reader on a terminal, the rendered text (or the markdown) when printed. */
async function readCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const read = await import('./read-command.js');
	const id = options.inputs[0] ? paperIdOf(options.inputs[0]) : null;
	const onTerminal =
		io.env.TERM !== 'dumb' && Boolean(process.stdout.isTTY) && options.format !== 'markdown' && !options.print && hasTerminal(io);
	if (id && onTerminal) {
		const code = await readInteractively(id, options, io, {paths});
		if (code !== null) return code;
	}
	return read.printPaper(options.inputs[0], options, paths.store, io);
}

const library: CommandRun = async (options, paths, io) => libraryCommand(options, paths, io);

export const COMMAND_RUNS: Partial<Record<Subcommand, CommandRun>> = {
	lists,
	search: remote,
	info: remote,
	fetch,
	read: readCommand,
	similar: async (options, paths, io) => similarCommand(options, paths, io),
	watch: async (options, paths, io) => watchCommand(options, paths, io),
	config: async (options, paths, io) => configCommand(options, paths, io),
	keys: async (options, paths, io) => keysCommand(options, paths, io),
	mcp: async (options, paths, io) => (await import('../mcp/serve.js')).serveMcp(options, paths, io),
	comments: async (options, paths, io) => (await import('./comments-command.js')).commentsCommand(options, paths, io),
	note: library,
	tag: library,
	tags: library,
	pdf: library,
};
