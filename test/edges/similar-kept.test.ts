import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {similarPapers} from '../../source/digest/similar.js';
import type {SimilarModel} from '../../source/digest/similar-model.js';
import {slicer} from '../../source/slices.js';
import {loadLibrary} from '../../source/sources/load.js';
import {likenessFileOf} from '../../source/store/likeness-file.js';
import {modelOf, warmLikeness} from '../../source/ui/core/likeness.js';
import {runCli, tempHome} from '../helpers/run-cli.js';

/* #35.14: papers similar keeps the store's likeness model beside its index, and builds it again only when the index changes. */

const WORDS = ['diffusion', 'transformer', 'agents', 'vision', 'speech', 'robots', 'reasoning', 'retrieval'];

function writeDay(home: string, day: string, n: number, offset = 0) {
	const items = Array.from({length: n}, (_, i) => {
		const k = offset + i;
		return {
			paper: {
				id: `2601.${String(k).padStart(5, '0')}`,
				title: `${WORDS[k % 8]} ${WORDS[(k * 3) % 8]} study ${k}`,
				summary: `We study ${WORDS[k % 8]} for ${WORDS[(k + 1) % 8]} tasks.`,
				authors: [{name: 'A'}],
				upvotes: k % 7,
			},
			publishedAt: `${day}T01:00:00Z`,
		};
	});
	fs.mkdirSync(path.join(home, 'digests'), {recursive: true});
	fs.writeFileSync(path.join(home, 'digests', `${day}.json`), JSON.stringify(items));
}

const ids = (stdout: string) => (JSON.parse(stdout) as Array<{id: string}>).map((p) => p.id);

describe('papers similar', () => {
	it('keeps the model: the second answer comes from it, the same; a new day builds it again; a damaged one is built anew', async () => {
		const home = tempHome();
		writeDay(home, '2026-01-05', 40);
		const env = {PAPERS_HOME: home, PAPERS_OFFLINE: '1'};
		const kept = path.join(home, 'digests', '.likeness-v1.bin');
		const first = await runCli(['similar', '2601.00001', '--json', '-n', '5'], {env});
		expect(first.code).toBe(0);
		expect(fs.existsSync(kept)).toBe(true);
		const builtAt = fs.statSync(kept).mtimeMs;
		const second = await runCli(['similar', '2601.00001', '--json', '-n', '5'], {env});
		expect(ids(second.stdout)).toEqual(ids(first.stdout));
		expect(fs.statSync(kept).mtimeMs).toBe(builtAt);
		// A new day: the index is rebuilt, and so is the model; the new papers are among the answers.
		writeDay(home, '2026-01-06', 40, 40);
		const third = await runCli(['similar', '2601.00001', '--json', '-n', '40'], {env});
		expect(ids(third.stdout).some((id) => Number(id.slice(5)) >= 40)).toBe(true);
		// A damaged file is not believed: the answer is the same as one built anew.
		fs.writeFileSync(kept, fs.readFileSync(kept).subarray(0, 200));
		const fourth = await runCli(['similar', '2601.00001', '--json', '-n', '40'], {env});
		expect(ids(fourth.stdout)).toEqual(ids(third.stdout));
		// A megabyte of bytes with no line in it: read a piece at a time, not believed, built anew.
		fs.writeFileSync(kept, Buffer.alloc(1 << 20, 0x41));
		const noLines = await runCli(['similar', '2601.00001', '--json', '-n', '40'], {env});
		expect(ids(noLines.stdout)).toEqual(ids(third.stdout));
		expect(fs.readFileSync(kept).subarray(0, 12).toString()).toBe('{"version":1');
		// A FIFO in its place is not waited on (opening one blocks until a writer comes): built anew, and kept.
		fs.rmSync(kept);
		expect(spawnSync('mkfifo', [kept]).status).toBe(0);
		const fifth = await runCli(['similar', '2601.00001', '--json', '-n', '40'], {env});
		expect(ids(fifth.stdout)).toEqual(ids(third.stdout));
		expect(fs.statSync(kept).isFile()).toBe(true);
	});
});

describe('the browser on the whole store', () => {
	it('keeps the model it builds, and the next session reads it instead of building: the same answers as papers similar', async () => {
		const home = tempHome();
		writeDay(home, '2026-01-05', 40);
		const store = path.join(home, 'digests');
		const kept = path.join(store, '.likeness-v1.bin');
		const session = async () => (await loadLibrary({inputs: [], storeDir: store, today: '2026-01-05', stdinPiped: false})).papers;
		const calls: string[] = [];
		const real = likenessFileOf(store);
		const file = {
			read: async (...args: Parameters<typeof real.read>) => {
				const model = await real.read(...args);
				calls.push(model ? 'read' : 'none kept');
				return model;
			},
			keep: async (model: SimilarModel) => {
				calls.push('keep');
				await real.keep(model);
			},
		};
		const now = slicer(() => Promise.resolve());
		const first = await session();
		await warmLikeness(first, now, file);
		expect(calls).toEqual(['none kept', 'keep']);
		expect(fs.existsSync(kept)).toBe(true);
		const keptAt = fs.statSync(kept).mtimeMs;

		const second = await session();
		await warmLikeness(second, now, file);
		expect(calls.slice(2)).toEqual(['read']);
		expect(fs.statSync(kept).mtimeMs).toBe(keptAt);
		const paper = second.find((p) => p.id === '2601.00001')!;
		const inBrowser = similarPapers(modelOf(second)!, paper, 5).map((a) => a.paper.id);
		const cli = await runCli(['similar', '2601.00001', '--json', '-n', '5'], {env: {PAPERS_HOME: home, PAPERS_OFFLINE: '1'}});
		expect(ids(cli.stdout)).toEqual(inBrowser);
	});
});
