import {memoize} from '../cache.js';
import type {Paper} from './paper.js';

/*
 * The search language, in `/` and in `--search`: words (whole words or word prefixes), "phrases", -exclusions,
 * field prefixes (title: abstract: author: org: id: kw:) and upvotes:>N. A query is parsed once; each paper's
 * text is folded once (case, diacritics) into one string per field, tokens between single spaces, so a word is a
 * match of " word" in it: a word's start, never the middle of one ("RL" is not in "world").
 */

export const FIELDS = ['title', 'abstract', 'author', 'org', 'id', 'kw'] as const;

/** The language by example, for the help overlay and --help. */
export const QUERY_EXAMPLES: ReadonlyArray<[string, string]> = [
	['agent memory', 'both words (or words they start: RL finds RLHF, not world)'],
	['"world model"', 'whole words next to each other, in order ("critic" is not critical)'],
	['-survey  -"vision language"', 'leave out papers with a word or a phrase'],
	['author:hinton  org:deepmind', 'in one field: title: abstract: author: org: id: kw:'],
	['upvotes:>50  upvotes:<10', 'by upvotes (also >=, <=, =)'],
	['schölkopf = scholkopf', 'accents and case never matter; CJK matches inside words'],
];
export type Field = (typeof FIELDS)[number];

export type Term =
	| {kind: 'text'; negate: boolean; field: Field | null; words: string[]; phrase: boolean}
	| {kind: 'upvotes'; negate: boolean; op: '>' | '<' | '>=' | '<=' | '='; value: number};

export type Query = {terms: Term[]; text: string};

export type Parsed = {ok: true; query: Query} | {ok: false; problem: string};

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** Lower case, no diacritics (schölkopf = scholkopf), compatibility forms unfolded (ﬁ = fi). */
export function fold(text: string): string {
	// Most text is plain ASCII: lower-casing is then the whole job.
	if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}

