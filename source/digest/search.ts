import {memoize} from '../cache.js';
import type {Paper} from './paper.js';
import {CJK, TEXT_FIELDS, words, type Field, type Query, type Term} from './query.js';

/*
 * Matching a parsed query against papers: each paper's text folded once into one string per field (its words
 * between single spaces, so a word is a match of " word": a word's start, never the middle of one), and, for
 * the browser, an inverted index of the whole library, so a keystroke does not read every abstract.
 */

type Short = Record<Exclude<Field, 'abstract'>, string>;

const padded = (text: string) => ` ${words(text).join(' ')} `;

/**
 * A paper's short fields, folded once per paper and kept: one string per field, its words between single spaces.
 * The abstract, nine tenths of the text, is folded when it is read and not kept: at 20,000 papers, keeping it
 * would weigh 20 MB more.
 */
export const foldedPaper = memoize((paper: Paper): Short => ({
	title: padded(paper.title),
	author: padded(paper.authors.join(' ')),
	org: padded(paper.organization ?? ''),
	id: padded(paper.id ?? ''),
	kw: padded((paper.keywords ?? []).join(' ')),
	user: padded((paper.users ?? []).join(' ')),
	submitter: padded(paper.submitter ?? ''),
}));

// The last abstract folded: the terms of one query, and relevance after them, read the same paper in a row.
let lastFolded: {paper: Paper; abstract: string} | null = null;

function foldedField(paper: Paper, field: Field): string {
	if (field !== 'abstract') return foldedPaper(paper)[field];
	if (lastFolded?.paper !== paper) lastFolded = {paper, abstract: padded(paper.abstract)};
	return lastFolded.abstract;
}

function hasWords(text: string, ws: readonly string[], phrase: boolean): boolean {
	if (ws.length === 1 && CJK.test(ws[0]!)) return text.includes(ws[0]!);
	// Quoted: whole words, next to each other ("critic" is not "critical"); unquoted, each word or a word's start.
	if (phrase) return text.includes(` ${ws.join(' ')} `);
	return ws.every((w) => (CJK.test(w) ? text.includes(w) : text.includes(` ${w}`)));
}

function textMatches(paper: Paper, term: Extract<Term, {kind: 'text'}>): boolean {
	if (term.field) return hasWords(foldedField(paper, term.field), term.words, term.phrase);
	// The short fields first: the abstract is folded only when none of them holds the words.
	for (const field of TEXT_FIELDS) if (field !== 'abstract' && hasWords(foldedField(paper, field), term.words, term.phrase)) return true;
	return hasWords(foldedField(paper, 'abstract'), term.words, term.phrase);
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
	const at = positionsIn(index, papers);
	const out: Paper[] = [];
	const outAt: number[] = [];
	for (let i = 0; i < papers.length; i++) {
		const paper = papers[i]!;
		const position = at[i]!;
		let ok = true;
		for (let t = 0; ok && t < checks.length; t++) {
			const check = checks[t]!;
			ok = typeof check === 'function' || position < 0 ? matchesTerm(paper, query, t) : check[position] === 1;
		}
		if (ok) {
			out.push(paper);
			outAt.push(position);
		}
	}
	// The next keystroke most often narrows this answer: its papers' places in the index come with it.
	positions.set(out, {index, at: Int32Array.from(outAt)});
	return out;
}

const matchesTerm = (paper: Paper, query: Query, t: number) => termMatches(paper, query.terms[t]!);

/** Where each paper of a list sits in the index (-1: not in it), known for the lists searchPapers made. */
const positions = new WeakMap<readonly Paper[], {index: SearchIndex; at: Int32Array}>();

/** The places in the index of a list's papers, when they are known already (a search made the list, or read it). */
export function knownPositions(papers: readonly Paper[]): {index: SearchIndex; at: Int32Array} | undefined {
	return positions.get(papers);
}

function positionsIn(index: SearchIndex, papers: readonly Paper[]): Int32Array {
	const known = positions.get(papers);
	if (known?.index === index) return known.at;
	const at = Int32Array.from(papers, (p) => index.position.get(p) ?? -1);
	positions.set(papers, {index, at});
	return at;
}

/*
 * An inverted index of a library: every folded word once, sorted, with the papers that hold it. A word's start is
 * then a range of that list (binary search), and a keystroke costs the papers in that range, not a scan of every
 * abstract. Built once per library array, on its first search.
 */
