import {readArgs} from './args.js';
import {main} from './main.js';
import {keepHeapSmall} from '../heap-flags.js';

/** The command line, run: what cli.tsx loads once the compile cache is on. */
export async function runCommandLine(): Promise<void> {
	keepHeapSmall();
	// Whatever slips past main's own handling still ends as one line, never a stack trace.
	const fail = (error: unknown) => {
		process.stderr.write(`papers: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exit(1);
	};
	process.on('uncaughtException', fail).on('unhandledRejection', fail);
	// As meow names the process when it reads the words; with none, it is not loaded.
	process.title = 'papers';
	const args = await readArgs();
	process.exitCode = await main(args.input, args.flags, args.given);
	// main awaits everything the user asked for; what may still wait (a reading-list change queued behind another
	// window's lock when q was pressed) must not hold the shell: leave shortly whatever is pending.
	setTimeout(() => process.exit(), 200).unref();
}