/** The words of a text, folded: runs of letters and digits. */
export function words(text: string): string[] {
	return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const FIELD_PREFIX = new RegExp(`^(${FIELDS.join('|')}|upvotes):`, 'i');

function upvotesTerm(value: string, negate: boolean): Term | string {
	const m = /^(>=|<=|>|<|=)?(\d+)$/.exec(value);
	if (!m) return `upvotes: wants a number with >, <, >=, <= or =, as in upvotes:>50 (got "${value}")`;
	return {kind: 'upvotes', negate, op: (m[1] ?? '=') as '>', value: Number(m[2])};
}

/** Reads a query; what cannot be read (an unclosed quote, upvotes:>x) is a problem, in words, never a throw. */
export function parseQuery(text: string): Parsed {
	const terms: Term[] = [];
	let i = 0;
	while (i < text.length) {
		while (i < text.length && /\s/.test(text[i]!)) i++;
		if (i >= text.length) break;
		let negate = false;
		if (text[i] === '-' && i + 1 < text.length && !/\s/.test(text[i + 1]!)) {
			negate = true;
			i++;
		}
		let field: Field | 'upvotes' | null = null;
		const prefix = FIELD_PREFIX.exec(text.slice(i));
		if (prefix) {
			field = prefix[1]!.toLowerCase() as Field | 'upvotes';
			i += prefix[0].length;
		}
		let raw: string;
		let phrase = false;
		if (text[i] === '"') {
			const end = text.indexOf('"', i + 1);
			if (end === -1) return {ok: false, problem: 'a quote is not closed: add the closing "'};
			raw = text.slice(i + 1, end);
			phrase = true;
			i = end + 1;
		} else {
			const start = i;
			while (i < text.length && !/\s/.test(text[i]!)) i++;
			raw = text.slice(start, i);
		}
		if (field === 'upvotes') {
			const term = upvotesTerm(raw, negate);
			if (typeof term === 'string') return {ok: false, problem: term};
			terms.push(term);
			continue;
		}
		const ws = words(raw);
		if (ws.length === 0) {
			if (field) return {ok: false, problem: `${field}: wants a word after it, as in ${field}:agent`};
			continue;
		}
		// A field's value with inner punctuation (id:2608.19880, author:de-la-cruz) reads as a phrase of its words.
		terms.push({kind: 'text', negate, field, words: ws, phrase: phrase || ws.length > 1});
	}
	return {ok: true, query: {terms, text}};
}

type Folded = Record<Field, string>;

const padded = (text: string) => ` ${words(text).join(' ')} `;

/** A paper's text, folded once per paper: one string per field, its words between single spaces. */
export const foldedPaper = memoize((paper: Paper): Folded => ({
	title: padded(paper.title),
	abstract: padded(paper.abstract),
	author: padded(paper.authors.join(' ')),
	org: padded(paper.organization ?? ''),
	id: padded(paper.id ?? ''),
	kw: padded((paper.keywords ?? []).join(' ')),
}));

function hasWords(text: string, ws: readonly string[], phrase: boolean): boolean {
	if (ws.length === 1 && CJK.test(ws[0]!)) return text.includes(ws[0]!);
	// Quoted: whole words, next to each other ("critic" is not "critical"); unquoted, each word or a word's start.
	if (phrase) return text.includes(` ${ws.join(' ')} `);
	return ws.every((w) => (CJK.test(w) ? text.includes(w) : text.includes(` ${w}`)));
}

function textMatches(paper: Paper, term: Extract<Term, {kind: 'text'}>): boolean {
	const folded = foldedPaper(paper);
	if (term.field) return hasWords(folded[term.field], term.words, term.phrase);
	for (const field of FIELDS) if (hasWords(folded[field], term.words, term.phrase)) return true;
	return false;
}

function upvotesMatch(paper: Paper, term: Extract<Term, {kind: 'upvotes'}>): boolean {
	const v = paper.upvotes;
	return term.op === '>'
		? v > term.value
		: term.op === '<'
			? v < term.value
			: term.op === '>='
				? v >= term.value
				: term.op === '<='
					? v <= term.value
					: v === term.value;
}

function termMatches(paper: Paper, term: Term): boolean {
	return (term.kind === 'upvotes' ? upvotesMatch(paper, term) : textMatches(paper, term)) !== term.negate;
}

/** Every term holds (AND); an empty query matches every paper. */
export function matchesQuery(paper: Paper, query: Query): boolean {
	for (const term of query.terms) if (!termMatches(paper, term)) return false;
	return true;
}

/**
 * The papers the query matches, in their order: the one function behind `/` and `--search`. With an index of the
 * library (the browser builds one), the words are looked up in it instead of read in every paper; the answer is
 * the same (a property test holds them to it).
 */
export function searchPapers(papers: readonly Paper[], query: Query, index?: SearchIndex): Paper[] {
	if (query.terms.length === 0) return [...papers];
	if (!index) return papers.filter((p) => matchesQuery(p, query));
	const checks = query.terms.map((term) => index.check(term));
	return papers.filter((p) => {
		const at = index.position.get(p);
		if (at === undefined) return matchesQuery(p, query);
		for (let t = 0; t < checks.length; t++) {
			const check = checks[t]!;
			if (!(typeof check === 'function' ? check(p) : check[at] === 1)) return false;
		}
		return true;
	});
}

/*
 * An inverted index of a library: every folded word once, sorted, with the papers that hold it. A word's start is
 * then a range of that list (binary search), and a keystroke costs the papers in that range, not a scan of every
 * abstract. Built once per library array, on its first search.
 */
export type SearchIndex = {
	position: Map<Paper, number>;
	/** A term as a yes/no per paper position, or, where the index does not serve it (fields, CJK), a predicate. */
	check: (term: Term) => Uint8Array | ((paper: Paper) => boolean);
};

function lowerBound(sorted: readonly string[], key: string): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sorted[mid]! < key) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

