import {notIndexed, readPaperInfo, type PaperInfo} from '../digest/paper-info.js';
import {readSearchAnswer, type SearchAnswer} from '../digest/parse-search.js';
import {FetchError, getJson, hostOf, type HttpOptions} from './hf-api.js';

/*
 * Beyond the daily feed: search of every paper Hugging Face indexes (GET /api/papers/search?q=Q&limit=N; q at most
 * 250 characters, limit 1 to 120), and one paper's record with what cites it (GET /api/papers/{id}). Both answers are
 * checked before anything of them is kept or shown, as the daily lists are.
 */

export const SEARCH_LIMIT = {min: 1, max: 120, default: 50} as const;

const base = (options: HttpOptions) => options.baseUrl.replace(/\/+$/, '');

export async function fetchSearch(query: string, limit: number, options: HttpOptions): Promise<SearchAnswer> {
	const url = `${base(options)}/api/papers/search?q=${encodeURIComponent(query)}&limit=${limit}`;
	const answer = readSearchAnswer(await getJson(url, options));
	if (typeof answer === 'string') throw new FetchError(`${hostOf(options.baseUrl)}: ${answer}`);
	return answer;
}

/** The paper's record; a 404 is Hugging Face saying it has not indexed the paper, kept as that. */
export async function fetchPaperInfo(id: string, options: HttpOptions, now = () => new Date()): Promise<{info: PaperInfo; raw: unknown}> {
	const url = `${base(options)}/api/papers/${encodeURIComponent(id)}`;
	let value: unknown;
	try {
		value = await getJson(url, options);
	} catch (error) {
		if (error instanceof FetchError && error.status === 404) return {info: notIndexed(id, now().toISOString()), raw: null};
		throw error;
	}
	const info = readPaperInfo(value, id, now().toISOString());
	if (typeof info === 'string') throw new FetchError(`${hostOf(options.baseUrl)}: ${info} for ${id}`);
	return {info, raw: value};
}
