import fs from 'node:fs';
import {afterAll, describe, it} from 'vitest';
import {writeArchive} from '../../bench/workloads.js';
import {ptySessions} from '../helpers/pty.js';
import {CLI} from '../helpers/run-cli.js';

/*
 * The first search of a session on a large store: the rest of the store and its index are still being built when
 * the letters come. Every letter must land, in order, whatever the pace, and so must a paste.
 */

const open = ptySessions();
const archive = writeArchive(200);
afterAll(() => fs.rmSync(archive.home, {recursive: true, force: true}));

const env = {PAPERS_HOME: archive.home, PAPERS_OFFLINE: '1', PAPERS_TODAY: '2025-07-20'};
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Keys one at a time at a typist's pace: the pace is the input here, nothing is timed. */
async function typeAt(write: (key: string) => void, keys: string, perSecond: number) {
	for (const key of keys) {
		write(key);
		await pause(1000 / perSecond);
	}
}

const footer = (screen: string) => screen.split('\n').findLast((line) => line.trim() !== '') ?? '';

describe('the first search of a session, on a store of 10,000 papers', () => {
	for (const pace of [8, 30]) {
		it(`keeps every letter in order at ${pace} keys a second`, async () => {
			const s = open(`node '${CLI}'`, {env, cols: 100, rows: 30});
			await s.waitFor(/▲/, 20_000);
			await typeAt((k) => s.child.write(k), '/transformer', pace);
			await s.waitFor(() => footer(s.screen()).startsWith('/ transformer'), 20_000);
			await s.waitFor('0 match "transformer"', 20_000);
			await typeAt((k) => s.child.write(k), '\u007f'.repeat(11) + 'memory', pace);
			// One wait for the header's count and the footer's box: a frame can reach the terminal in more than one write.
			await s.waitFor(() => /\d+ match "memory"/.test(s.screen()) && footer(s.screen()).startsWith('/ memory'), 20_000);
		}, 60_000);
	}

	it('a bracketed paste lands whole, with the cursor after it', async () => {
		const s = open(`node '${CLI}'`, {env, cols: 100, rows: 30});
		await s.waitFor(/▲/, 20_000);
		s.child.write('/');
		await s.waitFor(() => footer(s.screen()).startsWith('/ '));
		s.child.write('\u001b[200~world\nmodel\u001b[201~');
		await s.waitFor(() => footer(s.screen()).startsWith('/ world model'));
		s.child.write('X');
		await s.waitFor(() => footer(s.screen()).startsWith('/ world modelX'));
	});
});
