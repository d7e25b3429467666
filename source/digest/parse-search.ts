import {apiItemToPaper} from './parse-api.js';
import {foldSpace, makePaper, type Paper} from './paper.js';
import {words} from './query.js';
import {plural} from '../text.js';

/*
 * GET /api/papers/search?q=Q answers a list in one of two shapes it has had:
 * - now: items like the daily feed's ({paper, title, summary, numComments, …}) with the site's own highlights,
 *   `highlightedTitle` and `highlightedSummary`, each a list of {type: "text" | "highlight", text};
 * - in 2024: [{id, title, thumbnailUrl, source}], a title and an id only: the rest loads when the paper is opened.
 */

export type SearchAnswer = {
	papers: Paper[];
	/** The words the site highlighted, as marks the browser underlines (a phrase in quotes: matched whole). */
	marks: {title: string[]; body: string[]};
	/** Papers of the 2024 shape: a title and an id, no abstract yet. */
	partial: ReadonlySet<Paper>;
	/** Items skipped, in words. */
	skipped: string[];
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The highlighted runs of a span list, as quoted marks: `"speculative decoding"`. */
function highlighted(spans: unknown, into: Set<string>): void {
	if (!Array.isArray(spans)) return;
	for (const s of spans) {
		if (!isObject(s) || s.type !== 'highlight' || typeof s.text !== 'string') continue;
		const ws = words(s.text.slice(0, 200));
		if (ws.length > 0 && ws.length <= 8) into.add(`"${ws.join(' ')}"`);
	}
}

// An id goes into links and file names: letters, digits, dots and dashes, no path.
const ID = /^\w[\w.-]{0,63}$/;

export function readSearchAnswer(value: unknown): SearchAnswer | string {
	if (!Array.isArray(value)) {
		if (isObject(value) && typeof value.error === 'string') return `the API answered an error: ${foldSpace(value.error).slice(0, 200)}`;
		return 'the answer is not a list of papers';
	}
	const papers: Paper[] = [];
	const partial = new Set<Paper>();
	const title = new Set<string>();
	const body = new Set<string>();
	const skipped = new Map<string, number>();
	const skip = (why: string) => skipped.set(why, (skipped.get(why) ?? 0) + 1);
	for (const item of value) {
		if (!isObject(item)) {
			skip('not an object');
		} else if (isObject(item.paper)) {
			const paper = apiItemToPaper(item, item.paper, null);
			if (typeof paper === 'string') skip(paper);
			else if (!paper.id || !ID.test(paper.id)) skip('no paper id');
			else {
				papers.push(paper);
				highlighted(item.highlightedTitle, title);
				highlighted(item.highlightedSummary, body);
			}
		} else if (typeof item.id === 'string' && ID.test(item.id) && typeof item.title === 'string' && foldSpace(item.title)) {
			const paper = makePaper({id: item.id, title: foldSpace(item.title)});
			papers.push(paper);
			partial.add(paper);
		} else skip('neither a paper nor an id with a title');
	}
	return {
		papers,
		marks: {title: [...title], body: [...body]},
		partial,
		skipped: [...skipped].map(([why, n]) => `${plural(n, 'answer')} skipped: ${why}`),
	};
}

/** An answer as the browser opens on it: what was asked (cut to what the site takes), and what came. */
export type RemoteStart = {query: string; cut: boolean} & Pick<SearchAnswer, 'papers' | 'marks' | 'partial'>;

/** Hugging Face takes at most this many characters of a query. */
export const QUERY_CHARS = 250;

/** A query cut to what the site takes, at a word's end; `cut` says it was. */
export function fitQuery(text: string): {query: string; cut: boolean} {
	const query = foldSpace(text);
	if (query.length <= QUERY_CHARS) return {query, cut: false};
	const head = query.slice(0, QUERY_CHARS + 1);
	const end = head.lastIndexOf(' ');
	// Without a space to cut at, never half a surrogate pair: encodeURIComponent throws on one.
	const hard = query.slice(0, QUERY_CHARS).replace(/[\ud800-\udbff]$/, '');
	return {query: (end > 0 ? head.slice(0, end) : hard).trimEnd(), cut: true};
}
