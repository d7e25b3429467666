import {paperKey, type Paper} from './paper.js';
import {termCounts, vectorAt, vectorOf, type SimilarModel, type Vector} from './similar-model.js';

export {buildSimilarModel, similarModelNow, type SimilarModel} from './similar-model.js';

/*
 * "More like this" and "for you", offline, from the text papers already holds (the model: similar-model.ts).
 * Likeness is the cosine of two vectors, found through an inverted index, so a question reads only the papers
 * sharing a word.
 */

/** A question uses the asking paper's weightiest terms only. */
const QUERY_TERMS = 24;

/** The vector of a paper the model may not hold (a saved paper gone from the store), in the model's terms. */
export function vectorFor(model: SimilarModel, paper: Paper): Vector {
	const at = model.place.get(paperKey(paper));
	return at !== undefined ? vectorAt(model.vectors, at) : vectorOf(termCounts(paper), model.vocab, model.idf);
}

/** Every paper's likeness to a vector (cosine), accumulated over the papers that share one of its terms. */
export function likeness(model: SimilarModel, query: Vector, into = new Float32Array(model.papers.length)): Float32Array {
	const order = Array.from(query.terms.keys()).sort((a, b) => query.weights[b]! - query.weights[a]!);
	for (const k of order.slice(0, QUERY_TERMS)) {
		const {starts, terms: docs, weights} = model.postings;
		const t = query.terms[k]!;
		const qw = query.weights[k]!;
		for (let j = starts[t]!; j < starts[t + 1]!; j++) into[docs[j]!]! += qw * weights[j]!;
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
		out.push({paper: model.papers[i]!, score: scores[i]!, reason: sharedTerms(model, query, vectorAt(model.vectors, i))});
		if (out.length >= count) break;
	}
	return out;
}
