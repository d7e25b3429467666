import {nodeCrypto} from './lazy-builtins.js';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import {faultPoint} from './fault.js';
import {errorMessage} from './text.js';

/*
 * The file-system helpers every floor shares: a write a crash cannot leave half done, a copy of a file papers cannot
 * read kept beside it, the temp files a killed write left cleared away, and a failure said in a user's words.
 */

const ERRNO_WORDS: Record<string, string> = {
	ENOENT: 'no such file or folder',
	EACCES: 'permission denied',
	EPERM: 'permission denied',
	EROFS: 'read-only',
	ENOSPC: 'disk full',
	EDQUOT: 'disk quota exceeded',
	EISDIR: 'is a folder',
	ENOTFILE: 'it is not a file (a FIFO or a device)',
};

/** A file-system failure in words a user reads (`disk full`, `read-only`), else its message. */
export function errnoWords(error: unknown): string {
	const code = (error as NodeJS.ErrnoException | null)?.code;
	return (code && ERRNO_WORDS[code]) ?? errorMessage(error);
}

/**
 * Opened without blocking: a FIFO or a device put where papers keeps a file would hold a plain open for ever (and a
 * thread of Node's pool with it). Anything but a file is refused.
 */
const READ_NOW = fsSync.constants.O_RDONLY | fsSync.constants.O_NONBLOCK;
const notAFile = (file: string) => Object.assign(new Error(`${file}: ${ERRNO_WORDS.ENOTFILE}`), {code: 'ENOTFILE'});

/** A file papers keeps, opened to read and given to `use` with what its stat said; closed after, whatever `use` did. */
export async function withKeptFile<T>(file: string, use: (handle: fs.FileHandle, stat: fsSync.Stats) => Promise<T>): Promise<T> {
	const handle = await fs.open(file, READ_NOW);
	try {
		const stat = await handle.stat().catch(() => null);
		if (!stat?.isFile()) throw notAFile(file);
		return await use(handle, stat);
	} finally {
		await handle.close().catch(() => {});
	}
}

/** The bytes of a file papers keeps, read as `withKeptFile` opens it. */
export async function readKeptFile(file: string): Promise<Buffer> {
	return withKeptFile(file, async (handle) => handle.readFile());
}

/** readKeptFile for the reads that must be synchronous (the lists, the seen marks, a record looked up in a frame). */
export function readKeptFileSync(file: string): Buffer {
	const fd = fsSync.openSync(file, READ_NOW);
	try {
		if (!fsSync.fstatSync(fd).isFile()) throw notAFile(file);
		return fsSync.readFileSync(fd);
	} finally {
		fsSync.closeSync(fd);
	}
}

/**
 * A byte-for-byte copy of a file papers cannot read, beside it as `NAME.bad-HASH` (the hash of its bytes): a file
 * read again and again is kept once, and `made` says whether this call kept it (so it is said once, too). Throws
 * when it cannot write.
 */
export function keepAside(file: string, bytes: Buffer): {backup: string; made: boolean} {
	const hash = nodeCrypto().createHash('sha256').update(bytes).digest('hex').slice(0, 16);
	const backup = path.join(path.dirname(file), `${path.basename(file)}.bad-${hash}`);
	try {
		fsSync.writeFileSync(backup, bytes, {flag: 'wx'});
		return {backup, made: true};
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return {backup, made: false};
		throw error;
	}
}

/** Writes a file so a reader sees the old one or the new one, never half of one: a temporary file, synced, renamed. */
/** papers' own temp files: `.NAME.papers-UUID.tmp`; the older `.NAME.PID.TIME.tmp` too. */
const TEMP = /^\..+\.(?:papers-[0-9a-f-]{36}|\d+\.\d+)\.tmp$/;
/** A temp file this old is one a killed write left: no write takes an hour. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Removes the temp files a killed write left in a folder (papers' own naming, over an hour old). */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<void> {
	const names = await fs.readdir(dir).catch(() => [] as string[]);
	for (const name of names) {
		if (!TEMP.test(name)) continue;
		const file = path.join(dir, name);
		const stat = await fs.stat(file).catch(() => null);
		if (stat && now - stat.mtimeMs > STALE_TEMP_MS) await fs.rm(file, {force: true}).catch(() => {});
	}
}

export async function writeFileAtomic(file: string, text: string | Uint8Array): Promise<void> {
	// Unique per write, whatever writes at the same moment (two windows, two processes of the same pid namespace).
	const temp = path.join(path.dirname(file), `.${path.basename(file)}.papers-${nodeCrypto().randomUUID()}.tmp`);
	await removeStaleTemps(path.dirname(file));
	try {
		const handle = await fs.open(temp, 'w');
		try {
			// A kill in the middle of the write (the tests' fault point) leaves half a temp file, never half a day.
			if (process.env.PAPERS_FAULT === 'atomic-write:torn') {
				await handle.writeFile(typeof text === 'string' ? text.slice(0, text.length >> 1) : text.subarray(0, text.length >> 1));
				faultPoint('atomic-write:torn');
			}
			await handle.writeFile(text);
			await handle.sync();
		} finally {
			await handle.close();
		}
		faultPoint('atomic-write:before-rename');
		await fs.rename(temp, file);
	} catch (error) {
		await fs.rm(temp, {force: true});
		// Said of the file meant, not of the temp file on the way to it (a name the user never made), code kept.
		const code = (error as NodeJS.ErrnoException).code;
		throw Object.assign(new Error(`cannot write ${file}: ${errnoWords(error)}`), code ? {code} : {});
	}
}
