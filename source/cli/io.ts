import fs from 'node:fs';
import {sanitizeLine, sanitizeText} from '../output/sanitize.js';
import {errnoWords} from '../file-system.js';
import {RuntimeError} from './errors.js';

/** Where papers reads and writes: the real process, or a test's doubles (tests drive main in-process through this). */
export type Io = {
	stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number};
	stderr: NodeJS.WritableStream & {isTTY?: boolean};
	env: NodeJS.ProcessEnv;
	/** Piped standard input, when there is any: `cat digest.txt | papers`. */
	stdin?: {piped: boolean; read: () => Promise<string>};
	/** false: never open the browser, print instead (tests; the process itself finds out from /dev/tty). */
	terminal?: boolean;
	/** Today, for tests; users set PAPERS_TODAY. */
	today?: string;
	/** The first retry's wait, and how many retries, for tests that must not wait for the real ones. */
	retryBaseMs?: number;
	retries?: number;
};

export const processIo: Io = {stdout: process.stdout, stderr: process.stderr, env: process.env};

let terminalFound: boolean | undefined;

/**
 * Whether there is a terminal to draw on, asked once before anything is held for the browser: a run with none (cron,
 * a script, an agent's subprocess) is a print run from the start, with its notes on stderr. Standard input and output
 * may both be pipes while the terminal is still there as /dev/tty (fzf's model); in a new session it cannot be opened.
 */
export function hasTerminal(io: Io): boolean {
	if (io.terminal !== undefined) return io.terminal;
	if (terminalFound === undefined) {
		if (process.stdin.isTTY && process.stdout.isTTY) terminalFound = true;
		else {
			try {
				fs.closeSync(fs.openSync('/dev/tty', 'r+'));
				terminalFound = true;
			} catch {
				terminalFound = false;
			}
		}
	}
	return terminalFound;
}

/** One line on stderr, prefixed with the program name, as every message papers gives. */
export function say(io: Io, message: string): void {
	// One line, and nothing in it that can move the cursor or reorder what is shown (a list name, a settings key).
	io.stderr.write(`papers: ${sanitizeLine(message)}\n`);
}

/** Text wraps to the terminal it is printed on, or to 80 columns in a pipe or a file. */
export function printWidth(io: Io): number {
	return io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
}

const guarded = new WeakSet<NodeJS.WritableStream>();

/**
 * Resolves once written and flushed: true when the reader has it all, false when the reader went away
 * (`papers --print | head -1`: a normal end, said by nobody). Any other failure (a full disk, /dev/full, a file
 * that cannot grow) rejects with one line naming where stdout goes and why: the caller records nothing after it.
 */
export function writeOut(io: Io, text: string): Promise<boolean> {
	if (text === '') return Promise.resolve(true);
	if (!guarded.has(io.stdout)) {
		guarded.add(io.stdout);
		// Node emits a failed write as an 'error' event too, a tick after its callback; unheard, it becomes a crash.
		io.stdout.on('error', () => {});
	}
	return new Promise((resolve, reject) => {
		io.stdout.write(text, (error?: Error | null) => {
			const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
			if (!error) resolve(true);
			else if (code === 'EPIPE') resolve(false);
			else reject(new RuntimeError(`cannot write the answer to ${stdoutName(io)}: ${errnoWords(error)}`));
		});
	});
}

/** Where stdout goes, for a message: the file it is, where the system says. */
function stdoutName(io: Io): string {
	if (io.stdout !== process.stdout) return 'standard output';
	try {
		const target = fs.readlinkSync('/proc/self/fd/1');
		return target.startsWith('/') ? target : 'standard output';
	} catch {
		return 'standard output';
	}
}

/** Text from the web as it may reach stdout: raw into a pipe or a file, without its control characters on a terminal. */
export function forStdout(io: Io, text: string): string {
	return io.stdout.isTTY ? sanitizeText(text) : text;
}
