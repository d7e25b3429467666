/** Where papers writes: the real process streams, or test doubles. */
export type Io = {
	stdout: NodeJS.WritableStream & {isTTY?: boolean; columns?: number};
	stderr: NodeJS.WritableStream;
	env: NodeJS.ProcessEnv;
};

export const processIo: Io = {stdout: process.stdout, stderr: process.stderr, env: process.env};

/** One line on stderr, prefixed with the program name, as every message papers gives. */
export function say(io: Io, message: string): void {
	io.stderr.write(`papers: ${message.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')}\n`);
}

/** Text wraps to the terminal it is printed on, or to 80 columns in a pipe or a file. */
export function printWidth(io: Io): number {
	return io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : 80;
}

const guarded = new WeakSet<NodeJS.WritableStream>();

/** Resolves once written; a reader that went away (`papers --print | head -1`) is a normal end, not an error. */
export function writeOut(io: Io, text: string): Promise<void> {
	if (text === '') return Promise.resolve();
	if (!guarded.has(io.stdout)) {
		guarded.add(io.stdout);
		// Node emits EPIPE as an 'error' event a tick after the write callback; unheard, it becomes a crash.
		io.stdout.on('error', () => {});
	}
	return new Promise((resolve) => {
		io.stdout.write(text, () => resolve());
	});
}
