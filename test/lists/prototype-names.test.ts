import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {pageDigest, runCli, tempHome, writeTemp} from '../helpers/run-cli.js';

/* A list may be called anything a user types, Object.prototype's names included: each is a list like any other. */

const NAMES = Object.getOwnPropertyNames(Object.prototype);

describe('list names that are Object.prototype keys', () => {
	it('save, print and list like any other name, and a missing one is "no reading list"', async () => {
		const file = writeTemp('d.txt', pageDigest(2));
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...NAMES), async (name) => {
				const env = {PAPERS_HOME: tempHome()};
				const missing = await runCli(['--list', name, '--json'], {env});
				expect(missing.code).toBe(1);
				expect(missing.stderr).toContain(`no reading list "${name}"`);
				const saved = await runCli(['--save', name, file], {env});
				expect(saved.stderr).toBe('');
				expect(saved.code).toBe(0);
				const printed = await runCli(['--list', name, '--json'], {env});
				expect(printed.code).toBe(0);
				expect(JSON.parse(printed.stdout)).toHaveLength(2);
				const lists = await runCli(['lists', '--json'], {env});
				expect(JSON.parse(lists.stdout)).toEqual([{name, count: 2, unread: 2}]);
			}),
			{numRuns: NAMES.length * 2},
		);
	});
});
