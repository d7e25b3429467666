import type {PaperInfo} from '../digest/paper-info.js';
import type {SearchAnswer} from '../digest/parse-search.js';
import {API_BUDGET, limiter, pacer} from '../fetch/hf-api.js';
import {fetchPaperInfo, fetchSearch} from '../fetch/hf-papers.js';
import {capRecord, readInfo, writeInfo} from '../store/info-cache.js';
import {errorMessage} from '../text.js';
import {httpOptions, type HttpSettings, type Say} from './http.js';

/** A record, whether it came from the cache, and the answer as Hugging Face gave it (`papers info --json`). */
export type LoadedInfo = {info: PaperInfo; cached: boolean; raw: unknown};

export type InfoLoader = (id: string, extra?: {signal?: AbortSignal; refetch?: boolean}) => Promise<LoadedInfo>;

/**
 * Paper records, from the cache while a day old, else asked for: never more than two questions in flight, and
 * within the anonymous budget (API_BUDGET per five minutes) however many papers are asked for. Offline, or when
 * the question fails, an older record is still an answer; without one, the failure is one line.
 */
export function infoLoader(options: {offline: boolean; timeoutMs: number}, storeDir: string, io: HttpSettings & {say: Say}): InfoLoader {
	const inFlight = limiter(2);
	const pace = pacer(API_BUDGET.max, API_BUDGET.windowMs);
	return async (id, extra = {}) => {
		const cached = extra.refetch ? null : readInfo(storeDir, id);
		if (cached && (cached.fresh || options.offline)) return {info: cached.info, cached: true, raw: cached.raw};
		if (options.offline) throw new Error(`no record of ${id} is kept for reading offline (papers info ${id} fetches it)`);
		try {
			const http = {...httpOptions(options, io), ...(extra.signal ? {signal: extra.signal} : {})};
			const fetched = await inFlight(() => pace(() => fetchPaperInfo(id, http)));
			const {info} = fetched;
			// Kept and printed within bounds: a record of 10 MB (its lists of what cites it) is cut, not kept whole.
			const raw = capRecord(fetched.raw);
			await writeInfo(storeDir, info, raw).catch((error: unknown) => io.say(`could not keep the record of ${id}: ${errorMessage(error)}`));
			return {info, cached: false, raw};
		} catch (error) {
			if (cached && !extra.signal?.aborted) return {info: cached.info, cached: true, raw: cached.raw};
			throw error;
		}
	};
}

/** One question to Hugging Face's search of every paper it indexes. */
export function searchHuggingFace(
	query: string,
	limit: number,
	options: {timeoutMs: number},
	io: HttpSettings,
	signal?: AbortSignal,
): Promise<SearchAnswer> {
	return fetchSearch(query, limit, {...httpOptions(options, io), ...(signal ? {signal} : {})});
}
