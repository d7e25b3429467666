import meow from 'meow';
import {FLAGS, HELP, type RawFlags} from './flags.js';

export type Args = {input: string[]; flags: RawFlags; given: Record<string, unknown>};

/** The command line as main takes it: the words, the flags by their declared types, and every flag as given. */
export function readArgs(argv: readonly string[] = process.argv.slice(2)): Args {
	const cli = meow(HELP, {
		argv: [...argv],
		importMeta: import.meta,
		flags: FLAGS,
		allowUnknownFlags: true,
		booleanDefault: undefined,
		description: false,
		// main answers --help and --version itself, wherever they stand (meow does only when they stand alone).
		autoHelp: false,
		autoVersion: false,
	});
	return {input: cli.input, flags: cli.flags, given: cli.unnormalizedFlags};
}
