import fs from 'node:fs/promises';
import path from 'node:path';
import {isIsoDate} from '../digest/dates.js';
import {addParsed, emptyResult, type SourceResult} from './files.js';

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

export function dayFile(dir: string, day: string): string {
	return path.join(dir, `${day}.json`);
}

export async function readStore(dir: string): Promise<SourceResult & {days: number}> {
	const result = emptyResult();
	const days = await storedDays(dir);
	for (const day of days) {
		const file = dayFile(dir, day);
		try {
			addParsed(result, await fs.readFile(file, 'utf8'), file, {date: day});
		} catch (error) {
			result.errors.push(`${file}: cannot read: ${(error as Error).message}`);
		}
	}
	// An empty day (a fetch for a day with no papers yet) is not an error.
	result.errors = result.errors.filter((e) => !e.endsWith('no papers found in it'));
	return {...result, days: days.length};
}

/** Writes a day's answer so a reader sees the old file or the new one, never half of one. */
export async function writeDay(dir: string, day: string, json: string): Promise<string> {
	await fs.mkdir(dir, {recursive: true});
	const file = dayFile(dir, day);
	const temp = path.join(dir, `.${day}.json.${process.pid}.${Date.now()}.tmp`);
	const handle = await fs.open(temp, 'w');
	try {
		await handle.writeFile(json);
		await handle.sync();
	} finally {
		await handle.close();
	}
	await fs.rename(temp, file);
	return file;
}
