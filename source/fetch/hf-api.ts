import {getWithin, Refused} from './http-body.js';
import {LIMITS} from '../limits.js';
/*
 * GET /api/daily_papers?date=YYYY-MM-DD&p=N&limit=L answers a JSON list of items, [] past the last page, 400 for a
 * bad date, 429 past 500 requests per 5 minutes. Every answer is checked before anything is kept: the web is not
 * trusted, and a half-read or HTML answer must never replace a good stored day.
 */

export class FetchError extends Error {
	/** The host could not be reached at all (no such name, refused): asking again for other days will not help. */
	unreachable = false;
	/** The address itself is wrong (a port fetch refuses, no URL, a bad certificate, 404s): nothing will help but fixing it. */
	wrongAddress = false;
	/** The HTTP status of an answer that was not 2xx, when there was one. */
	status: number | null = null;
	/** The start of that answer's body (a 409 says which collection is there already). */
	body: string | null = null;
}

/** A failure that says the address is wrong, naming where it comes from, so the user knows what to fix. */
export function wrongAddress(reason: string, baseUrl: string): FetchError {
	const failure = new FetchError(`${reason}: the address is wrong; check PAPERS_API_URL (${baseUrl})`);
	failure.unreachable = true;
	failure.wrongAddress = true;
	return failure;
}

/** Why fetch refused the request itself, or found the host's certificate bad: no retry can help. */
function refusal(error: unknown): string | null {
	const err = error as Error & {code?: string; cause?: {code?: string; message?: string}};
	const code = err.cause?.code ?? err.code ?? '';
	if (code === 'ERR_INVALID_URL' || /^Failed to parse URL/.test(err.message)) return 'it is not a URL';
	if (err.cause?.message === 'bad port') return 'fetch refuses that port';
	if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `its certificate is not valid (${code})`;
	return null;
}

export type HttpOptions = {
	/** The most an answer may hold, decoded (LIMITS.answerBytes unless given). */
	maxBytes?: number;
	baseUrl: string;
	timeoutMs: number;
	userAgent: string;
	/** Retries after the first try, on network errors, 429 and 5xx. */
	retries?: number;
	/** First backoff; doubles each retry. */
	backoffMs?: number;
	/** Items asked per page. */
	pageSize?: number;
	/** Ends every request at once (the browser quitting mid-fetch). */
	signal?: AbortSignal;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * At most `max` calls started in any `windowMs`: Hugging Face allows 500 anonymous API requests per 5 minutes, and a
 * long catch-up must stay under that (with room left for the user's other tools).
 */
export function pacer(max: number, windowMs: number, now = () => Date.now()) {
	const started: number[] = [];
	return async <T>(run: () => Promise<T>): Promise<T> => {
		for (;;) {
			while (started.length > 0 && now() - started[0]! >= windowMs) started.shift();
			if (started.length < max) break;
			await sleep(windowMs - (now() - started[0]!) + 5);
		}
		started.push(now());
		return run();
	};
}

/** The anonymous API budget papers keeps to: 400 of Hugging Face's 500 requests per 5 minutes. */
export const API_BUDGET = {max: 400, windowMs: 5 * 60 * 1000};

/** At most `limit` calls of `run` in flight. */
export function limiter(limit: number) {
	let active = 0;
	const waiting: Array<() => void> = [];
	return async <T>(run: () => Promise<T>): Promise<T> => {
		if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
		active++;
		try {
			return await run();
		} finally {
			active--;
			waiting.shift()?.();
		}
	};
}

export function hostOf(baseUrl: string): string {
	try {
		return new URL(baseUrl).host;
	} catch {
		return baseUrl;
	}
}

/** Seconds or an HTTP date, as Retry-After may say; capped so a hostile answer cannot park papers for hours. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
	if (!header) return null;
	const seconds = Number(header);
	const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
	return Number.isFinite(ms) ? Math.min(Math.max(0, ms), 60_000) : null;
}

function describeNetworkError(error: unknown, options: HttpOptions): string {
	const err = error as Error & {cause?: {code?: string; message?: string}};
	if (err.name === 'TimeoutError' || err.name === 'AbortError') return `timed out after ${Math.round(options.timeoutMs / 100) / 10} s`;
	const code = err.cause?.code;
	if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'its name did not resolve: offline?';
	if (code === 'ECONNREFUSED') return 'connection refused';
	if (code === 'ECONNRESET' || err.message === 'terminated') return 'the connection dropped mid-answer';
	return err.cause?.message ?? err.message;
}

/** One GET that answers parsed JSON, retried on the failures that pass. Throws FetchError with a one-line reason. */
export async function getJson(url: string, options: HttpOptions): Promise<unknown> {
	const {body} = await getBody(url, options, 'application/json');
	try {
		return JSON.parse(body);
	} catch {
		const looksHtml = /^\s*</.test(body);
		throw new FetchError(
			`${hostOf(options.baseUrl)} answered ${looksHtml ? 'an HTML page' : 'something that is not JSON'} instead of papers`,
		);
	}
}

/** One GET, retried on the failures that pass (network errors, 429, 5xx): the body of a 2xx answer as text, and its type. */
export async function getBody(
	url: string,
	options: HttpOptions,
	accept: string,
	sending: Sending = {},
): Promise<{body: string; type: string}> {
	const {bytes, type} = await getBytes(url, options, accept, sending);
	return {body: bytes.toString('utf8'), type};
}

/** A request other than a plain GET: a write to the user's account (a collection), with its token. */
export type Sending = {method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; json?: unknown; token?: string};

/** The same GET, its body as it came (a PDF); or, with `sending`, another method, a JSON body and a token. */
export async function getBytes(
	url: string,
	options: HttpOptions,
	accept: string,
	sending: Sending = {},
): Promise<{bytes: Buffer; type: string}> {
	const retries = options.retries ?? 3;
	const host = hostOf(options.baseUrl);
	for (let attempt = 0; ; attempt++) {
		const backoff = (options.backoffMs ?? 500) * 2 ** attempt;
		let response: Response;
		let body: Buffer;
		try {
			const init = {
				method: sending.method ?? 'GET',
				headers: {
					'User-Agent': options.userAgent,
					Accept: accept,
					...(sending.token ? {Authorization: `Bearer ${sending.token}`} : {}),
					...(sending.json === undefined ? {} : {'Content-Type': 'application/json'}),
				},
				...(sending.json === undefined ? {} : {body: JSON.stringify(sending.json)}),
				signal: options.signal
					? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs)])
					: AbortSignal.timeout(options.timeoutMs),
			};
			({response, body} = await getWithin(url, init, {baseUrl: options.baseUrl, maxBytes: options.maxBytes ?? LIMITS.answerBytes}));
		} catch (error) {
			if (options.signal?.aborted) throw new FetchError('stopped');
			if (error instanceof Refused) throw new FetchError(error.message);
			const refused = refusal(error);
			if (refused) throw wrongAddress(`${host}: ${refused}`, options.baseUrl);
			const code = (error as {cause?: {code?: string}}).cause?.code;
			const unreachable =
				code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH';
			if (attempt < retries && !unreachable) {
				await sleep(backoff);
				continue;
			}
			const failure = new FetchError(`could not reach ${host} (${describeNetworkError(error, options)})`);
			failure.unreachable = unreachable;
			throw failure;
		}
		if (response.status === 429 || response.status >= 500) {
			if (attempt < retries) {
				await sleep(retryAfterMs(response.headers.get('retry-after')) ?? backoff);
				continue;
			}
			throw new FetchError(`${host} answered ${response.status}${response.status === 429 ? ' (too many requests)' : ''}`);
		}
		if (!response.ok) {
			const failure = new FetchError(`${host} answered ${response.status} ${response.statusText}`.trim());
			failure.status = response.status;
			failure.body = body.subarray(0, 4096).toString('utf8');
			throw failure;
		}
		return {bytes: body, type: response.headers.get('content-type') ?? ''};
	}
}

