import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * Every temp folder the tests make, so that none outlives its test: test/setup.ts removes those a test made after
 * it, and those made outside a test (a describe's shared home) after the file.
 */

const made: string[] = [];

export function tempDir(prefix: string, base = os.tmpdir()): string {
	const dir = fs.mkdtempSync(path.join(base, prefix));
	made.push(dir);
	return dir;
}

/** How many folders exist so far: what a test makes comes after this mark. */
export const tempMark = () => made.length;

/** Removes the folders made since `mark` (all of them by default). */
export function removeTemp(mark = 0): void {
	for (const dir of made.splice(mark)) {
		try {
			// A child killed at the end of the test may still be letting go of its files.
			fs.rmSync(dir, {recursive: true, force: true, maxRetries: 3});
		} catch {
			// left for the system's temp cleaner; never a reason to fail a test
		}
	}
}
