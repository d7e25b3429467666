import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import {describe, expect, it} from 'vitest';
import {ROOT} from './helpers/fixtures.js';
import {tempHome, writeTemp} from './helpers/run-cli.js';

/* The suite cleans up after itself: no temp home outlives its test, and npm pack's tarball is never a change. */

describe('the suite leaves nothing behind', () => {
	let made: string[] = [];
	it('a test makes temp homes and inputs', () => {
		made = [tempHome(), writeTemp('x.txt', 'x')];
		for (const file of made) expect(fs.existsSync(file)).toBe(true);
	});

	it('and the next test finds them gone', () => {
		expect(made).toHaveLength(2);
		for (const file of made) expect(fs.existsSync(file)).toBe(false);
	});

	it("npm pack's tarball is ignored by git", () => {
		expect(() => execFileSync('git', ['check-ignore', '-q', 'papers-0.1.0.tgz'], {cwd: ROOT})).not.toThrow();
	});
});
