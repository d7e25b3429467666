import type {Paper} from './paper.js';
import {atOnce, inSlices, type Slicer} from '../slices.js';
import {CJK, TEXT_FIELDS, type Term} from './query.js';
import {foldedField, termMatches, textMatches} from './match.js';

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
 * Indexes a library: each paper's words as numbers, then, once, the words sorted and every paper's place filed under
 * its words in one array (word by word, papers in order). About 4 bytes a word a paper, and nothing built twice. A
 * generator that yields after each paper and inside its last step (the longest: bench `search: fold`), so that
 * the same code runs at once (a keystroke that cannot wait) or in slices between keys (warmSearch).
 */
function* indexing(papers: readonly Paper[]): Generator<void, SearchIndex> {
	const idOf = new Map<string, number>();
	const words: string[] = [];
	const forward: Int32Array[] = [];
	const position = new Map<Paper, number>();
	for (const paper of papers) {
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
		yield;
	}
	const order = words.map((_, id) => id).sort((a, b) => (words[a]! < words[b]! ? -1 : 1));
	yield;
	const rank = new Int32Array(words.length);
	order.forEach((id, r) => (rank[id] = r));
	const starts = new Int32Array(words.length + 1);
	for (const ids of forward) for (const id of ids) starts[rank[id]! + 1]!++;
	for (let r = 0; r < words.length; r++) starts[r + 1]! += starts[r]!;
	yield;
	const postings = new Int32Array(starts[words.length]!);
	const fill = starts.slice(0, words.length);
	for (let at = 0; at < forward.length; at++) {
		for (const id of forward[at]!) postings[fill[rank[id]!]!++] = at;
		if (at % 1024 === 1023) yield;
	}
	return {papers, position, check: checker(papers, {sorted: order.map((id) => words[id]!), starts, postings})};
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
		// The papers holding a word (a phrase's: whole; else a word's start): a range of the sorted words.
		const range = (word: string) => {
			const from = lowerBound(sorted, word);
			return [from, term.phrase ? (sorted[from] === word ? from + 1 : from) : lowerBound(sorted, `${word}\uffff`)] as const;
		};
		// Several words: only the papers holding every one of them are read (a phrase's words must be there, and
		// next to each other, which reading tells).
		const holding =
			term.words.length > 1 && term.words.length < 250 ? holdingAll(term.words.map(range), papers.length, {starts, postings}) : null;
		const [from, to] = range(term.words[0]!);
		// A phrase, a field, several words: the papers holding the first word (and the others), each read to see the rest holds.
		const simple = !term.phrase && term.field === null && term.words.length === 1;
		for (let k = starts[from]!; k < starts[to]!; k++) {
			const at = postings[k]!;
			if (!hits[at] && (!holding || holding[at] === term.words.length) && (simple || textMatches(papers[at]!, term))) hits[at] = 1;
		}
		if (term.negate) for (let i = 0; i < hits.length; i++) hits[i] = hits[i] ? 0 : 1;
		return hits;
	};
}

/** How many of the word ranges hold each paper: a paper is counted once per range, however many of its words are in it. */
function holdingAll(
	ranges: ReadonlyArray<readonly [number, number]>,
	size: number,
	{starts, postings}: Pick<Postings, 'starts' | 'postings'>,
): Uint8Array {
	const count = new Uint8Array(size);
	const seen = new Uint8Array(size);
	ranges.forEach(([from, to], r) => {
		for (let k = starts[from]!; k < starts[to]!; k++) {
			const at = postings[k]!;
			// A prefix range holds a paper under each of its words that start so: counted once for this range.
			if (seen[at] === r + 1) continue;
			seen[at] = r + 1;
			if (count[at] === r) count[at] = r + 1;
		}
	});
	return count;
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
		index = atOnce(indexing(papers));
		indexes.set(papers, index);
	}
	return index;
}

/**
 * Indexes a library a slice at a time, pausing between slices: run after the first frame, so the first keystroke
 * of a search does not pay for 20,000 papers at once, and keys are answered meanwhile. A keystroke that could not
 * wait may build it meanwhile: that one is kept.
 */
export async function warmSearch(papers: readonly Paper[], slices: Slicer): Promise<void> {
	const index = await inSlices(indexing(papers), slices, () => indexes.get(papers));
	if (!indexes.has(papers)) indexes.set(papers, index);
}
