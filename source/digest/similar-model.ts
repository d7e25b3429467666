import {atOnce, inSlices, type Slicer} from '../slices.js';
import {paperKey, type Paper} from './paper.js';
import {fold} from './query.js';

/*
 * The model behind "more like this" and "for you" (similar.ts asks it): TF-IDF vectors of each paper's title
 * (weighted most), Hugging Face's AI keywords (as words and as whole phrases), abstract and AI summary, with the
 * words every paper uses (and the words of any abstract: "we", "propose", "results") left out, and an inverted
 * index over them.
 */

const STOP = new Set(
	(
		'the and for with that this from are was were has have had not but its their our your can may also into than then ' +
		'these those such via using use used based which while where when who what how all any each more most other some ' +
		'over under both between through across about after before without within upon very well only new novel approach ' +
		'approaches method methods paper propose proposed present presents show shows shown demonstrate results result ' +
		'performance state art existing recent work works study task tasks large models model data framework further ' +
		'significantly achieve achieves achieving outperform outperforms compared improve improves improved including ' +
		'however thus therefore specifically first second one two three extensive experiments experimental effective ' +
		'effectiveness efficient introduce introduces leverage leverages enable enables set code available https github ' +
		'com www org http datasets dataset benchmark benchmarks problem problems key main different various given made make ' +
		'makes making allow allows often many much high low like able due even less lack across without remains'
	).split(' '),
);

/** How each field counts: a word of the title says more about a paper than one of its abstract. */
const FIELDS: ReadonlyArray<[(p: Paper) => string, number]> = [
	[(p) => p.title, 3],
	[(p) => (p.keywords ?? []).join(' '), 2],
	[(p) => p.abstract, 1],
	[(p) => p.aiSummary ?? '', 1],
];

/** At most this many terms a paper: its weightiest, which carry nearly all of its likeness. */
const TERMS_PER_PAPER = 48;

function addTerm(tf: Map<string, number>, term: string, weight: number) {
	tf.set(term, (tf.get(term) ?? 0) + weight);
}

/** A paper's terms and their weighted counts. */
export function termCounts(paper: Paper): Map<string, number> {
	const tf = new Map<string, number>();
	for (const [field, weight] of FIELDS) {
		const text = field(paper);
		if (!text) continue;
		for (const word of fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
			if (word.length < 3 || STOP.has(word) || /^\d+$/.test(word)) continue;
			addTerm(tf, word, weight);
		}
	}
	// A keyword phrase ("diffusion models") is a term of its own: papers that share it share more than its words.
	for (const keyword of paper.keywords ?? []) {
		const phrase = fold(keyword).trim();
		if (phrase.includes(' ')) addTerm(tf, `"${phrase}"`, 2);
	}
	return tf;
}

export type Vector = {terms: Int32Array; weights: Float32Array};

/**
 * Many vectors in three arrays: vector i is terms and weights [starts[i], starts[i + 1]). Two typed arrays apiece
 * would cost ~250 bytes a paper and a term in headers alone (bench: `likeness model
 * at 10k`, its MB).
 */
type Packed = {starts: Int32Array; terms: Int32Array; weights: Float32Array};

export type SimilarModel = {
	papers: readonly Paper[];
	keys: readonly string[];
	/** A paper's place in the model, by its key. */
	place: ReadonlyMap<string, number>;
	/** Each paper's vector, by its place. */
	vectors: Packed;
	/** For each term id, the papers holding it (`terms` here are paper places) and its weight in each. */
	postings: Packed;
	vocab: ReadonlyMap<string, number>;
	words: readonly string[];
	idf: Float32Array;
};

/** A paper's terms while the model is built: numbers into `Terms`, not a Map of strings (a library's worth weighs). */
type Counted = {ids: Int32Array; counts: Float32Array};

/** Every term met while building, numbered, with how many papers hold it. */
class Terms {
	readonly ids = new Map<string, number>();
	readonly words: string[] = [];
	readonly df: number[] = [];

