import {dayOfTimestamp} from '../digest/dates.js';
import {daysOf} from '../digest/groups.js';
import {writeFileAtomic} from '../file-system.js';
import {writeDay} from '../store/store.js';
import {errorMessage} from '../text.js';
import path from 'node:path';
import fs from 'node:fs/promises';
import {isStale, storedState, type DayOutcome, type FetchDaysOptions} from './fetch-days.js';
import {fetchItems, FetchError} from './hf-api.js';

/** The Daily Papers day of an API item: when it was put on the list, else when the item says it was published. */
function itemDay(item: unknown): string | null {
	const value = item as {paper?: {submittedOnDailyAt?: unknown}; publishedAt?: unknown};
	return dayOfTimestamp(value?.paper?.submittedOnDailyAt) ?? dayOfTimestamp(value?.publishedAt);
}

/**
 * `papers fetch --week` / `--month`: one paged question for the whole range (week=… or month=…) instead of one a
 * day, its answer split into day files by each item's Daily Papers day. Days stored and not stale are left as they
 * are; days up to today that come back empty are stored empty (checked); nothing is written unless all of it came.
 */
export async function fetchRange(range: {kind: 'week' | 'month'; key: string}, options: FetchDaysOptions): Promise<DayOutcome[]> {
	const days = daysOf(range.key).filter((d) => d <= options.today);
	// One look at each stored day: its age says whether it is due, its length what a kept day holds.
	const stored = await Promise.all(days.map((d) => storedState(options.storeDir, d)));
	const due = new Set(days.filter((d, i) => options.force || isStale(d, options.today, stored[i]?.mtimeMs ?? null)));
	const kept = (day: string): DayOutcome => ({day, status: 'kept', papers: stored[days.indexOf(day)]?.papers ?? 0});
	if (due.size === 0) return days.map(kept);
	let items: unknown[];
	try {
		items = await fetchItems(`${range.kind}=${range.key}`, options);
	} catch (error) {
		const message = error instanceof FetchError ? error.message : errorMessage(error);
		return days.map((day) => (due.has(day) ? {day, status: 'failed', papers: 0, error: message} : kept(day)));
	}
	const byDay = new Map<string, unknown[]>();
	for (const item of items) {
		const day = itemDay(item);
		if (day) byDay.set(day, [...(byDay.get(day) ?? []), item]);
	}
	const outcomes: DayOutcome[] = [];
	for (const day of days) {
		if (!due.has(day)) {
			outcomes.push(kept(day));
			continue;
		}
		const dayItems = byDay.get(day) ?? [];
		await writeDay(options.storeDir, day, `${JSON.stringify(dayItems, null, 1)}\n`);
		outcomes.push({day, status: 'fetched', papers: dayItems.length});
	}
	return outcomes;
}

export const TRENDING_FILE = 'trending.json';

export type TrendingSnapshot = {fetchedAt: string; items: unknown[]};

/** `papers fetch --trending`: the trending list as it is now, kept whole with its time; the day files are not touched. */
export async function fetchTrending(options: FetchDaysOptions, now = new Date()): Promise<number> {
	const items = await fetchItems('sort=trending', {...options, pageSize: options.pageSize ?? 50}, undefined, 1, {top: true});
	await fs.mkdir(options.storeDir, {recursive: true});
	const snapshot: TrendingSnapshot = {fetchedAt: now.toISOString(), items};
	await writeFileAtomic(path.join(options.storeDir, TRENDING_FILE), `${JSON.stringify(snapshot, null, 1)}\n`);
	return items.length;
}
