import path from 'node:path';
import lockfile from 'proper-lockfile';
import {errorMessage} from '../text.js';
import {shortPath} from '../output/paths.js';

/** Why a change could not be made, in words for the footer or stderr. */
export class ListsUnwritable extends Error {}

// A change still waiting for the lock when the browser quits does not hold the exit up: cli.tsx ends the process
// once main is done, whatever is still waiting.
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` holding config.json's lock. Another window holding it is waited for (up to about 10 s); anything else
 * (a read-only folder, a full disk) fails at once, with one line saying so: retrying cannot help those.
 */
export async function withLock<T>(file: string, work: () => T): Promise<T> {
	const deadline = Date.now() + 10_000;
	for (let attempt = 0; ; attempt++) {
		let release: () => Promise<void>;
		try {
			// A lock left by a killed process is taken over after `stale` ms (proper-lockfile refreshes live ones).
			release = await lockfile.lock(file, {realpath: false, lockfilePath: `${file}.lock`, stale: 2_000, retries: 0});
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			if (code === 'ELOCKED' && Date.now() < deadline) {
				await sleep(Math.min(100, 5 * 2 ** Math.min(attempt, 5)) * (0.5 + Math.random()));
				continue;
			}
			// The point first, the path last (shortened): a footer too narrow cuts the folders, not what happened.
			if (code === 'ELOCKED') throw new ListsUnwritable(`another papers holds the lock; try again: ${shortPath(`${file}.lock`)}`);
			if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS')
				throw new ListsUnwritable(`the folder is read-only (permission denied): ${shortPath(path.dirname(file))}`);
			throw new ListsUnwritable(`cannot take the lock (${errorMessage(error)}): ${shortPath(file)}`);
		}
		try {
			// Awaited here: work that is itself async holds the lock until it ends.
			return await work();
		} finally {
			await release().catch(() => {});
		}
	}
}