/** Checks a page of the answer; the reason it is unusable, or null. */
export function problemWithPage(value: unknown): string | null {
	if (!Array.isArray(value)) {
		if (value && typeof value === 'object' && typeof (value as {error?: unknown}).error === 'string') {
			return `the API answered an error: ${String((value as {error: string}).error).slice(0, 200)}`;
		}
		return 'the answer is not a list of papers';
	}
	const bad = value.findIndex((item) => {
		const paper = item && typeof item === 'object' ? (item as {paper?: unknown}).paper : null;
		return (
			!paper ||
			typeof paper !== 'object' ||
			typeof (paper as {id?: unknown}).id !== 'string' ||
			typeof (paper as {title?: unknown}).title !== 'string'
		);
	});
	return bad === -1 ? null : `item ${bad + 1} of the answer lacks paper.id or paper.title`;
}

/**
 * Every item a query answers (`date=…`, `week=…`, `month=…`), following pages until one comes back short or empty.
 * Past `maxPages` full pages one more is asked: empty, the list just filled the limit; not, it runs over and is
 * refused. With `top`, the first `maxPages` pages are the answer (trending: the site's list never ends short).
 */
export async function fetchItems(
	query: string,
	options: HttpOptions,
	run: <T>(task: () => Promise<T>) => Promise<T> = (task) => task(),
	maxPages: number = LIMITS.pagesPerRange,
	{top = false}: {top?: boolean} = {},
): Promise<unknown[]> {
	const pageSize = options.pageSize ?? 100;
	const items: unknown[] = [];
	let last = '';
	for (let page = 0; page <= maxPages; page++) {
		if (page === maxPages && top) break;
		const url = `${options.baseUrl.replace(/\/+$/, '')}/api/daily_papers?${query}&p=${page}&limit=${pageSize}`;
		const value = await run(() => getJson(url, options));
		const problem = problemWithPage(value);
		if (problem) throw new FetchError(problem);
		const list = value as unknown[];
		// A server that ignores the page asked for answers the same page again: that is the end, not more papers.
		const text = JSON.stringify(list);
		if (page > 0 && text === last) break;
		last = text;
		if (page === maxPages) {
			if (list.length > 0) throw new FetchError(`${hostOf(options.baseUrl)} had more than ${maxPages} pages for ${query}, papers' limit`);
			break;
		}
		for (const item of list) items.push(item);
		if (list.length < pageSize) break;
	}
	return items;
}

/** Every item of one day. */
export function fetchDayItems(day: string, options: HttpOptions, run?: <T>(task: () => Promise<T>) => Promise<T>): Promise<unknown[]> {
	return fetchItems(`date=${day}`, options, run, LIMITS.pagesPerDay);
}
