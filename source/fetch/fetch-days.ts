import fs from 'node:fs/promises';
import {addDays} from '../digest/dates.js';
import {errorMessage} from '../text.js';
import {dayFile, writeDay} from '../sources/store.js';
import {fetchDayItems, FetchError, limiter, type HttpOptions} from './hf-api.js';

export type DayOutcome = {
	day: string;
	/** skipped: not asked, because the host was found unreachable on another day. */
	status: 'fetched' | 'kept' | 'failed' | 'skipped';
	papers: number;
	error?: string;
	/** The failure says the host cannot be reached at all. */
	unreachable?: boolean;
};

class SkipDay extends Error {}

/** A stored day that may still fill: today and yesterday, refetched once an hour old. */
export function isStale(day: string, today: string, mtimeMs: number | null, now = Date.now()): boolean {
	if (mtimeMs === null) return true;
	const live = day >= addDays(today, -1);
	return live && now - mtimeMs > 60 * 60 * 1000;
}

export async function storedState(storeDir: string, day: string): Promise<{mtimeMs: number; papers: number} | null> {
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
	const limit = limiter(4);
	// Once the host is known to be unreachable, the days still waiting are not asked for: no 30 timeouts in a row.
	let unreachable = false;
	const run = <T>(task: () => Promise<T>) => limit(() => (unreachable ? Promise.reject(new SkipDay()) : task()));
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
					if (error instanceof SkipDay) outcome = {day, status: 'skipped', papers: stored?.papers ?? 0};
					else {
						const message = error instanceof FetchError ? error.message : `could not store it: ${errorMessage(error)}`;
						const lost = error instanceof FetchError && error.unreachable;
						if (lost) unreachable = true;
						outcome = {day, status: 'failed', papers: stored?.papers ?? 0, error: message, unreachable: lost};
					}
				}
			}
			done++;
			options.onDay?.(outcome, done, days.length);
			return outcome;
		}),
	);
	return outcomes;
}