export type SearchIndex = {
	/** The library indexed, in its order: a paper's position is its place here. */
	papers: readonly Paper[];
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

/**
 * Indexes a library a slice of papers at a time (`step`): each paper's words as numbers. Then, once (`finish`), the
 * words are sorted and every paper's place is filed under its words in one array (word by word, papers in order).
 * About 4 bytes a word a paper, and nothing built twice.
 */
function indexBuilder(papers: readonly Paper[]) {
	const idOf = new Map<string, number>();
	const words: string[] = [];
	const forward: Int32Array[] = [];
	const position = new Map<Paper, number>();
	const step = (count: number): boolean => {
		for (const end = Math.min(papers.length, forward.length + count); forward.length < end;) {
			const paper = papers[forward.length]!;
			position.set(paper, forward.length);
			const ids = new Set<number>();
			for (const field of TEXT_FIELDS)
				for (const w of foldedField(paper, field).split(' ')) {
					if (!w) continue;
					let id = idOf.get(w);
					if (id === undefined) {
						id = words.push(w) - 1;
						idOf.set(w, id);
					}
					ids.add(id);
				}
			forward.push(Int32Array.from(ids));
		}
		return forward.length >= papers.length;
	};
	const finish = (): SearchIndex => {
		const order = words.map((_, id) => id).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
		const rank = new Int32Array(words.length);
		order.forEach((id, r) => (rank[id] = r));
		const starts = new Int32Array(words.length + 1);
		for (const ids of forward) for (const id of ids) starts[rank[id]! + 1]!++;
		for (let r = 0; r < words.length; r++) starts[r + 1]! += starts[r]!;
		const postings = new Int32Array(starts[words.length]!);
		const fill = starts.slice(0, words.length);
		forward.forEach((ids, at) => {
			for (const id of ids) postings[fill[rank[id]!]!++] = at;
		});
		return {papers, position, check: checker(papers, {sorted: order.map((id) => words[id]!), starts, postings})};
	};
	return {step, finish};
}

/** Sorted words; the papers holding word r are postings[starts[r] … starts[r + 1]). */
type Postings = {sorted: readonly string[]; starts: Int32Array; postings: Int32Array};

const INDEXED: ReadonlySet<string> = new Set(TEXT_FIELDS);

function checker(papers: readonly Paper[], {sorted, starts, postings}: Postings): SearchIndex['check'] {
	return (term: Term): Uint8Array | ((paper: Paper) => boolean) => {
		// The index holds the words of the text fields: who claimed or submitted a paper is read paper by paper.
		if (term.kind !== 'text' || term.words.some((w) => CJK.test(w)) || (term.field !== null && !INDEXED.has(term.field)))
			return (p: Paper) => termMatches(p, term);
		const hits = new Uint8Array(papers.length);
		const first = term.words[0]!;
		const from = lowerBound(sorted, first);
		const to = term.phrase ? (sorted[from] === first ? from + 1 : from) : lowerBound(sorted, `${first}\uffff`);
		// A phrase, a field, several words: the papers holding the first word, each read to see the rest holds.
		const simple = !term.phrase && term.field === null && term.words.length === 1;
		for (let k = starts[from]!; k < starts[to]!; k++) {
			const at = postings[k]!;
			if (!hits[at] && (simple || textMatches(papers[at]!, term))) hits[at] = 1;
		}
		if (term.negate) for (let i = 0; i < hits.length; i++) hits[i] = hits[i] ? 0 : 1;
		return hits;
	};
}

const indexes = new WeakMap<readonly Paper[], SearchIndex>();

/** Whether a library's index is built: a search of a large library waits for it rather than build it on a keystroke. */
export function indexReady(papers: readonly Paper[]): boolean {
	return indexes.has(papers);
}

/** The index of a library, built at once if warmSearch has not built it yet. */
export function searchIndex(papers: readonly Paper[]): SearchIndex {
	let index = indexes.get(papers);
	if (!index) {
		const builder = indexBuilder(papers);
		builder.step(papers.length);
		index = builder.finish();
		indexes.set(papers, index);
	}
	return index;
}

/**
 * How well a paper the query matched matches, for the relevance sort: title above author and keyword, above
 * abstract. The paper holds every term: one found in no short field but the id is in the abstract.
 */
export function relevance(paper: Paper, query: Query): number {
	const folded = foldedPaper(paper);
	let score = 0;
	for (const term of query.terms) {
		if (term.kind !== 'text' || term.negate) continue;
		const has = (text: string) => hasWords(text, term.words, term.phrase);
		if (has(folded.title)) score += 100;
		else if (has(folded.author) || has(folded.kw) || has(folded.org)) score += 10;
		else if (!has(folded.id) || has(foldedField(paper, 'abstract'))) score += 1;
	}
	return score;
}

/**
 * Indexes a library a slice at a time, yielding between slices: run after the first frame, so the first keystroke
 * of a search does not pay for 20,000 papers at once, and keys are answered meanwhile.
 */
export async function warmSearch(papers: readonly Paper[], yieldNow: () => Promise<void>, slice = 100): Promise<void> {
	const builder = indexBuilder(papers);
	while (!builder.step(slice)) {
		await yieldNow();
		// A keystroke that could not wait built it meanwhile.
		if (indexes.has(papers)) return;
	}
	if (!indexes.has(papers)) indexes.set(papers, builder.finish());
}
