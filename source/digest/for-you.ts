import {groupPapers} from './collection.js';
import type {Grouping} from './groups.js';
import {paperKey, type Paper} from './paper.js';
import {likeness, vectorFor, type SimilarModel} from './similar.js';

/* "For you": the library ranked by its likeness to the papers the user saved (similar.ts holds the model). */

export type ForYou = {
	/** Each paper's likeness to the nearest saved paper, by its place in the model. */
	scores: Float32Array;
	/** Which saved paper that is, by place in `saved`. */
	nearest: Int32Array;
	saved: readonly Paper[];
};

/** How like the saved papers each paper of the library is: its likeness to the one it is most like. */
export function forYouScores(model: SimilarModel, saved: readonly Paper[]): ForYou {
	const n = model.papers.length;
	const scores = new Float32Array(n);
	const nearest = new Int32Array(n).fill(-1);
	const one = new Float32Array(n);
	saved.forEach((paper, s) => {
		one.fill(0);
		likeness(model, vectorFor(model, paper), one);
		// A saved paper is not its own reason: it counts by its likeness to the others.
		const self = model.place.get(paperKey(paper)) ?? -1;
		for (let i = 0; i < n; i++)
			if (i !== self && one[i]! > scores[i]!) {
				scores[i] = one[i]!;
				nearest[i] = s;
			}
	});
	return {scores, nearest, saved};
}

/**
 * The papers in "for you" order: day groups as usual (newest first), within a day the papers most like the saved
 * ones first, upvotes breaking ties. A paper the model does not hold counts as liked by nothing.
 */
export function orderForYou(papers: readonly Paper[], model: SimilarModel, forYou: ForYou, grouping: Grouping = 'day'): Paper[] {
	const score = (p: Paper) => {
		const at = model.place.get(paperKey(p));
		return at === undefined ? 0 : forYou.scores[at]!;
	};
	return groupPapers(papers, 'upvotes', grouping).flatMap((g) =>
		[...g.papers].sort((a, b) => score(b) - score(a) || b.upvotes - a.upvotes),
	);
}

/** The saved paper a paper is most like, when it is like one at all. */
export function nearestSaved(model: SimilarModel, forYou: ForYou, paper: Paper): Paper | null {
	const at = model.place.get(paperKey(paper));
	if (at === undefined || forYou.scores[at]! <= 0) return null;
	return forYou.saved[forYou.nearest[at]!] ?? null;
}
