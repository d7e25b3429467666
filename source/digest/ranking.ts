import type {Paper} from './paper.js';
import type {Query} from './query.js';
import {foldedField, foldedPaper, hasWords} from './match.js';

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
