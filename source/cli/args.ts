import type Meow from 'meow';
import {FLAGS, KNOWN_FLAGS, type RawFlags} from './flags.js';
import {mainHelp} from './help-text.js';
import {VERSION} from '../version.js';

export type Args = {input: string[]; flags: RawFlags; given: Record<string, unknown>};

/** Flags whose value may start with a dash: a query's negation (`--search -survey`). */
const DASH_VALUES = new Set(['--search', '-s']);

/**
 * The words with `--search -survey` made `--search=-survey`: meow would read `-survey` as a bundle of short flags.
 * A value that is itself one of papers' flags (`--search --print`) is no query: the search is then left empty, which
 * main refuses.
 */
export function joinDashValues(argv: readonly string[]): string[] {
	const out: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const word = argv[i]!;
		const next = argv[i + 1];
		if (DASH_VALUES.has(word) && next !== undefined && next.startsWith('-') && next !== '--' && !isFlag(next)) {
			out.push(`${word === '-s' ? '--search' : word}=${next}`);
			i++;
		} else out.push(word);
	}
	return out;
}

const isFlag = (word: string) => KNOWN_FLAGS.has(word.replace(/^--?/, '').split('=')[0]!);

/**
 * The command line as main takes it. The common starts (`papers`, `papers --offline`) have nothing meow is needed
 * for: it is loaded (its code and the packages it bundles) only for a command line that has (args.test.ts holds the
 * two readings equal).
 */
export async function readArgs(argv: readonly string[] = process.argv.slice(2)): Promise<Args> {
	return plainArgs(argv) ?? parseArgs(argv, (await import('meow')).default);
}

/**
 * Words and one-word switches (`papers`, `papers --offline`, `papers day.json --today`), read as meow reads them; null
 * for anything else (a value, a short flag, a dash, `--`), which meow reads.
 */
function plainArgs(argv: readonly string[]): Args | null {
	const input: string[] = [];
	const flags: Record<string, boolean> = {};
	const given: Record<string, boolean> = {};
	for (const word of argv) {
		if (!word.startsWith('-')) input.push(word);
		else {
			const flag =
				/^--[a-z]+$/.test(word) && Object.hasOwn(FLAGS, word.slice(2))
					? (FLAGS as Record<string, {type: string; shortFlag?: string}>)[word.slice(2)]
					: undefined;
			if (flag?.type !== 'boolean') return null;
			flags[word.slice(2)] = given[word.slice(2)] = true;
			// meow tells a flag as given under its short name too.
			if (flag.shortFlag) given[flag.shortFlag] = true;
		}
	}
	return {input, flags: flags as RawFlags, given};
}

/** The words, the flags by their declared types, and every flag as given, as meow reads them. */
export function parseArgs(argv: readonly string[], meow: typeof Meow): Args {
	// `papers tag ID -name` takes a tag away: a dash word there that is none of papers' flags is a word, not flags.
	const removal = (w: string, i: number) => argv[0] === 'tag' && i > 1 && /^-[^-]/.test(w) && !isFlag(w);
	const removals = argv.filter(removal);
	const cli = meow(mainHelp(), {
		argv: joinDashValues(removals.length > 0 ? argv.filter((w) => !removals.includes(w)) : argv),
		importMeta: import.meta,
		// What meow would read from package.json (the process title, the version), given: no file read at start.
		pkg: {name: 'papers', bin: {papers: 'dist/cli.js'}, version: VERSION},
		flags: FLAGS,
		allowUnknownFlags: true,
		booleanDefault: undefined,
		description: false,
		// main answers --help and --version itself, wherever they stand (meow does only when they stand alone).
		autoHelp: false,
		autoVersion: false,
	});
	return {input: removals.length > 0 ? inOrder(argv, cli.input, removal) : cli.input, flags: cli.flags, given: cli.unnormalizedFlags};
}

/** The words meow read and the removals it was not given, in the order they were typed (`+a -a` is not `-a +a`). */
function inOrder(argv: readonly string[], input: readonly string[], removal: (word: string, i: number) => boolean): string[] {
	const out: string[] = [];
	let next = 0;
	argv.forEach((word, i) => {
		if (removal(word, i)) out.push(word);
		else if (word === input[next]) out.push(input[next++]!);
	});
	return [...out, ...input.slice(next)];
}
