import fs from 'node:fs/promises';
import {Writable} from 'node:stream';
import {fetchDays, isStale, type DayOutcome, type FetchDaysOptions} from '../fetch/fetch-days.js';
import {daysOf} from '../digest/groups.js';
import {sanitizeLine} from '../output/sanitize.js';
import {dayFile, readStore, storedDays} from '../store/store.js';
import {catchUpDays, missingDays, runsOf} from '../fetch/catch-up.js';
import type {HttpOptions} from '../fetch/hf-api.js';
import {VERSION} from '../version.js';
import {errorMessage, plural} from '../text.js';
import {say, writeOut, type Io} from './io.js';
import {daysToFetch, type Options} from './options.js';

export function httpOptions(options: Pick<Options, 'timeoutMs'>, io: Io): HttpOptions {
	return {
		baseUrl: io.env.PAPERS_API_URL || 'https://huggingface.co',
		timeoutMs: options.timeoutMs,
		userAgent: `papers/${VERSION}`,
		...(io.retryBaseMs === undefined ? {} : {backoffMs: io.retryBaseMs}),
		...(io.retries === undefined ? {} : {retries: io.retries}),
	};
}

/** The day lines `papers fetch` prints, in date order; a host found unreachable is said once, at the end. */
function dayReporter(days: readonly string[], io: Io, clearProgress: () => void) {
	const outcomes: Array<DayOutcome | undefined> = new Array(days.length);
	let next = 0;
	let printing = Promise.resolve();
	let unreachable: DayOutcome | null = null;
	let notAsked = 0;
	const flush = () => {
		while (next < days.length && outcomes[next]) {
			const outcome = outcomes[next++]!;
			clearProgress();
			if (outcome.unreachable || outcome.status === 'skipped') {
				if (outcome.unreachable && !unreachable) unreachable = outcome;
				else notAsked++;
			} else if (outcome.status === 'failed') {
				say(io, `${outcome.day}: ${outcome.error}${outcome.papers ? `; kept the ${plural(outcome.papers, 'paper')} stored before` : ''}`);
			} else {
				const line = `${outcome.day}  ${plural(outcome.papers, 'paper')}${outcome.status === 'kept' ? ' (stored, up to date)' : ''}\n`;
				printing = printing.then(() => writeOut(io, line));
			}
		}
	};
	return {
		add(outcome: DayOutcome) {
			outcomes[days.indexOf(outcome.day)] = outcome;
			flush();
		},
		async end() {
			await printing;
			const lost = unreachable as DayOutcome | null;
			if (lost) say(io, `${lost.error}${notAsked > 0 ? `; ${plural(notAsked + 1, 'day')} not fetched` : `; ${lost.day} not fetched`}`);
		},
	};
}

/** `papers fetch`: one line per day on stdout, in date order; progress on a terminal; failures on stderr. */
export async function fetchCommand(
	options: Options,
	storeDir: string,
	io: Io & {stderr: NodeJS.WritableStream & {isTTY?: boolean}},
): Promise<number> {
	if (options.trending) return fetchTrendingCommand(options, storeDir, io);
	if (options.check) return checkStore(storeDir, io);
	const days = options.range ? daysOf(options.range.key).filter((d) => d <= options.today) : daysToFetch(options);
	const showProgress = Boolean(io.stderr.isTTY) && days.length > 1 && !options.range && !options.quiet;
	const clearProgress = () => showProgress && io.stderr.write('\r\u001b[K');
	// -q: errors only, for cron (a line per day on stdout would mail every morning).
	const report = dayReporter(days, options.quiet ? {...io, stdout: DISCARD} : io, clearProgress);
	const fetchOptions = {
		...httpOptions(options, io),
		storeDir,
		today: options.today,
		force: options.force,
		onStart: (day: string, done: number, total: number) => showProgress && io.stderr.write(`\r\u001b[K[${done}/${total}] fetching ${day}…`),
		onDay: (outcome: DayOutcome) => report.add(outcome),
	};
	const results = options.range ? await rangeOutcomes(options.range, fetchOptions, io) : await fetchDays(days, fetchOptions);
	clearProgress();
	await report.end();
	// A day or a range was asked for on purpose; a run of days up to today is what a hole lies behind.
	if (!options.range && !options.filter.day && !options.quiet) await reportHoles(storeDir, options.today, days, io);
	return results.some((r) => r.status === 'failed' || r.status === 'skipped') ? 1 : 0;
}