	/** A paper's terms, each counted once more in `df`. */
	count(paper: Paper): Counted {
		return this.numbered(paper, true);
	}

	/** A paper's terms as `count` numbered them, counted no further. */
	again(paper: Paper): Counted {
		return this.numbered(paper, false);
	}

	private numbered(paper: Paper, counting: boolean): Counted {
		const tf = termCounts(paper);
		const ids = new Int32Array(tf.size);
		const counts = new Float32Array(tf.size);
		let k = 0;
		for (const [term, count] of tf) {
			let id = this.ids.get(term);
			if (id === undefined) {
				id = this.words.length;
				this.ids.set(term, id);
				this.words.push(term);
				this.df.push(0);
			}
			if (counting) this.df[id]!++;
			ids[k] = id;
			counts[k++] = count;
		}
		return {ids, counts};
	}
}

/**
 * The model, built a paper at a time: a generator, so the same code runs at once or paused between papers. Without
 * `remember`, each paper's terms are counted again for its vector instead of kept from the first pass: twice the
 * work, in the background, for much less memory (bench: `likeness model at 10k`, its MB).
 */
function* building(papers: readonly Paper[], remember: boolean): Generator<void, SimilarModel> {
	const terms = new Terms();
	const counted: Array<Counted | null> = [];
	for (const paper of papers) {
		const c = terms.count(paper);
		counted.push(remember ? c : null);
		yield;
	}
	const {vocab, words, idf, final} = vocabulary(papers.length, terms);
	yield;
	const vectors = packer(papers.length);
	for (let i = 0; i < papers.length; i++) {
		vectors.add(vectorOfCounted(counted[i] ?? terms.again(papers[i]!), final, idf));
		counted[i] = null;
		yield;
	}
	yield;
	return yield* assembling(papers, papers.map(paperKey), vectors.done(), vocab, words, idf);
}

/** Builds the model over a library, a slice at a time, pausing between slices (the browser, after its first frame). */
export function buildSimilarModel(papers: readonly Paper[], slices: Slicer): Promise<SimilarModel> {
	return inSlices(building(papers, false), slices);
}

/** buildSimilarModel at once, for the command line and for a key that cannot wait. */
export function similarModelNow(papers: readonly Paper[]): SimilarModel {
	return atOnce(building(papers, true));
}

/** Vectors appended one by one into packed arrays. */
function packer(count: number) {
	const starts = new Int32Array(count + 1);
	let terms = new Int32Array(count * TERMS_PER_PAPER);
	let weights = new Float32Array(count * TERMS_PER_PAPER);
	let filled = 0;
	let at = 0;
	return {
		add(vector: Vector) {
			terms.set(vector.terms, filled);
			weights.set(vector.weights, filled);
			filled += vector.terms.length;
			starts[++at] = filled;
		},
		done(): Packed {
			terms = terms.slice(0, filled);
			weights = weights.slice(0, filled);
			return {starts, terms, weights};
		},
	};
}

/** Vector i of packed vectors: views, nothing copied. */
export function vectorAt(packed: Packed, i: number): Vector {
	const [from, to] = [packed.starts[i]!, packed.starts[i + 1]!];
	return {terms: packed.terms.subarray(from, to), weights: packed.weights.subarray(from, to)};
}

/** The terms that can liken two papers, and how much each says (its idf); `final` maps a built term to its place. */
function vocabulary(n: number, terms: Terms) {
	const vocab = new Map<string, number>();
	const words: string[] = [];
	const idfList: number[] = [];
	const final = new Int32Array(terms.words.length).fill(-1);
	// A word in one paper alone likens it to nothing; one in most papers likens everything to everything (in a
	// small library, a handful of papers sharing a word is still a topic).
	terms.df.forEach((count, id) => {
		if (count < 2 || count > Math.max(5, n * 0.4)) return;
		final[id] = words.length;
		vocab.set(terms.words[id]!, words.length);
		words.push(terms.words[id]!);
		idfList.push(Math.log(n / count));
	});
	return {vocab, words, idf: Float32Array.from(idfList), final};
}

