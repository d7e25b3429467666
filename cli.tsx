#!/usr/bin/env -S node --heap-growing-percent=20 --max-semi-space-size=8
// The #! flags: smaller heap growth steps keep a year of papers under 200 MB, and a larger young generation lets
// each frame's garbage die young instead of piling up in the old one (see `npm run bench`).
import meow from 'meow';
import {FLAGS, HELP} from './source/cli/flags.js';
import {main} from './source/cli/main.js';

// Whatever slips past main's own handling still ends as one line, never a stack trace.
const fail = (error: unknown) => {
	process.stderr.write(`papers: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
};
process.on('uncaughtException', fail).on('unhandledRejection', fail);

const cli = meow(HELP, {
	importMeta: import.meta,
	flags: FLAGS,
	allowUnknownFlags: true,
	booleanDefault: undefined,
	description: false,
	// main answers --help and --version itself, wherever they stand (meow does only when they stand alone).
	autoHelp: false,
	autoVersion: false,
});
process.exitCode = await main(cli.input, cli.flags, cli.unnormalizedFlags);
// main awaits everything the user asked for; what may still wait (a reading-list change queued behind another
// window's lock when q was pressed) must not hold the shell: leave shortly whatever is pending.
setTimeout(() => process.exit(), 200).unref();
