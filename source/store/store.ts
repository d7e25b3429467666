import fs from 'node:fs/promises';
import {statSync} from 'node:fs';
import path from 'node:path';
import {isIsoDate} from '../digest/dates.js';
import {mergePapers} from '../digest/collection.js';
import type {Paper, Warning} from '../digest/paper.js';
import {addParsed, emptyResult, reasonOf, type SourceResult} from '../sources/files.js';
import {readKeptFile, withKeptFile, writeFileAtomic} from '../file-system.js';
import {decodeIndex, encodeIndex, type DecodeOptions} from './index-file.js';

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.json$/;

/** Days held in the store, oldest first. A missing store is an empty one. */
export async function storedDays(dir: string): Promise<string[]> {
	let names: string[];
	try {
		names = await fs.readdir(dir);
	} catch {
		return [];
	}
	return names
		.map((n) => DAY_FILE.exec(n)?.[1])
		.filter((d): d is string => d !== undefined && isIsoDate(d))
		.sort();
}

/** Joined by hand: `path.join` normalizes the whole path, which is 2 ms of a large store's start (400 days). */
export function dayFile(dir: string, day: string): string {
	return `${dir}${path.sep}${day}.json`;
}

/*
 * Parsing a year of days costs far more than reading one file of ready papers, so the store keeps an index: the
 * merged papers of every day file, stamped with each file's size and mtime. It is only ever a cache: any change to
 * the day files, or any doubt about the index, and it is rebuilt from them.
 */
// v5: papers with who claimed and who submitted them (users, submitter: user: and submitter: in a search); v4 a
// paper a line (index-file.ts), each checked as it was parsed (digest/checked-paper.ts: links, field lengths);
// v3 was the same without those checks, v2 one JSON document, v1 had papers without projectPage, arxivDate and
// keywords; either is ignored (and removed) and the days are read again.
const INDEX = '.index-v5.jsonl';
const EARLIER = [
	'.index-v1.json',
	'.index-v2.json',
	'.index-v2-head.json',
	'.index-v3.jsonl',
	'.index-v3-head.jsonl',
	'.index-v4.jsonl',
	'.index-v4-head.jsonl',
];

type Stamp = Record<string, [size: number, mtimeMs: number]>;
type IndexExtra = {stamp: Stamp; warnings: Warning[]; errors: string[]};
type Index = IndexExtra & {papers: Paper[]};

/**
 * Each day file's size and time. Stat'ed at once: 400 days take 3 ms so, and 10 as promises, each a trip through
 * libuv's thread pool (the first frame waits on it for a large store's head).
 */
function stampOf(dir: string, days: readonly string[]): Stamp {
	const stamp: Stamp = {};
	for (const day of days) {
		try {
			const stat = statSync(dayFile(dir, day), {throwIfNoEntry: false});
			if (stat) stamp[day] = [stat.size, stat.mtimeMs];
		} catch {
			// unreadable: left out, as a missing day is
		}
	}
	return stamp;
}

const sameStamp = (a: Stamp, b: Stamp) => {
	const keys = Object.keys(a);
	return keys.length === Object.keys(b).length && keys.every((k) => b[k]?.[0] === a[k]![0] && b[k]?.[1] === a[k]![1]);
};

/** Each day file's size and time, as one string: equal strings, the same days (a reader holding papers checks it). */
export async function dayStamp(dir: string): Promise<string> {
	return JSON.stringify(stampOf(dir, await storedDays(dir)));
}

/** The index file's size and time: what a cache built from the store's papers (the likeness model) is checked against. */
export async function indexVersion(dir: string): Promise<[size: number, mtimeMs: number] | null> {
	const stat = await fs.stat(path.join(dir, INDEX)).catch(() => null);
	return stat ? [stat.size, stat.mtimeMs] : null;
}

/** The first line of the index, whatever stamp it has: what was said of which file, the last time it was built. */
async function readIndexHeader(dir: string): Promise<IndexExtra | null> {
	try {
		return await withKeptFile(path.join(dir, INDEX), async (file) => {
			const stream = file.createReadStream({highWaterMark: 1 << 16, autoClose: false});
			let text = '';
			for await (const chunk of stream) {
				text += (chunk as Buffer).toString('utf8');
				const end = text.indexOf('\n');
				if (end >= 0) {
					stream.destroy();
					const header = JSON.parse(text.slice(0, end)) as Partial<IndexExtra>;
					return Array.isArray(header.warnings) && Array.isArray(header.errors) && header.stamp ? (header as IndexExtra) : null;
				}
			}
			return null;
		});
	} catch {
		return null;
	}
}

const dayOfSource = (text: string) => /(\d{4}-\d{2}-\d{2})\.json/.exec(text)?.[1] ?? null;

/**
 * What a rebuilt index has to say that the index before it said already, of a file unchanged since: said once, when
 * the file is first indexed, not on every command (the index keeps it, for `papers fetch --check`).
 */