/** What a model is made of, as it is kept beside the store's index (store/likeness-file.ts): the rest follows from it. */
export type ModelParts = {keys: readonly string[]; vectors: Packed; words: readonly string[]; idf: Float32Array};

/**
 * The model of these papers from its kept parts, or null when the papers are not the ones it was built over. A step
 * at a time: at 20,000 papers, matching the keys and filing the postings in one piece held the browser's keys for
 * 100 ms, with the collection it set off (bench: `key to frame from the first frame on`).
 */
export function* fromParts(papers: readonly Paper[], parts: ModelParts): Generator<void, SimilarModel | null> {
	if (papers.length !== parts.keys.length) return null;
	const byKey = new Map<string, Paper>();
	for (let i = 0; i < papers.length; i++) {
		byKey.set(paperKey(papers[i]!), papers[i]!);
		if (i % 1024 === 1023) yield;
	}
	const ordered: Paper[] = [];
	for (const key of parts.keys) {
		const paper = byKey.get(key);
		if (!paper) return null;
		if (ordered.push(paper) % 1024 === 0) yield;
	}
	const vocab = new Map(parts.words.map((w, i) => [w, i]));
	yield;
	return yield* assembling(ordered, parts.keys, parts.vectors, vocab, [...parts.words], parts.idf);
}

/** The model from its vectors (`keys`: the papers' keys, in order): the inverted index over them, packed the same way, and each paper's place. */
function* assembling(
	papers: readonly Paper[],
	keys: readonly string[],
	vectors: Packed,
	vocab: Map<string, number>,
	words: string[],
	idf: Float32Array,
): Generator<void, SimilarModel> {
	const starts = new Int32Array(words.length + 1);
	for (const t of vectors.terms) starts[t + 1]!++;
	for (let t = 0; t < words.length; t++) starts[t + 1]! += starts[t]!;
	yield;
	const docs = new Int32Array(vectors.terms.length);
	const weights = new Float32Array(vectors.terms.length);
	const filled = starts.slice(0, words.length);
	for (let doc = 0; doc < papers.length; doc++) {
		for (let k = vectors.starts[doc]!; k < vectors.starts[doc + 1]!; k++) {
			const at = filled[vectors.terms[k]!]!++;
			docs[at] = doc;
			weights[at] = vectors.weights[k]!;
		}
		if (doc % 1024 === 1023) yield;
	}
	const place = new Map(keys.map((k, i) => [k, i]));
	return {papers, keys, place, vectors, postings: {starts, terms: docs, weights}, vocab, words, idf};
}

/** A unit vector from (term, count) pairs: (1 + log count) × idf over the weightiest terms, sorted by term. */
function unitVector(entries: Array<[number, number]>): Vector {
	entries.sort((a, b) => b[1] - a[1]);
	const kept = entries.slice(0, TERMS_PER_PAPER).sort((a, b) => a[0] - b[0]);
	const norm = Math.sqrt(kept.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
	return {terms: Int32Array.from(kept, ([t]) => t), weights: Float32Array.from(kept, ([, w]) => w / norm)};
}

function vectorOfCounted(counted: Counted, final: Int32Array, idf: Float32Array): Vector {
	const entries: Array<[number, number]> = [];
	for (let k = 0; k < counted.ids.length; k++) {
		const id = final[counted.ids[k]!]!;
		if (id >= 0) entries.push([id, (1 + Math.log(counted.counts[k]!)) * idf[id]!]);
	}
	return unitVector(entries);
}

export function vectorOf(tf: Map<string, number>, vocab: ReadonlyMap<string, number>, idf: Float32Array): Vector {
	const entries: Array<[number, number]> = [];
	for (const [term, count] of tf) {
		const id = vocab.get(term);
		if (id !== undefined) entries.push([id, (1 + Math.log(count)) * idf[id]!]);
	}
	return unitVector(entries);
}
