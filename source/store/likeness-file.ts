import type {FileHandle} from 'node:fs/promises';
import path from 'node:path';
import type {Paper} from '../digest/paper.js';
import {fromParts, type ModelParts, type SimilarModel} from '../digest/similar-model.js';
import {atOnce, inSlices, type Slicer} from '../slices.js';
import {withKeptFile, writeFileAtomic} from '../file-system.js';
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

/** Room for the keys and words of a store many times the size of Hugging Face's whole archive. */
const LINES_AT_MOST = 64 << 20;

/** The file's two JSON lines, read a piece at a time up to their end: what follows them is read into its arrays. */
async function readLines(file: FileHandle): Promise<{header: Header; lists: [string[], string[]]; end: number} | null> {
	const pieces: Buffer[] = [];
	let length = 0;
	let newlines = 0;
	let second = -1;
	while (second < 0) {
		// A file with no end to its lines is not one papers wrote: given up on, not read whole.
		if (length > LINES_AT_MOST) return null;
		const {bytesRead, buffer} = await file.read({buffer: Buffer.alloc(1 << 18), position: length});
		if (bytesRead === 0) return null;
		const piece = buffer.subarray(0, bytesRead);
		for (let at = piece.indexOf(10); at >= 0 && second < 0; at = piece.indexOf(10, at + 1)) if (++newlines === 2) second = length + at;
		pieces.push(piece);
		length += bytesRead;
	}
	const text = Buffer.concat(pieces);
	const first = text.indexOf(10);
	const header = JSON.parse(text.toString('utf8', 0, first)) as Header;
	return {header, lists: JSON.parse(text.toString('utf8', first + 1, second)) as [string[], string[]], end: second + 1};
}

/**
 * The kept model of these papers, or null when there is none, or it is of another store. Its arrays are read from
 * the file straight into their own memory: the whole file read, then copied out, weighed as much again at the
 * browser's peak (bench: `peak RSS`). With `slices` (the browser), the model is put together between keys.
 */
export async function readKeptModel(dir: string, papers: readonly Paper[], slices?: Slicer): Promise<SimilarModel | null> {
	try {
		const index = await indexVersion(dir);
		const parts = index ? await withKeptFile(path.join(dir, FILE), async (file, stat) => readParts(file, stat.size, index)) : null;
		if (!parts) return null;
		return slices ? await inSlices(fromParts(papers, parts), slices) : atOnce(fromParts(papers, parts));
	} catch {
		return null;
	}
}

/** The model's parts as the file holds them, when it was made from this index (its size and time) and is whole. */
async function readParts(file: FileHandle, size: number, index: [number, number]): Promise<ModelParts | null> {
	const lines = await readLines(file);
	if (!lines) return null;
	const {header, lists} = lines;
	if (header.version !== VERSION || header.index[0] !== index[0] || header.index[1] !== index[1]) return null;
	const [keys, words] = lists;
	if (keys.length !== header.count || words.length !== header.words) return null;
	let at = lines.end;
	const take = async (count: number) => {
		const bytes = new Uint8Array(count * 4);
		const {bytesRead} = await file.read({buffer: bytes, position: at});
		at += count * 4;
		if (bytesRead !== bytes.length) throw new Error('cut short');
		return bytes.buffer;
	};
	const idf = new Float32Array(await take(header.words));
	const starts = new Int32Array(await take(header.count + 1));
	const terms = new Int32Array(await take(header.entries));
	const weights = new Float32Array(await take(header.entries));
	if (at !== size || starts[header.count] !== header.entries) return null;
	return {keys, words, idf, vectors: {starts, terms, weights}};
}

/** The kept model of a store, as the browser reads it and keeps it. */
export const likenessFileOf = (dir: string) => ({
	read: async (papers: readonly Paper[], slices: Slicer) => readKeptModel(dir, papers, slices),
	keep: async (model: SimilarModel) => keepModel(dir, model),
});

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
