import {addDays} from '../digest/dates.js';
import {errnoWords, withKeptFile} from '../file-system.js';
import {dayFile, writeDay} from '../store/store.js';
import {API_BUDGET, fetchDayItems, FetchError, hostOf, limiter, pacer, wrongAddress, type HttpOptions} from './hf-api.js';

export type DayOutcome = {
	day: string;
	/** skipped: not asked, because the host was found unreachable on another day. */
	status: 'fetched' | 'kept' | 'failed' | 'skipped';
	papers: number;
	error?: string;
	/** The failure says the host cannot be reached at all. */
	unreachable?: boolean;
	/** The day came, but the store could not keep it: why, in a word (`disk full`, `read-only`). */
	storeCause?: string;
};

class SkipDay extends Error {}

/** A stored day that may still fill: today and yesterday, refetched once an hour old. */
export function isStale(day: string, today: string, mtimeMs: number | null, now = Date.now()): boolean {
	if (mtimeMs === null) return true;
	const live = day >= addDays(today, -1);
	// A file dated in the future (a clock set wrong, a copy from another machine) would otherwise wait for the clock.
	return live && (now - mtimeMs > 60 * 60 * 1000 || mtimeMs - now > 60 * 1000);
}

export async function storedState(storeDir: string, day: string): Promise<{mtimeMs: number; papers: number} | null> {
	try {
		return await withKeptFile(dayFile(storeDir, day), async (file, stat) => {
			const value = JSON.parse(await file.readFile('utf8')) as unknown;
			return {mtimeMs: stat.mtimeMs, papers: Array.isArray(value) ? value.length : 0};
		});
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
	/** Paces the requests (tests give a faster one); by default the API budget. */
	pace?: <T>(task: () => Promise<T>) => Promise<T>;
};

/**
 * Fetches the days into the store, at most 4 requests in flight; a failed day keeps what the store had. The first
 * day asked is asked alone: if it and the next both answer 404, the address is wrong, said once, and nothing more is
 * asked (rather than a 404 per day).
 */
export async function fetchDays(days: readonly string[], options: FetchDaysOptions): Promise<DayOutcome[]> {
	const limit = limiter(4);
	const pace = options.pace ?? pacer(API_BUDGET.max, API_BUDGET.windowMs);
	// Once the host is known to be unreachable, the days still waiting are not asked for: no 30 timeouts in a row.
	let unreachable = false;
	const run = <T>(task: () => Promise<T>) => limit(() => (unreachable ? Promise.reject(new SkipDay()) : pace(task)));
	let done = 0;
	const notFound: DayOutcome[] = [];
	const one = async (day: string): Promise<DayOutcome> => {
		const stored = await storedState(options.storeDir, day);
		if (stored && !options.force && !isStale(day, options.today, stored.mtimeMs)) return {day, status: 'kept', papers: stored.papers};
		options.onStart?.(day, done, days.length);
		try {
			const items = await fetchDayItems(day, options, run);
			await writeDay(options.storeDir, day, `${JSON.stringify(items, null, 1)}\n`);
			return {day, status: 'fetched', papers: items.length};
		} catch (error) {
			if (error instanceof SkipDay) return {day, status: 'skipped', papers: stored?.papers ?? 0};
			const storeCause = error instanceof FetchError ? undefined : errnoWords(error);
			const message = storeCause === undefined ? (error as FetchError).message : `could not store it (${storeCause})`;
			const lost = error instanceof FetchError && error.unreachable;
			if (lost) unreachable = true;
			const outcome: DayOutcome = {
				day,
				status: 'failed',
				papers: stored?.papers ?? 0,
				error: message,
				unreachable: lost,
				...(storeCause === undefined ? {} : {storeCause}),
			};
			if (error instanceof FetchError && error.status === 404 && notFound.length < 2) notFound.push(outcome);
			return outcome;
		}
	};
	const finish = (outcome: DayOutcome) => {
		done++;
		options.onDay?.(outcome, done, days.length);
		return outcome;
	};
	// The first days one by one, until one answers anything but 404 (or two have): then the rest together.
	const first: DayOutcome[] = [];
	while (first.length < Math.min(2, days.length)) {
		const outcome = await one(days[first.length]!);
		first.push(outcome);
		if (notFound.length !== first.length) break;
	}
	if (notFound.length === 2) {
		unreachable = true;
		const failure = wrongAddress(
			`${hostOf(options.baseUrl)} answered 404 for ${notFound[0]!.day} and ${notFound[1]!.day}`,
			options.baseUrl,
		);
		for (const outcome of notFound) Object.assign(outcome, {error: failure.message, unreachable: true});
	}
	for (const outcome of first) finish(outcome);
	const rest = await Promise.all(days.slice(first.length).map(async (day) => finish(await one(day))));
	return [...first, ...rest];
}
