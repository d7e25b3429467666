import fs from 'node:fs';
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
};

const ENTER = '\u001b[?1049h\u001b[?25l\u001b[?2004h\u001b[H';
/**
 * Before the first frame: keys typed while node itself started were echoed on the shell's line (papers takes the
 * terminal raw as soon as it runs, not before). The line is wiped, so `jj` is not left behind on the shell's screen.
 */
const WIPE_LINE = '\r\u001b[2K';
const LEAVE = '\u001b[?2004l\u001b[?25h\u001b[?1049l';

export function openTerminal(): Terminal | null {
	const opened: Array<tty.ReadStream | tty.WriteStream> = [];
	let stdin: tty.ReadStream;
	let stdout: tty.WriteStream;
	let outFd = 1;
	try {
		stdin = process.stdin.isTTY ? process.stdin : track(new tty.ReadStream(fs.openSync('/dev/tty', 'r')));
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
			fs.writeSync(outFd, LEAVE);
		} catch {
			// the terminal is gone: nothing to restore on it
		}
		process.off('SIGWINCH', onWinch);
		process.off('exit', restore);
		for (const stream of opened) stream.destroy();
	};
	const suspend = () => {
		if (!active) return;
		try {
			stdin.setRawMode(false);
			fs.writeSync(outFd, LEAVE);
		} catch {
			return;
		}
		// The job stops here, inside the call, until the shell continues it; where no shell has job control (the
		// process group is orphaned), the signal is dropped and this returns at once.
		process.kill(process.pid, 'SIGTSTP');
		try {
			stdin.setRawMode(true);
			fs.writeSync(outFd, ENTER);
		} catch {
			// the terminal went away meanwhile: the next write ends papers
		}
	};
	process.on('exit', restore);
	fs.writeSync(outFd, WIPE_LINE + ENTER);
	return {stdin, stdout, restore, suspend};
}
