import fs from 'node:fs';
import {withLock} from '../lists/lock.js';
import {appendSeen, readSeen} from './store.js';
import {faultPoint} from '../fault.js';

/*
 * Which watched papers `papers watch --new` has announced: one key a line, as seen marks are kept (appended, a torn
 * last line dropped). A run holds the file's lock from reading to writing, so two runs at once never announce a
 * paper twice; when the file grows past a size it is written anew, once per key, under that lock.
 */

const COMPACT_AT = 512 * 1024;

/**
 * Runs `pick` on the keys announced so far, under the lock, hands what it picked to `deliver`, and only once that
 * resolves true (written and flushed) appends the keys: a crash or a failed write between the two leaves them to be
 * delivered again next time (twice is better than never). Answers what it picked.
 */
export async function announceOnce<T extends {key: string}>(
	file: string,
	pick: (announced: ReadonlySet<string>) => T[],
	deliver: (picked: T[]) => Promise<boolean>,
): Promise<T[]> {
	return withLock(file, async () => {
		const {keys} = readSeen(file, 'announced');
		const picked = pick(keys);
		if (picked.length === 0) return picked;
		if (!(await deliver(picked))) return picked;
		faultPoint('watch:delivered-before-record');
		const problem = appendSeen(
			file,
			picked.map((p) => p.key),
		);
		if (problem) throw new Error(problem.text);
		if (fileSize(file) > COMPACT_AT) compact(file);
		return picked;
	});
}

function fileSize(file: string): number {
	try {
		return fs.statSync(file).size;
	} catch {
		return 0;
	}
}

/** The file written anew with each key once (atomically: a temp file renamed over it). */
function compact(file: string): void {
	const {keys} = readSeen(file, 'announced');
	const temp = `${file}.compact-${process.pid}.tmp`;
	fs.writeFileSync(temp, [...keys].map((k) => `${k}\n`).join(''));
	fs.renameSync(temp, file);
}
