import fs from 'node:fs';
import path from 'node:path';
import {readCachedInfo, type PaperInfo} from '../digest/paper-info.js';
import {readKeptFileSync, writeFileAtomic} from '../file-system.js';

/*
 * Paper records are kept beside the paper texts: `info/{id}.json` next to `papers/` and `digests/`, each written whole
 * or not at all, with the answer as Hugging Face gave it (`papers info --json` prints it) and when it was asked.
 */

/** A record is trusted for a day; older, it is shown (offline too) but asked for again when online. */
export const INFO_FRESH_MS = 24 * 3_600_000;

export function infoDir(storeDir: string): string {
	return path.join(path.dirname(storeDir), 'info');
}

export function infoFile(storeDir: string, id: string): string {
	return path.join(infoDir(storeDir), `${id.replace(/[^\w.-]/g, '_')}.json`);
}

/** What of a record is kept: each list at most this long, each text at most this many characters. */
const RECORD_LIST_MAX = 200;
const RECORD_TEXT_MAX = 100_000;

/**
 * A record within bounds (Hugging Face's lists of the models, datasets and Spaces citing a paper can run to megabytes):
 * every list cut to its first 200, every text to 100,000 characters. The counts beside the lists say how many there are.
 */
export function capRecord(value: unknown, depth = 0): unknown {
	if (typeof value === 'string') return value.length > RECORD_TEXT_MAX ? `${value.slice(0, RECORD_TEXT_MAX)}…` : value;
	if (depth > 20 || value === null || typeof value !== 'object') return depth > 20 ? null : value;
	if (Array.isArray(value)) return value.slice(0, RECORD_LIST_MAX).map((v) => capRecord(v, depth + 1));
	return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, capRecord(v, depth + 1)]));
}

export type CachedInfo = {info: PaperInfo; raw: unknown; fresh: boolean};

export function readInfo(storeDir: string, id: string, now = Date.now()): CachedInfo | null {
	let value: {record?: unknown};
	try {
		value = JSON.parse(readKeptFileSync(infoFile(storeDir, id)).toString('utf8')) as {record?: unknown};
	} catch {
		return null;
	}
	const info = readCachedInfo(value, id);
	if (!info) return null;
	return {info, raw: value.record ?? null, fresh: now - Date.parse(info.fetchedAt) < INFO_FRESH_MS};
}

export async function writeInfo(storeDir: string, info: PaperInfo, raw: unknown): Promise<void> {
	const file = infoFile(storeDir, info.id);
	await fs.promises.mkdir(path.dirname(file), {recursive: true});
	const value = info.indexed ? {fetchedAt: info.fetchedAt, record: raw} : {fetchedAt: info.fetchedAt, indexed: false};
	await writeFileAtomic(file, `${JSON.stringify(value)}\n`);
}

/** Every record kept, by paper id: what `models:>0` matches on. */
export function readAllInfo(storeDir: string): Map<string, PaperInfo> {
	const out = new Map<string, PaperInfo>();
	let names: string[];
	try {
		names = fs.readdirSync(infoDir(storeDir));
	} catch {
		return out;
	}
	for (const name of names) {
		if (!name.endsWith('.json')) continue;
		const id = name.slice(0, -5);
		const cached = readInfo(storeDir, id);
		if (cached) out.set(id, cached.info);
	}
	return out;
}
