import fs from 'node:fs/promises';
import {fetchDays, isStale, type DayOutcome} from '../fetch/fetch-days.js';
import {dayFile} from '../sources/store.js';
import type {HttpOptions} from '../fetch/hf-api.js';
import {VERSION} from '../version.js';
import {plural} from '../text.js';
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

/** `papers fetch`: one line per day on stdout, in date order; progress on a terminal; failures on stderr. */
export async function fetchCommand(
	options: Options,
	storeDir: string,
	io: Io & {stderr: NodeJS.WritableStream & {isTTY?: boolean}},
): Promise<number> {
	const days = daysToFetch(options);
	const showProgress = Boolean(io.stderr.isTTY) && days.length > 1;
	const clearProgress = () => showProgress && io.stderr.write('\r\u001b[K');
	const outcomes: Array<DayOutcome | undefined> = new Array(days.length);
	let next = 0;
	let printing = Promise.resolve();
	const flush = () => {
		while (next < days.length && outcomes[next]) {
			const outcome = outcomes[next++]!;
			clearProgress();
			if (outcome.status === 'failed')
				say(io, `${outcome.day}: ${outcome.error}${outcome.papers ? `; kept the ${plural(outcome.papers, 'paper')} stored before` : ''}`);
			else {
				const line = `${outcome.day}  ${plural(outcome.papers, 'paper')}${outcome.status === 'kept' ? ' (stored, up to date)' : ''}\n`;
				printing = printing.then(() => writeOut(io, line));
			}
		}
	};
	const results = await fetchDays(days, {
		...httpOptions(options, io),
		storeDir,
		today: options.today,
		force: options.force,
		onStart: (day, done, total) => showProgress && io.stderr.write(`\r\u001b[K[${done}/${total}] fetching ${day}…`),
		onDay: (outcome) => {
			outcomes[days.indexOf(outcome.day)] = outcome;
			flush();
		},
	});
	clearProgress();
	await printing;
	return results.some((r) => r.status === 'failed') ? 1 : 0;
}

/** Before showing the store: today, if it is missing or stale. A failure is one line, and the cached days still show. */
export async function refreshToday(options: Options, storeDir: string, io: Io): Promise<void> {
	// A stat, not fetchDays' own check (which reads the day to count it): this runs before every browser start.
	const mtime = await fs.stat(dayFile(storeDir, options.today)).then(
		(stat) => stat.mtimeMs,
		() => null,
	);
	if (!isStale(options.today, options.today, mtime)) return;
	// One try: someone waiting for the browser should not sit through retries.
	const [outcome] = await fetchDays([options.today], {...httpOptions(options, io), retries: 0, storeDir, today: options.today});
	if (outcome?.status === 'failed') say(io, `${outcome.error}; showing cached digests`);
}
