import {memoizeBy} from '../cache.js';
import type {Paper} from './paper.js';
import {parseQuery} from './query.js';
import {indexReady, searchIndex, searchPapers} from './search.js';

/** Which papers the watch rules match: each paper with the names of the rules it matches, in the rules' order. */
export type Watched = ReadonlyMap<Paper, readonly string[]>;

const NONE: Watched = new Map();

/** Papers matched by rules; a rule whose query does not read matches nothing (it was checked when added). */
export const watchedBy = memoizeBy((papers: readonly Paper[], rules: Readonly<Record<string, string>>): Watched => {
	const names = Object.keys(rules);
	if (names.length === 0 || papers.length === 0) return NONE;
	// The index when it is built (or small enough to build at once); else each paper is read.
	const index = indexReady(papers) || papers.length <= 2000 ? searchIndex(papers) : undefined;
	const out = new Map<Paper, string[]>();
	for (const name of names) {
		const parsed = parseQuery(rules[name]!);
		if (!parsed.ok || parsed.query.terms.length === 0) continue;
		for (const paper of searchPapers(papers, parsed.query, index)) {
			const list = out.get(paper);
			if (list) list.push(name);
			else out.set(paper, [name]);
		}
	}
	return out;
});
