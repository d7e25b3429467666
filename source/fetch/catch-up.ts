import {addDays} from '../digest/dates.js';
import {storedDays} from '../store/store.js';

/** A first run, with nothing stored, starts with a week. */
export const FIRST_RUN_DAYS = 7;
/**
 * How far back a hole is looked for: every day the store lacks since its oldest day in this window. A long absence
 * is filled whole (in the background, within the rate limit); a lone day fetched years ago starts no fetch of years.
 */
export const HOLE_WINDOW_DAYS = 400;

/** The days a store lacks, newest first: those it holds no file for, from its oldest day in the window up to today. */
export function missingDays(stored: readonly string[], today: string): string[] {
	const inWindow = stored.filter((d) => d <= today && d >= addDays(today, -(HOLE_WINDOW_DAYS - 1)));
	const from = inWindow[0] ?? addDays(today, -(FIRST_RUN_DAYS - 1));
	const held = new Set(inWindow);
	const days: string[] = [];
	for (let d = today; d >= from; d = addDays(d, -1)) if (!held.has(d)) days.push(d);
	return days;
}

/**
 * The days a refresh asks about, newest first: every day missing (a long absence, a hole a stopped catch-up left),
 * and the stored days that may still fill (today, yesterday). fetchDays then skips the stored ones not stale, so a
 * start after a refresh asks for none of them again.
 */
export async function catchUpDays(storeDir: string, today: string): Promise<string[]> {
	const stored = await storedDays(storeDir);
	const live = stored.filter((d) => d >= addDays(today, -1) && d <= today);
	return [...new Set([...live, ...missingDays(stored, today)])].sort().reverse();
}

/** Consecutive days, newest first, as runs: `[['2026-08-07', …, '2026-08-01']]` for one hole of a week. */
export function runsOf(daysNewestFirst: readonly string[]): string[][] {
	const runs: string[][] = [];
	for (const day of daysNewestFirst) {
		const run = runs.at(-1);
		if (run && addDays(run.at(-1)!, -1) === day) run.push(day);
		else runs.push([day]);
	}
	return runs;
}
