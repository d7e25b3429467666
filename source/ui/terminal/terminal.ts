import type {StdioOptions} from 'node:child_process';
import {childProcess, nodeCrypto} from '../../lazy-builtins.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tty from 'node:tty';

/*
 * fzf's model: the UI draws on the terminal, the answer goes to stdout. When stdout is a pipe (`papers | llm`) or
 * stdin is one (`cat digest.txt | papers`), the terminal is still there as /dev/tty. With no terminal at all, the
 * caller prints instead.
 */

export type Terminal = {
	stdin: tty.ReadStream;
	stdout: tty.WriteStream;
	/** Leaves the alternate screen, shows the cursor, restores cooked mode, and lets go of /dev/tty. Safe to call twice. */
	restore: () => void;
	/**
	 * Ctrl-Z, as less takes it: the terminal as the shell left it, then the job stops. Returns once it runs again
	 * (`fg`), back on the alternate screen in raw mode, for the caller to draw the whole frame again.
	 */
	suspend: () => void;
	/**
	 * The terminal handed to another program (an editor) for as long as `run` runs: the shell's screen and cooked
	 * mode first, then the alternate screen and raw mode again. `run` gets the terminal's own descriptors.
	 */
	handOver: <T>(run: (fds: {input: number; output: number}) => T) => T | null;
	/** After a stop papers did not ask for (`kill -TSTP`, SIGSTOP): the alternate screen and raw mode again. */
	resume: () => void;
};

const ENTER = '\u001b[?1049h\u001b[?25l\u001b[?2004h\u001b[H';
/**
 * Before the first frame: keys typed while node itself started were echoed on the shell's line (papers takes the
 * terminal raw as soon as it runs, not before). The line is wiped, so `jj` is not left behind on the shell's screen.
 */
const WIPE_LINE = '\r\u001b[2K';
const LEAVE = '\u001b[?2004l\u001b[?25h\u001b[?1049l';
const MOUSE_ON = '\u001b[?1000h\u001b[?1006h';
const MOUSE_OFF = '\u001b[?1006l\u001b[?1000l';

export function openTerminal(options: {mouse?: boolean} = {}): Terminal | null {
	// SGR mouse reporting, only when the settings ask: it takes the terminal's own text selection away.
	const enter = options.mouse ? ENTER + MOUSE_ON : ENTER;
	const leave = options.mouse ? MOUSE_OFF + LEAVE : LEAVE;
	const opened: Array<tty.ReadStream | tty.WriteStream> = [];
	let stdin: tty.ReadStream;
	let stdout: tty.WriteStream;
	let outFd = 1;
	let inFd = 0;
	try {
		if (!process.stdin.isTTY) inFd = fs.openSync('/dev/tty', 'r');
		stdin = process.stdin.isTTY ? process.stdin : track(new tty.ReadStream(inFd));
		if (!process.stdout.isTTY) outFd = fs.openSync('/dev/tty', 'w');
		stdout = process.stdout.isTTY ? process.stdout : track(new tty.WriteStream(outFd));
	} catch {
		for (const stream of opened) stream.destroy();
		return null;
	}
	function track<T extends tty.ReadStream | tty.WriteStream>(stream: T): T {
		opened.push(stream);
		return stream;
	}

	// Node refreshes the size of process.stdout on SIGWINCH, not of a stream we opened ourselves.
	const onWinch = () => (stdout as unknown as {_refreshSize?: () => void})._refreshSize?.();
	if (stdout !== process.stdout) process.on('SIGWINCH', onWinch);

	let active = true;
	const restore = () => {
		if (!active) return;
		active = false;
		try {
			if (stdin.isTTY) stdin.setRawMode(false);
		} catch {
			// already closed
		}
		try {
			fs.writeSync(outFd, leave);
		} catch {
			// the terminal is gone: nothing to restore on it
		}
		process.off('SIGWINCH', onWinch);
		process.off('exit', restore);
		for (const stream of opened) stream.destroy();
	};
	const handOver = <T>(run: (fds: {input: number; output: number}) => T): T | null => {
		if (!active) return null;
		try {
			stdin.setRawMode(false);
			fs.writeSync(outFd, leave);
		} catch {
			return null;
		}
		try {
			return run({input: inFd, output: outFd});
		} finally {
			try {
				stdin.setRawMode(true);
				fs.writeSync(outFd, enter);
			} catch {
				// the terminal went away meanwhile: the next write ends papers
			}
		}
	};
	// The job stops inside the kill, until the shell continues it; where no shell has job control (the process group
	// is orphaned), the signal is dropped and this returns at once.
	const suspend = () => void handOver(() => process.kill(process.pid, 'SIGTSTP'));
	const resume = () => {
		if (!active) return;
		try {
			stdin.setRawMode(true);
			fs.writeSync(outFd, enter);
		} catch {
			// the terminal went away meanwhile: the next write ends papers
		}
	};
	process.on('exit', restore);
	fs.writeSync(outFd, WIPE_LINE + enter);
	return {stdin, stdout, restore, suspend, handOver, resume};
}