export const searchIndex = memoize((papers: readonly Paper[]): SearchIndex => {
	const byWord = new Map<string, number[]>();
	const position = new Map<Paper, number>();
	papers.forEach((paper, at) => {
		position.set(paper, at);
		const folded = foldedPaper(paper);
		const seen = new Set<string>();
		for (const field of FIELDS) for (const w of folded[field].split(' ')) if (w && !seen.has(w)) seen.add(w);
		for (const w of seen) {
			const list = byWord.get(w);
			if (list) list.push(at);
			else byWord.set(w, [at]);
		}
	});
	const sorted = [...byWord.keys()].sort();
	const postings = sorted.map((w) => Int32Array.from(byWord.get(w)!));
	const mark = (from: number, to: number, into: Uint8Array) => {
		for (let i = from; i < to; i++) for (const at of postings[i]!) into[at] = 1;
	};
	const check = (term: Term): Uint8Array | ((paper: Paper) => boolean) => {
		if (term.kind !== 'text' || term.field !== null || term.words.some((w) => CJK.test(w))) return (p: Paper) => termMatches(p, term);
		const hits = new Uint8Array(papers.length);
		if (!term.phrase) {
			const w = term.words[0]!;
			mark(lowerBound(sorted, w), lowerBound(sorted, `${w}\uffff`), hits);
		} else {
			// Papers holding every word whole, then read to see the words stand together.
			const first = term.words[0]!;
			const i = lowerBound(sorted, first);
			if (sorted[i] === first) for (const at of postings[i]!) if (textMatches(papers[at]!, term)) hits[at] = 1;
		}
		if (term.negate) for (let i = 0; i < hits.length; i++) hits[i] = hits[i] ? 0 : 1;
		return hits;
	};
	return {position, check};
});

/** Whether a longer query can only narrow a shorter one's results (typing on), so the search may start from them. */
export function narrows(longer: Query, shorter: Query): boolean {
	if (shorter.terms.length === 0) return false;
	if (!longer.text.startsWith(shorter.text) || shorter.terms.some((t) => t.negate || t.kind === 'upvotes')) return false;
	// The words typed so far must be a prefix of the words now: "rein" → "reinf" narrows, "rein" → "rein -x" does too.
	const last = shorter.terms.length - 1;
	return shorter.terms.every((t, i) => {
		const now = longer.terms[i];
		if (!now || now.kind !== 'text' || t.kind !== 'text' || now.field !== t.field || now.negate || now.phrase !== t.phrase) return false;
		// Quoted words are whole: only a word's start can grow into a narrower match.
		if (i < last || t.phrase) return now.words.join(' ') === t.words.join(' ');
		return now.words.join(' ').startsWith(t.words.join(' '));
	});
}

/** How well a paper matches, for the relevance sort: title above author and keyword, above abstract. */
export function relevance(paper: Paper, query: Query): number {
	const folded = foldedPaper(paper);
	let score = 0;
	for (const term of query.terms) {
		if (term.kind !== 'text' || term.negate) continue;
		if (hasWords(folded.title, term.words, term.phrase)) score += 100;
		else if (
			hasWords(folded.author, term.words, term.phrase) ||
			hasWords(folded.kw, term.words, term.phrase) ||
			hasWords(folded.org, term.words, term.phrase)
		)
			score += 10;
		else if (hasWords(folded.abstract, term.words, term.phrase)) score += 1;
	}
	return score;
}

/** The words to mark in a field's text: those of the terms that look for them there (not the excluded ones). */
export function highlightWords(query: Query, field: Field): string[] {
	return query.terms.flatMap((t) => (t.kind === 'text' && !t.negate && (t.field === null || t.field === field) ? t.words : []));
}

/** Where in `text` the words start that a highlighted word matches: [start, end) ranges, in order. */
export function highlightRanges(text: string, marks: readonly string[]): Array<[number, number]> {
	if (marks.length === 0) return [];
	const ranges: Array<[number, number]> = [];
	for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
		const word = fold(m[0]);
		const start = m.index;
		for (const mark of marks) {
			if (CJK.test(mark)) {
				const at = word.indexOf(mark);
				if (at >= 0) ranges.push([start + at, start + at + mark.length]);
			} else if (word.startsWith(mark)) {
				ranges.push([start, start + m[0].length]);
				break;
			}
		}
	}
	return ranges;
}

/**
 * Folds a library a slice at a time, yielding between slices, then builds its index: run after the first frame,
 * so the first keystroke of a search does not pay for 20,000 papers at once and keys stay answered meanwhile.
 */
export async function warmSearch(papers: readonly Paper[], yieldNow: () => Promise<void>, slice = 400): Promise<void> {
	for (let i = 0; i < papers.length; i += slice) {
		for (const paper of papers.slice(i, i + slice)) foldedPaper(paper);
		await yieldNow();
	}
	searchIndex(papers);
}
