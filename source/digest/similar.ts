import {forEachSliced, type Slicer} from '../slices.js';
import {paperKey, type Paper} from './paper.js';
import {fold} from './query.js';

/*
 * "More like this" and "for you", offline, from the text papers already holds: TF-IDF vectors of each paper's
 * title (weighted most), Hugging Face's AI keywords (as words and as whole phrases), abstract and AI summary, with
 * the words every paper uses (and the words of any abstract: "we", "propose", "results") left out. Likeness is the
 * cosine of two vectors, found through an inverted index, so a question reads only the papers sharing a word.
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
/** A question uses the asking paper's weightiest terms only. */
const QUERY_TERMS = 24;

function addTerm(tf: Map<string, number>, term: string, weight: number) {
	tf.set(term, (tf.get(term) ?? 0) + weight);
}

/** A paper's terms and their weighted counts. */
function termCounts(paper: Paper): Map<string, number> {
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

type Vector = {terms: Int32Array; weights: Float32Array};

export type SimilarModel = {
	papers: readonly Paper[];
	keys: readonly string[];
	/** A paper's place in the model, by its key. */
	place: ReadonlyMap<string, number>;
	vectors: readonly Vector[];
	/** For each term id, the papers holding it and its weight in each. */
	postings: ReadonlyArray<{docs: Int32Array; weights: Float32Array}>;
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

	count(paper: Paper): Counted {
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
			this.df[id]!++;
			ids[k] = id;
			counts[k++] = count;
		}
		return {ids, counts};
	}
}

/** Builds the model over a library, a slice at a time, yielding between slices (the browser, after its first frame). */
export async function buildSimilarModel(papers: readonly Paper[], slices: Slicer): Promise<SimilarModel> {
	const terms = new Terms();
	const counted: Counted[] = [];
	await forEachSliced(papers, (paper) => counted.push(terms.count(paper)), slices);
	const {vocab, words, idf, final} = vocabulary(papers.length, terms);
	const vectors: Vector[] = [];
	await forEachSliced(counted, (c) => vectors.push(vectorOfCounted(c, final, idf)), slices);
	await slices.pause();
	return assemble(papers, vectors, vocab, words, idf);
}

/** buildSimilarModel at once, for the command line and for a key that cannot wait. */
export function similarModelNow(papers: readonly Paper[]): SimilarModel {
	const terms = new Terms();
	const counted = papers.map((paper) => terms.count(paper));
	const {vocab, words, idf, final} = vocabulary(papers.length, terms);
	return assemble(
		papers,
		counted.map((c) => vectorOfCounted(c, final, idf)),
		vocab,
		words,
		idf,
	);
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

/** The model from its vectors: the inverted index over them, and each paper's place. */
function assemble(
	papers: readonly Paper[],
	vectors: Vector[],
	vocab: Map<string, number>,
	words: string[],
	idf: Float32Array,
): SimilarModel {
	const sizes = new Int32Array(words.length);
	for (const v of vectors) for (const t of v.terms) sizes[t]!++;
	const postings = Array.from(sizes, (size) => ({docs: new Int32Array(size), weights: new Float32Array(size)}));
	const filled = new Int32Array(words.length);
	vectors.forEach((v, doc) => {
		for (let k = 0; k < v.terms.length; k++) {
			const t = v.terms[k]!;
			const at = filled[t]!++;
			postings[t]!.docs[at] = doc;
			postings[t]!.weights[at] = v.weights[k]!;
		}
	});
	const keys = papers.map(paperKey);
	return {papers, keys, place: new Map(keys.map((k, i) => [k, i])), vectors, postings, vocab, words, idf};
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

function vectorOf(tf: Map<string, number>, vocab: ReadonlyMap<string, number>, idf: Float32Array): Vector {
	const entries: Array<[number, number]> = [];
	for (const [term, count] of tf) {
		const id = vocab.get(term);
		if (id !== undefined) entries.push([id, (1 + Math.log(count)) * idf[id]!]);
	}
	return unitVector(entries);
}

/** The vector of a paper the model may not hold (a saved paper gone from the store), in the model's terms. */
export function vectorFor(model: SimilarModel, paper: Paper): Vector {
	const at = model.place.get(paperKey(paper));
	return at !== undefined ? model.vectors[at]! : vectorOf(termCounts(paper), model.vocab, model.idf);
}

/** Every paper's likeness to a vector (cosine), accumulated over the papers that share one of its terms. */
export function likeness(model: SimilarModel, query: Vector, into = new Float32Array(model.papers.length)): Float32Array {
	const order = Array.from(query.terms.keys()).sort((a, b) => query.weights[b]! - query.weights[a]!);
	for (const k of order.slice(0, QUERY_TERMS)) {
		const list = model.postings[query.terms[k]!]!;
		const qw = query.weights[k]!;
		for (let j = 0; j < list.docs.length; j++) into[list.docs[j]!]! += qw * list.weights[j]!;
	}
	return into;
}

export type Alike = {paper: Paper; score: number; /** The shared terms that weigh most: why it is alike. */ reason: string[]};

/** The shared terms of two vectors, weightiest first. */
function sharedTerms(model: SimilarModel, a: Vector, b: Vector, count = 3): string[] {
	const shared: Array<[string, number]> = [];
	for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length;) {
		if (a.terms[i] === b.terms[j]) {
			shared.push([model.words[a.terms[i]!]!.replace(/"/g, ''), a.weights[i]! * b.weights[j]!]);
			i++;
			j++;
		} else if (a.terms[i]! < b.terms[j]!) i++;
		else j++;
	}
	return shared
		.sort((x, y) => y[1] - x[1])
		.slice(0, count)
		.map(([w]) => w);
}

/** The papers most like this one, most alike first: never the paper itself, each paper once. */
export function similarPapers(model: SimilarModel, paper: Paper, count = 20): Alike[] {
	const query = vectorFor(model, paper);
	const scores = likeness(model, query);
	const self = paperKey(paper);
	const candidates: number[] = [];
	for (let i = 0; i < scores.length; i++) if (scores[i]! > 0 && model.keys[i] !== self) candidates.push(i);
	candidates.sort((a, b) => scores[b]! - scores[a]! || a - b);
	const out: Alike[] = [];
	const taken = new Set<string>();
	for (const i of candidates) {
		if (taken.has(model.keys[i]!)) continue;
		taken.add(model.keys[i]!);
		out.push({paper: model.papers[i]!, score: scores[i]!, reason: sharedTerms(model, query, model.vectors[i]!)});
		if (out.length >= count) break;
	}
	return out;
}