/** $VISUAL, else $EDITOR, else vi: as git and crontab choose. */
export const editorOf = (env: NodeJS.ProcessEnv) => env.VISUAL || env.EDITOR || 'vi';

/** The user's editor on a file: its command may carry arguments (`code --wait`), so sh runs it, the file its argument. */
export function runEditor(file: string, env: NodeJS.ProcessEnv, stdio: StdioOptions) {
	return childProcess().spawnSync('/bin/sh', ['-c', `${editorOf(env)} "$1"`, 'sh', file], {stdio, env});
}

/**
 * A text edited in the user's editor, on the terminal's own descriptors: the editor command is the user's (it may
 * carry arguments, `code --wait`), run by sh with the file as its argument, never spliced into the command. An editor
 * that fails or is missing leaves the text as it was, and says so.
 */
export function editInEditor(
	text: string,
	env: NodeJS.ProcessEnv,
	fds: {input: number; output: number},
): {text: string} | {problem: string} {
	const editor = editorOf(env);
	const file = path.join(os.tmpdir(), `papers-note-${nodeCrypto().randomUUID()}.md`);
	try {
		fs.writeFileSync(file, text ? `${text}\n` : '', {mode: 0o600});
		const run = runEditor(file, env, [fds.input, fds.output, fds.output]);
		if (run.error) return {problem: `the note is as it was: ${editor} could not be started (${run.error.message})`};
		if (run.status !== 0)
			return {
				problem: `the note is as it was: ${editor} ${run.status === 127 ? 'was not found' : `ended with ${run.status ?? run.signal}`}`,
			};
		return {text: fs.readFileSync(file, 'utf8')};
	} catch (error) {
		return {problem: `the note is as it was: ${(error as Error).message}`};
	} finally {
		fs.rmSync(file, {force: true});
	}
}

/**
 * A command of the settings in the foreground, on the terminal's descriptors: its words as they are (never a shell),
 * the picks on its stdin when asked, then a key to come back, so what it printed can be read.
 */
export function runInTerminal(
	argv: readonly string[],
	input: string | null,
	env: NodeJS.ProcessEnv,
	fds: {input: number; output: number},
): string {
	const [program, ...args] = argv;
	const run = childProcess().spawnSync(program!, args, {
		stdio: [input === null ? fds.input : 'pipe', fds.output, fds.output],
		env,
		...(input === null ? {} : {input}),
	});
	const ended = run.error ? `${program}: could not be started (${run.error.message})` : `${program}: exit ${run.status ?? run.signal}`;
	try {
		fs.writeSync(fds.output, `\n[${ended}] press Enter to go back to papers`);
		fs.readSync(fds.input, Buffer.alloc(64));
	} catch {
		// no terminal to wait on: back at once
	}
	return ended;
}
