import {memoize} from '../cache.js';
import type {Paper} from './paper.js';
import {CJK, TEXT_FIELDS, words, type Field, type Op, type Query, type Term} from './query.js';

/*
 * Matching a parsed query against one paper: each paper's text folded once into one string per field (its words
 * between single spaces, so a word is a match of " word": a word's start, never the middle of one).
 */

type Short = Record<Exclude<Field, 'abstract'>, string>;

const padded = (text: string) => ` ${words(text).join(' ')} `;

/**
 * A paper's short fields, folded once per paper and kept: one string per field, its words between single spaces.
 * The abstract, nine tenths of the text, is folded when it is read and not kept: keeping it would more than double
 * the fold's memory (bench: `search: fold 20000 papers once`).
 */
export const foldedPaper = memoize((paper: Paper): Short => ({
	title: padded(paper.title),
	author: padded(paper.authors.join(' ')),
	org: padded(paper.organization ?? ''),
	id: padded(paper.id ?? ''),
	kw: padded((paper.keywords ?? []).join(' ')),
	user: padded((paper.users ?? []).join(' ')),
	submitter: padded(paper.submitter ?? ''),
	// The user's own words are not the paper's: they are looked up when asked (termMatches), not kept here.
	note: '',
	tag: '',
}));

// The last abstract folded: the terms of one query, and relevance after them, read the same paper in a row.
let lastFolded: {paper: Paper; abstract: string} | null = null;

export function foldedField(paper: Paper, field: Field): string {
	if (field !== 'abstract') return foldedPaper(paper)[field];
	if (lastFolded?.paper !== paper) lastFolded = {paper, abstract: padded(paper.abstract)};
	return lastFolded.abstract;
}

export function hasWords(text: string, ws: readonly string[], phrase: boolean): boolean {
	if (ws.length === 1 && CJK.test(ws[0]!)) return text.includes(ws[0]!);
	// Quoted: whole words, next to each other ("critic" is not "critical"); unquoted, each word or a word's start.
	if (phrase) return text.includes(` ${ws.join(' ')} `);
	return ws.every((w) => (CJK.test(w) ? text.includes(w) : text.includes(` ${w}`)));
}

export function textMatches(paper: Paper, term: Extract<Term, {kind: 'text'}>): boolean {
	if (term.field) return hasWords(foldedField(paper, term.field), term.words, term.phrase);
	// The short fields first: the abstract is folded only when none of them holds the words.
	for (const field of TEXT_FIELDS) if (field !== 'abstract' && hasWords(foldedField(paper, field), term.words, term.phrase)) return true;
	return hasWords(foldedField(paper, 'abstract'), term.words, term.phrase);
}

function compare(v: number, term: {op: Op; value: number}): boolean {
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

/** The lookups a query carries beyond the paper itself: its record's counts, the user's note and tags. */
export type Lookups = Pick<Query, 'linked' | 'annotated'>;

export function termMatches(paper: Paper, term: Term, lookups: Lookups = {}): boolean {
	if (term.kind === 'linked') {
		const counts = lookups.linked?.(paper);
		return counts !== undefined && compare(counts[term.field], term) !== term.negate;
	}
	if (term.kind === 'text' && (term.field === 'note' || term.field === 'tag')) {
		const own = lookups.annotated?.(paper);
		const text = term.field === 'note' ? (own?.note ?? '') : (own?.tags ?? []).join(' ');
		return hasWords(padded(text), term.words, term.phrase) !== term.negate;
	}
	return (term.kind === 'upvotes' ? compare(paper.upvotes, term) : textMatches(paper, term)) !== term.negate;
}

/** Every term holds (AND); an empty query matches every paper. */
export function matchesQuery(paper: Paper, query: Query): boolean {
	for (const term of query.terms) if (!termMatches(paper, term, query)) return false;
	return true;
}
