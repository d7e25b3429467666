#!/usr/bin/env -S node --heap-growing-percent=20 --max-semi-space-size=8
// The #! flags: smaller heap growth steps keep a year of papers under 200 MB, and a larger young generation lets
// each frame's garbage die young instead of piling up in the old one (see `npm run bench`).
import module from 'node:module';
import {readArgs} from './source/cli/args.js';
import {main} from './source/cli/main.js';

// Whatever slips past main's own handling still ends as one line, never a stack trace.
const fail = (error: unknown) => {
	process.stderr.write(`papers: ${error instanceof Error ? error.message : String(error)}\n`);
	process.exit(1);
};
process.on('uncaughtException', fail).on('unhandledRejection', fail);

// Node 22.1 and later keep the compiled code of the chunks loaded from here on (Ink, React) between runs; a no-op before.
(module as {enableCompileCache?: () => unknown}).enableCompileCache?.();

const args = readArgs();
process.exitCode = await main(args.input, args.flags, args.given);
// main awaits everything the user asked for; what may still wait (a reading-list change queued behind another
// window's lock when q was pressed) must not hold the shell: leave shortly whatever is pending.
setTimeout(() => process.exit(), 200).unref();
