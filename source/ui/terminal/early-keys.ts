import tty from 'node:tty';

/*
 * From papers' first moment on a terminal, keys are taken raw: typed while it starts (`jj` at once, by habit), they
 * wait for the browser instead of being echoed over the shell's screen. Whatever is not the browser gives the
 * terminal back as soon as it knows (and at exit in any case), so Ctrl-C stays a signal there.
 */

let held = false;

export function holdKeys(): void {
	if (!tty.isatty(0) || !tty.isatty(1)) return;
	try {
		process.stdin.setRawMode(true);
		held = true;
		process.once('exit', releaseKeys);
	} catch {
		// no raw mode here: keys echo as they always did
	}
}

export function releaseKeys(): void {
	if (!held) return;
	held = false;
	try {
		process.stdin.setRawMode(false);
	} catch {
		// the terminal is gone
	}
}
