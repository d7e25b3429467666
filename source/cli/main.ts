import type {ReadingLists} from '../lists/model.js';
import {UsageError, exitCodeOf} from './errors.js';
import {FLAGS, type RawFlags} from './flags.js';
import {processIo, say, type Io} from './io.js';
import {parseOptions, type Options} from './options.js';
import {loadLibrary, type Library} from '../sources/load.js';
import {papersPaths} from '../sources/paths.js';
import {stdinHasInput} from '../sources/stdin.js';
import {printPapers} from './print.js';
import {printLists, readList, savePapers} from './lists-command.js';
import {selectPapers} from './select.js';

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** meow lets unknown flags through (its own report is several lines); this names the first one. */
export function unknownFlag(given: Record<string, unknown>): string | null {
	const known = new Set(['help', 'version', 'h', 'v']);
	for (const [name, spec] of Object.entries(FLAGS)) {
		known.add(name).add(kebab(name));
		if ('shortFlag' in spec) known.add(spec.shortFlag);
	}
	const unknown = Object.keys(given).filter((k) => k !== '_' && k !== '--' && !known.has(k));
	if (unknown.length === 0) return null;
	const shown = unknown.find((k) => k.includes('-')) ?? unknown[0]!;
	return shown.length === 1 ? `-${shown}` : `--${shown}`;
}

const SAMPLE_NOTICE = 'no digests given or stored: showing the bundled sample digest (papers fetch gets the latest)';

export function reportLibrary(library: Library, io: Io, options: {interactive: boolean}): void {
	for (const error of library.errors) say(io, error);
	for (const w of library.warnings) say(io, `warning: ${w.source}${w.line ? `:${w.line}` : ''}: ${w.message}`);
	// The browser says it in its footer instead.
	if (library.isSample && library.papers.length > 0 && !options.interactive) say(io, SAMPLE_NOTICE);
}

function loadBrowser(io: Io) {
	// Drawing on /dev/tty while stdout is a pipe: chalk judges colour from stdout when it loads, so say the terminal has it.
	if (!io.env.NO_COLOR && io.env.FORCE_COLOR === undefined && !process.stdout.isTTY) process.env.FORCE_COLOR = '1';
	return import('./browse.js');
}

async function browse(options: Options, io: Io): Promise<number> {
	const paths = papersPaths(io.env);
	if (options.command === 'lists') return printLists(paths.config, io);
	if (options.command === 'fetch') return (await import('./fetch-command.js')).fetchCommand(options, paths.store, io);
	let library: Library;
	let lists: ReadingLists | undefined;
	const interactive = !options.print && !options.save;
	// Ink and React take ~100 ms to load: start now, while the digests are read.
	const browser = interactive ? loadBrowser(io) : null;
	browser?.catch(() => {});
	if (options.list) {
		const found = await readList(paths.config, options.list, io);
		lists = found.lists;
		library = {papers: found.papers, warnings: [], errors: [], origin: `list ${options.list}`, isSample: false, failed: false};
	} else {
		const stdinPiped = stdinHasInput();
		const fromStore = options.inputs.length === 0 && !stdinPiped;
		if (fromStore && !options.offline && (options.todayOnly || interactive))
			await (await import('./fetch-command.js')).refreshToday(options, paths.store, io);
		library = await loadLibrary({inputs: options.inputs, storeDir: paths.store, today: options.today, stdinPiped});
		reportLibrary(library, io, {interactive});
		if (library.failed) {
			if (library.errors.length === 0) say(io, 'no papers to show');
			return 1;
		}
	}
	if (options.save) return savePapers(paths.config, options.save, selectPapers(library.papers, options), io);
	if (interactive) {
		const {browseInteractively} = await browser!;
		const startMessage = library.isSample ? SAMPLE_NOTICE : null;
		const code = await browseInteractively(library, options, io, {configDir: paths.config, lists, startMessage});
		if (code !== null) return code;
		if (library.isSample) say(io, SAMPLE_NOTICE);
	}
	return printPapers(library, options, io);
}

/** Runs papers once; everything the user sees of a failure is one line. Returns the exit code. */
export async function main(input: readonly string[], flags: RawFlags, given: Record<string, unknown>, io: Io = processIo): Promise<number> {
	try {
		const bad = unknownFlag(given);
		if (bad) throw new UsageError(`unknown option ${bad} (papers --help lists them)`);
		const options = parseOptions(input, flags, io.env);
		return await browse(options, io);
	} catch (error) {
		if (io.env.PAPERS_DEBUG) io.stderr.write(`${(error as Error).stack}\n`);
		say(io, error instanceof Error ? error.message : String(error));
		return exitCodeOf(error);
	}
}
