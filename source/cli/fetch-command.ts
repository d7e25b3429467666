import {Writable} from 'node:stream';
import {fetchDays, type DayOutcome, type FetchDaysOptions} from '../fetch/fetch-days.js';
import {daysOf} from '../digest/groups.js';
import {sanitizeLine} from '../output/sanitize.js';
import {readStore, storedDays} from '../store/store.js';
import {missingDays, runsOf} from '../fetch/catch-up.js';
import {errorMessage, plural} from '../text.js';
import {say, writeOut, type Io} from './io.js';
import {daysToFetch, type Options} from './options.js';

import {httpOptions} from '../services/http.js';
import {fetchRange, fetchTrending} from '../fetch/fetch-range.js';

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
				printing = printing.then(async () => void (await writeOut(io, line)));
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
	try {
		const count = await fetchTrending({...httpOptions(options, io), storeDir, today: options.today});
		await writeOut(io, `trending  ${plural(count, 'paper')}\n`);
		return 0;
	} catch (error) {
		say(io, `trending: ${errorMessage(error)}`);
		return 1;
	}
}