function saidBefore(before: IndexExtra | null, stamp: Stamp) {
	const same = (day: string | null) =>
		day !== null && before?.stamp[day]?.[0] === stamp[day]?.[0] && before?.stamp[day]?.[1] === stamp[day]?.[1];
	return {
		warning: (w: Warning) => same(dayOfSource(w.source)) && before!.warnings.some((o) => o.source === w.source && o.message === w.message),
		error: (e: string) => same(dayOfSource(e)) && before!.errors.includes(e),
	};
}

async function readIndex(dir: string, stamp: Stamp, options: DecodeOptions): Promise<Index | null> {
	try {
		const index = await withKeptFile(path.join(dir, INDEX), async (file) =>
			decodeIndex<IndexExtra, Paper>(file.createReadStream({highWaterMark: 1 << 20, autoClose: false}), options),
		);
		if (!index || !sameStamp(index.header.stamp, stamp)) return null;
		const {warnings, errors} = index.header;
		if (!Array.isArray(warnings) || !Array.isArray(errors)) return null;
		return {stamp, warnings, errors, papers: index.items};
	} catch {
		return null;
	}
}

/*
 * A large store also keeps a head: the papers of its newest days alone, under the same stamp. The browser draws its
 * first frame from the head, without parsing the whole index, and loads the rest after (sources/load.ts).
 */
const HEAD = '.index-v5-head.jsonl';
/** Below this many papers the whole index is quick to read: no head. */
export const HEAD_FROM = 2000;
const HEAD_DAYS = 14;

async function writeHead(dir: string, index: Index): Promise<void> {
	if (index.papers.length < HEAD_FROM) {
		await fs.rm(path.join(dir, HEAD), {force: true}).catch(() => {});
		return;
	}
	const days = [...new Set(index.papers.map((p) => p.date).filter((d): d is string => d !== null))].sort().slice(-HEAD_DAYS);
	const first = days[0] ?? '';
	const papers = index.papers.filter((p) => p.date !== null && p.date >= first);
	await writeFileAtomic(path.join(dir, HEAD), encodeIndex({stamp: index.stamp}, papers)).catch(() => {});
}

/** The newest days' papers of a large store, when its head is current; null otherwise (read the whole store then). */
export async function readStoreHead(dir: string): Promise<{papers: Paper[]; days: number} | null> {
	try {
		const head = await decodeIndex<{stamp: Stamp}, Paper>(await readKeptFile(path.join(dir, HEAD)));
		if (!head) return null;
		const days = await storedDays(dir);
		if (!sameStamp(head.header.stamp, stampOf(dir, days))) return null;
		return {papers: head.items, days: days.length};
	} catch {
		return null;
	}
}

async function writeIndex(dir: string, index: Index): Promise<void> {
	// A cache that cannot be written is only slower next time.
	const {papers, ...extra} = index;
	await writeFileAtomic(path.join(dir, INDEX), encodeIndex(extra, papers)).catch(() => {});
	await writeHead(dir, index);
	// The indexes of earlier versions only take room now.
	for (const name of EARLIER) await fs.rm(path.join(dir, name), {force: true}).catch(() => {});
}

/**
 * Every stored day, merged and deduplicated. `options` lets a reader of the index stop between its lines. What a day
 * file's reading had to say (a malformed file) comes once, when it is first indexed; `known` holds all of it still.
 */
export async function readStore(
	dir: string,
	options: DecodeOptions = {},
): Promise<SourceResult & {days: number; known: Pick<SourceResult, 'warnings' | 'errors'>}> {
	const days = await storedDays(dir);
	const stamp = stampOf(dir, days);
	const index = days.length > 0 ? await readIndex(dir, stamp, options) : null;
	if (index) {
		const known = {warnings: index.warnings, errors: index.errors};
		return {papers: index.papers, warnings: [], errors: [], loaded: days.length, days: days.length, known};
	}
	const before = days.length > 0 ? await readIndexHeader(dir) : null;
	const result = emptyResult();
	for (const day of days) {
		const file = dayFile(dir, day);
		try {
			addParsed(result, (await readKeptFile(file)).toString('utf8'), file, {date: day, emptyIsFine: true, failureIsWarning: true});
		} catch (error) {
			result.errors.push(`${file}: cannot read: ${reasonOf(error)}`);
		}
	}
	const papers = mergePapers(result.papers);
	if (days.length > 0) await writeIndex(dir, {stamp, papers, warnings: result.warnings, errors: result.errors});
	const said = saidBefore(before, stamp);
	const known = {warnings: result.warnings, errors: result.errors};
	return {
		...result,
		warnings: result.warnings.filter((w) => !said.warning(w)),
		errors: result.errors.filter((e) => !said.error(e)),
		papers,
		days: days.length,
		known,
	};
}

/** Writes a day's answer so a reader sees the old file or the new one, never half of one. */
export async function writeDay(dir: string, day: string, json: string): Promise<string> {
	await fs.mkdir(dir, {recursive: true});
	const file = dayFile(dir, day);
	await writeFileAtomic(file, json);
	return file;
}
