import {addDays} from '../digest/dates.js';
import {storedDays} from '../sources/store.js';

/** At most this many days are caught up at once; a longer gap is `papers fetch --since`'s job. */
export const CATCH_UP_CAP = 14;
/** A first run, with nothing stored, starts with a week. */
export const FIRST_RUN_DAYS = 7;

/**
 * The days a refresh asks about: from the newest stored day (an empty weekend day counts: it is stored as
 * checked) up to today, at most the last 14; with nothing stored, the last 7. fetchDays then skips the ones stored
 * and not stale, so a start after a refresh asks for none of them again.
 */
export async function catchUpDays(storeDir: string, today: string): Promise<string[]> {
	const stored = await storedDays(storeDir);
	const newest = stored.filter((d) => d <= today).at(-1);
	const from = newest ?? addDays(today, -(FIRST_RUN_DAYS - 1));
	const start = from < addDays(today, -(CATCH_UP_CAP - 1)) ? addDays(today, -(CATCH_UP_CAP - 1)) : from;
	const days: string[] = [];
	for (let d = start; d <= today; d = addDays(d, 1)) days.push(d);
	return days;
}
