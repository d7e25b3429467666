import {readKeptFile} from '../file-system.js';
import path from 'node:path';
import {parseApiValue} from '../digest/parse-api.js';
import type {Paper} from '../digest/paper.js';

/** The trending snapshot `papers fetch --trending` keeps: its papers in the site's order, and when it was fetched. */
export type Trending = {papers: Paper[]; fetchedAt: string};

export async function readTrending(storeDir: string): Promise<Trending | null> {
	try {
		const value = JSON.parse((await readKeptFile(path.join(storeDir, 'trending.json'))).toString('utf8')) as {
			fetchedAt?: unknown;
			items?: unknown;
		};
		if (typeof value.fetchedAt !== 'string' || !Array.isArray(value.items)) return null;
		return {papers: parseApiValue(value.items, {source: 'trending'}).papers, fetchedAt: value.fetchedAt};
	} catch {
		return null;
	}
}

/** `09:12` today, `Fri 27 Nov 09:12` before, in local time: when the snapshot was taken. */
export function fetchedLabel(fetchedAt: string, now = new Date()): string {
	const at = new Date(fetchedAt);
	const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
	if (at.toDateString() === now.toDateString()) return time;
	return `${at.toDateString().slice(0, 10)} ${time}`;
}

/** How old a snapshot is, when that is worth saying (over six hours): `2 days old`. */
export function staleness(fetchedAt: string, now = new Date()): string | null {
	const hours = (now.getTime() - new Date(fetchedAt).getTime()) / 3_600_000;
	if (!(hours > 6)) return null;
	return hours < 48 ? `${Math.round(hours)} hours old` : `${Math.round(hours / 24)} days old`;
}
