import fs from 'node:fs/promises';
import {catchUpDays} from '../fetch/catch-up.js';
import {fetchDays, isStale, type DayOutcome} from '../fetch/fetch-days.js';
import {dayFile, storedDays} from '../store/store.js';
import {httpOptions, type HttpSettings} from './http.js';

export type CatchUp = {
	days: readonly string[];
	outcomes: DayOutcome[];
	failure: string | null;
	/** When the failure was the store's, not the network's: why, in a word. */
	storeCause: string | null;
};

/** How far a catch-up got: days done of those due, and the oldest day fetched so far (it goes newest first). */
export type CatchUpProgress = (done: number, reached: string | null) => void;

/**
 * Every day from the newest stored one up to today (fetch/catch-up.ts), one try each: for the browser in the
 * background, and before `--today` prints. Days stored and not stale are not asked again.
 */
export async function catchUp(
	options: {today: string; timeoutMs: number},
	storeDir: string,
	io: HttpSettings,
	extra: {
		signal?: AbortSignal;
		onStart?: (days: number) => void;
		onProgress?: CatchUpProgress;
		/** `R`: today and yesterday again however fresh their files, for the upvotes and comments that move all morning. */
		fresh?: boolean;
	} = {},
): Promise<CatchUp> {
	const days = await catchUpDays(storeDir, options.today);
	// catchUpDays gives the days missing and the two live ones: fresh, all of them; else those not stored or stale.
	const due = extra.fresh ? days : await daysDue(storeDir, days, options.today);
	extra.onStart?.(due.length);
	if (due.length === 0) return {days: due, outcomes: [], failure: null, storeCause: null};
	let reached: string | null = null;
	const outcomes = await fetchDays(due, {
		...httpOptions(options, io),
		retries: 0,
		force: Boolean(extra.fresh),
		storeDir,
		today: options.today,
		...(extra.signal ? {signal: extra.signal} : {}),
		onDay: (outcome, done) => {
			if (outcome.status === 'fetched' && (!reached || outcome.day < reached)) reached = outcome.day;
			extra.onProgress?.(done, reached);
		},
	});
	const failed = outcomes.find((o) => o.status === 'failed');
	return {days: due, outcomes, failure: failed?.error ?? null, storeCause: failed?.storeCause ?? null};
}

/** The days not stored, or stale: a stat each, not a read (this runs at every start). */
async function daysDue(storeDir: string, days: readonly string[], today: string): Promise<string[]> {
	const stats = await Promise.all(
		days.map((day) =>
			fs.stat(dayFile(storeDir, day)).then(
				(s) => s.mtimeMs,
				() => null,
			),
		),
	);
	return days.filter((day, i) => isStale(day, today, stats[i] ?? null));
}

/** Before `--today` prints: catch up; a failure is one line, and what is stored still prints. */
export async function refreshBeforePrint(
	options: {today: string; timeoutMs: number; timeoutSet: boolean},
	storeDir: string,
	io: HttpSettings,
): Promise<{failure: string; cached: boolean} | null> {
	// A cron line or a pipe waits at most 3 s on a host that takes the connection and never answers (unless --timeout
	// says otherwise); what is stored prints either way.
	const patient = options.timeoutSet ? options : {...options, timeoutMs: Math.min(options.timeoutMs, 3000)};
	const {failure} = await catchUp(patient, storeDir, io);
	if (!failure) return null;
	return {failure, cached: (await storedDays(storeDir)).length > 0};
}
