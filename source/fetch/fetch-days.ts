import fs from 'node:fs/promises';
import {addDays} from '../digest/dates.js';
import {errorMessage} from '../text.js';
import {dayFile, writeDay} from '../sources/store.js';
import {fetchDayItems, FetchError, limiter, type HttpOptions} from './hf-api.js';

export type DayOutcome = {day: string; status: 'fetched' | 'kept' | 'failed'; papers: number; error?: string};

/** A stored day that may still fill: today and yesterday, refetched once an hour old. */
export function isStale(day: string, today: string, mtimeMs: number | null, now = Date.now()): boolean {
	if (mtimeMs === null) return true;
	const live = day >= addDays(today, -1);
	return live && now - mtimeMs > 60 * 60 * 1000;
}

async function storedState(storeDir: string, day: string): Promise<{mtimeMs: number; papers: number} | null> {
	try {
		const file = dayFile(storeDir, day);
		const [stat, text] = await Promise.all([fs.stat(file), fs.readFile(file, 'utf8')]);
		const value = JSON.parse(text) as unknown;
		return {mtimeMs: stat.mtimeMs, papers: Array.isArray(value) ? value.length : 0};
	} catch {
		return null;
	}
}

export type FetchDaysOptions = HttpOptions & {
	storeDir: string;
	today: string;
	force?: boolean;
	/** Called as each day ends, in the order they end. */
	onDay?: (outcome: DayOutcome, done: number, total: number) => void;
	onStart?: (day: string, done: number, total: number) => void;
};

/** Fetches the days into the store, at most 4 requests in flight; a failed day keeps what the store had. */
export async function fetchDays(days: readonly string[], options: FetchDaysOptions): Promise<DayOutcome[]> {
	const run = limiter(4);
	let done = 0;
	const outcomes = await Promise.all(
		days.map(async (day): Promise<DayOutcome> => {
			const stored = await storedState(options.storeDir, day);
			let outcome: DayOutcome;
			if (stored && !options.force && !isStale(day, options.today, stored.mtimeMs)) {
				outcome = {day, status: 'kept', papers: stored.papers};
			} else {
				options.onStart?.(day, done, days.length);
				try {
					const items = await fetchDayItems(day, options, run);
					await writeDay(options.storeDir, day, `${JSON.stringify(items, null, 1)}\n`);
					outcome = {day, status: 'fetched', papers: items.length};
				} catch (error) {
					const message = error instanceof FetchError ? error.message : `could not store it: ${errorMessage(error)}`;
					outcome = {day, status: 'failed', papers: stored?.papers ?? 0, error: message};
				}
			}
			done++;
			options.onDay?.(outcome, done, days.length);
			return outcome;
		}),
	);
	return outcomes;
}