/** Where -q sends what is not an error. */
const DISCARD = new Writable({write: (_chunk, _encoding, done) => done()});

/** Days the store lacks between days it holds, that this fetch did not ask for: a store that looks continuous but is not. */
async function reportHoles(storeDir: string, today: string, asked: readonly string[], io: Io): Promise<void> {
	const wasAsked = new Set(asked);
	const stored = await storedDays(storeDir);
	const newest = stored.at(-1) ?? '';
	const holes = missingDays(stored, today).filter((d) => !wasAsked.has(d) && d < newest);
	if (holes.length === 0) return;
	const runs = runsOf(holes);
	const span = (run: string[]) => (run.length === 1 ? run[0]! : `${run.at(-1)} to ${run[0]}`);
	const shown = runs.slice(0, 3).map(span).join(', ') + (runs.length > 3 ? ', …' : '');
	say(io, `the store lacks ${plural(holes.length, 'day')} (${shown}): papers fetch --since ${holes.at(-1)} fills them`);
}

/** A week or a month in one question: a failure is one line for the range, the days' lines otherwise. */
async function rangeOutcomes(range: NonNullable<Options['range']>, fetchOptions: FetchDaysOptions, io: Io): Promise<DayOutcome[]> {
	const {fetchRange} = await import('../fetch/fetch-range.js');
	const outcomes = await fetchRange(range, fetchOptions);
	const failed = outcomes.find((o) => o.status === 'failed');
	if (failed) say(io, `${range.key}: ${failed.error}`);
	// The failure was said once for the range: its days go by without a line of their own.
	for (const outcome of outcomes)
		fetchOptions.onDay?.(outcome.status === 'failed' ? {...outcome, status: 'skipped'} : outcome, 0, outcomes.length);
	return outcomes;
}

/** `papers fetch --check`: what the store's day files had to say when they were read (the index keeps it); exit 1 if any. */
async function checkStore(storeDir: string, io: Io): Promise<number> {
	const {known, days} = await readStore(storeDir);
	const lines = [...known.errors, ...known.warnings.map((w) => `${w.source}${w.line ? `:${w.line}` : ''}: ${w.message}`)].map(
		(line) => `${sanitizeLine(line)}\n`,
	);
	await writeOut(io, lines.join(''));
	if (lines.length === 0) say(io, `${plural(days, 'day file')} stored, every one read whole`);
	return lines.length > 0 ? 1 : 0;
}

async function fetchTrendingCommand(options: Options, storeDir: string, io: Io): Promise<number> {
	const {fetchTrending} = await import('../fetch/fetch-range.js');
	try {
		const count = await fetchTrending({...httpOptions(options, io), storeDir, today: options.today});
		await writeOut(io, `trending  ${plural(count, 'paper')}\n`);
		return 0;
	} catch (error) {
		say(io, `trending: ${errorMessage(error)}`);
		return 1;
	}
}

export type CatchUp = {days: readonly string[]; outcomes: DayOutcome[]; failure: string | null};

/** How far a catch-up got: days done of those due, and the oldest day fetched so far (it goes newest first). */
export type CatchUpProgress = (done: number, reached: string | null) => void;

/**
 * Every day from the newest stored one up to today (fetch/catch-up.ts), one try each: for the browser in the
 * background, and before `--today` prints. Days stored and not stale are not asked again.
 */
export async function catchUp(
	options: Options,
	storeDir: string,
	io: Io,
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
	if (due.length === 0) return {days: due, outcomes: [], failure: null};
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
	return {days: due, outcomes, failure: failed?.error ?? null};
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
export async function refreshBeforePrint(options: Options, storeDir: string, io: Io): Promise<void> {
	// A cron line or a pipe waits at most 3 s on a host that takes the connection and never answers (unless --timeout
	// says otherwise); what is stored prints either way.
	const patient = options.timeoutSet ? options : {...options, timeoutMs: Math.min(options.timeoutMs, 3000)};
	const {failure} = await catchUp(patient, storeDir, io);
	if (!failure) return;
	const cached = (await storedDays(storeDir)).length > 0;
	say(io, cached ? `${failure}; showing cached digests` : failure);
}
