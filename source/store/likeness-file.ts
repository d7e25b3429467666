import fs from 'node:fs/promises';
import path from 'node:path';
import type {Paper} from '../digest/paper.js';
import {modelFromParts, type ModelParts, type SimilarModel} from '../digest/similar-model.js';
import {writeFileAtomic} from '../file-system.js';
import {indexVersion} from './store.js';

/*
 * The likeness model of the whole store, kept beside its index: `papers similar` would otherwise count every
 * paper's words on every call (8× a bare node start at 9,600 papers). It is believed only while the index is the one
 * it was built from (size and time), and only for the very papers it holds; anything else builds it anew.
 *
 * The file: a JSON line (version, the index's size and time, the arrays' lengths), a JSON line of the paper keys and
 * the words, then the arrays' bytes: idf, vector starts, terms, weights.
 */

const FILE = '.likeness-v1.bin';
const VERSION = 1;

type Header = {version: number; index: [number, number]; count: number; words: number; entries: number};

/** The kept model of these papers, or null when there is none, or it is of another store. */
export async function readKeptModel(dir: string, papers: readonly Paper[]): Promise<SimilarModel | null> {
	try {
		const [bytes, index] = await Promise.all([fs.readFile(path.join(dir, FILE)), indexVersion(dir)]);
		const first = bytes.indexOf(10);
		const second = bytes.indexOf(10, first + 1);
		if (!index || first < 0 || second < 0) return null;
		const header = JSON.parse(bytes.toString('utf8', 0, first)) as Header;
		if (header.version !== VERSION || header.index[0] !== index[0] || header.index[1] !== index[1]) return null;
		const [keys, words] = JSON.parse(bytes.toString('utf8', first + 1, second)) as [string[], string[]];
		if (keys.length !== header.count || words.length !== header.words) return null;
		let at = second + 1;
		// Copied out: the file's bytes need not sit at a multiple of four.
		const take = (count: number) => {
			const part = bytes.subarray(at, at + count * 4);
			at += count * 4;
			if (part.length !== count * 4) throw new Error('cut short');
			return new Uint8Array(part).buffer;
		};
		const idf = new Float32Array(take(header.words));
		const starts = new Int32Array(take(header.count + 1));
		const terms = new Int32Array(take(header.entries));
		const weights = new Float32Array(take(header.entries));
		if (at !== bytes.length || starts[header.count] !== header.entries) return null;
		const parts: ModelParts = {keys, words, idf, vectors: {starts, terms, weights}};
		return modelFromParts(papers, parts);
	} catch {
		return null;
	}
}

/** Keeps the model of the store's papers beside its index; one that cannot be kept is only built again next time. */
export async function keepModel(dir: string, model: SimilarModel): Promise<void> {
	const index = await indexVersion(dir);
	if (!index) return;
	const {starts, terms, weights} = model.vectors;
	const header: Header = {version: VERSION, index, count: model.keys.length, words: model.words.length, entries: terms.length};
	const text = Buffer.from(`${JSON.stringify(header)}\n${JSON.stringify([model.keys, model.words])}\n`);
	const arrays = [model.idf, starts, terms, weights].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
	await writeFileAtomic(path.join(dir, FILE), Buffer.concat([text, ...arrays])).catch(() => {});
}
