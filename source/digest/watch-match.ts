import {memoizeBy} from '../cache.js';
import {atOnce, inSlices, type Slicer} from '../slices.js';
import type {Paper} from './paper.js';
import {CJK, parseQuery, TEXT_FIELDS, type Query, type Term} from './query.js';
import {matchesQuery, termMatches, textMatches} from './match.js';
import {indexReady, searchIndex, warmSearch, type SearchIndex} from './search-index.js';

/** Which papers the watch rules match: each paper with the names of the rules it matches, in the rules' order. */
export type Watched = ReadonlyMap<Paper, readonly string[]>;

const NONE: Watched = new Map();

/** The rules that read, each parsed once; a rule whose query does not read matches nothing (it was checked when added). */
function compiled(rules: Readonly<Record<string, string>>): Array<{name: string; query: Query}> {
	return Object.entries(rules).flatMap(([name, text]) => {
		const parsed = parseQuery(text);
		return parsed.ok && parsed.query.terms.length > 0 ? [{name, query: parsed.query}] : [];
	});
}

/** Up to this many papers, each paper is read for every rule; above, the rules are looked up in the search index. */
const READ_UP_TO = 2000;
/** Above this many rules, the index is built for them; at most this many read every paper (one pass). */
const INDEX_FROM_RULES = 3;

/**
 * Matching every rule: rules are queries, so each is compiled once, and each distinct term of all of them is looked
 * up once in the library's search index (a yes/no per paper), shared by every rule that has it; a rule is then its
 * terms' answers ANDed. A phrase or several words are read only in the papers holding all their words. A small
 * library is read a paper at a time instead, each paper's text folded once for all the rules. A generator, so the
 * browser can run it between keys (watchedInSlices) and the command line at once. (A rule at a time, reading every
 * paper, cost a second a rule at 50,000 papers.)
 */
function* matching(papers: readonly Paper[], rules: Readonly<Record<string, string>>, index?: SearchIndex): Generator<void, Watched> {
	const all = compiled(rules);
	if (all.length === 0 || papers.length === 0) return NONE;
	const out = new Map<Paper, string[]>();
	if (!index) {
		for (let i = 0; i < papers.length; i++) {
			const paper = papers[i]!;
			let names: string[] | undefined;
			for (const {name, query} of all) if (matchesQuery(paper, query)) (names ??= []).push(name);
			if (names) out.set(paper, names);
			if (i % 256 === 255) yield;
		}
		return out;
	}
	const lookup = termLookup(index);
	const hits = new Uint8Array(papers.length);
	for (const {name, query} of all) {
		hits.fill(1);
		// The terms the index answers first, then the rest read only in the papers still in.
		const answers = query.terms.map((term) => ({term, answer: lookup(term)}));
		answers.sort((a, b) => Number(typeof a.answer === 'function') - Number(typeof b.answer === 'function'));
		for (const {answer} of answers) {
			if (typeof answer !== 'function') for (let i = 0; i < hits.length; i++) hits[i]! &= answer[i]!;
			else for (let i = 0; i < hits.length; i++) if (hits[i] && !answer(papers[i]!)) hits[i] = 0;
			yield;
		}
		for (let i = 0; i < hits.length; i++) {
			if (!hits[i]) continue;
			const names = out.get(papers[i]!);
			if (names) names.push(name);
			else out.set(papers[i]!, [name]);
		}
		yield;
	}
	// In the library's order, as the papers are read.
	return new Map(papers.flatMap((p) => (out.has(p) ? [[p, out.get(p)!] as const] : [])));
}

/** Each distinct term's answer over the index, once for all the rules that have it. */
function termLookup(index: SearchIndex): (term: Term) => Uint8Array | ((paper: Paper) => boolean) {
	const known = new Map<string, Uint8Array | ((paper: Paper) => boolean)>();
	const indexed: ReadonlySet<string> = new Set(TEXT_FIELDS);
	const lookup = (term: Term): Uint8Array | ((paper: Paper) => boolean) => {
		const key = JSON.stringify(term);
		let answer = known.get(key);
		if (answer) return answer;
		const several = term.kind === 'text' && (term.phrase || term.words.length > 1 || term.field !== null);
		const readable = term.kind === 'text' && !term.words.some((w) => CJK.test(w)) && (term.field === null || indexed.has(term.field));
		if (term.kind === 'text' && several && readable) {
			// Only the papers holding every word (a word's start anywhere: more than the term, never less) are read.
			const held = new Uint8Array(index.papers.length).fill(1);
			for (const word of term.words) {
				const has = lookup({kind: 'text', negate: false, field: null, words: [word], phrase: false}) as Uint8Array;
				for (let i = 0; i < held.length; i++) held[i]! &= has[i]!;
			}
			const plain = {...term, negate: false};
			for (let i = 0; i < held.length; i++) if (held[i] && !textMatches(index.papers[i]!, plain)) held[i] = 0;
			if (term.negate) for (let i = 0; i < held.length; i++) held[i] = held[i] ? 0 : 1;
			answer = held;
		} else {
			const checked = index.check(term);
			answer = typeof checked === 'function' ? (paper: Paper) => termMatches(paper, term) : checked;
		}
		known.set(key, answer);
		return answer;
	};
	return lookup;
}

/** Papers matched by rules: each paper with the names of the rules it matches, in the rules' order. */
export const watchedBy = memoizeBy((papers: readonly Paper[], rules: Readonly<Record<string, string>>): Watched => {
	// The index pays for itself from a few rules on (building it costs about what reading every paper once does), or
	// when it is built already.
	const indexed = papers.length > READ_UP_TO && (indexReady(papers) || Object.keys(rules).length > INDEX_FROM_RULES);
	return atOnce(matching(papers, rules, indexed ? searchIndex(papers) : undefined));
});

/** watchedBy a slice at a time, pausing between slices (the browser, on a large store); kept for watchedBy. */
export async function watchedInSlices(papers: readonly Paper[], rules: Readonly<Record<string, string>>, slices: Slicer): Promise<Watched> {
	if (watchedReady(papers, rules)) return watchedBy(papers, rules);
	await warmSearch(papers, slices);
	const watched = await inSlices(matching(papers, rules, searchIndex(papers)), slices);
	watchedBy.put(papers, rules, watched);
	return watched;
}

/** Whether watchedBy answers at once: made already, or a library small enough to read on the key that asks. */
export const watchedReady = (papers: readonly Paper[], rules: Readonly<Record<string, string>>): boolean =>
	papers.length <= READ_UP_TO || watchedBy.has(papers, rules);
