import {memoizeBy} from '../../cache.js';
import type {Paper} from '../../digest/paper.js';
import type {Slicer} from '../../slices.js';
import {forYouScores, nearestSaved, orderForYou, type ForYou} from '../../digest/for-you.js';
import {buildSimilarModel, similarModelNow, type SimilarModel} from '../../digest/similar.js';
import type {Grouping} from '../../digest/groups.js';
import {savedPapers, type ReadingLists} from '../../lists/model.js';
import {quoted, sanitizeLine} from '../../output/sanitize.js';
import {plural} from '../../text.js';
import type {State} from './model.js';
import type {Services} from './services.js';

/*
 * "More like this" (M) and the "for you" sort in the browser. The model of the library is built after the first
 * frame, in slices, like the search index; a small library's is built when first asked for.
 */

const models = new WeakMap<readonly Paper[], SimilarModel>();
/** Up to this many papers, the model is built on the key that asks for it: a few milliseconds. */
const MODEL_AT_ONCE = 2000;

/** The library's model, when it is built (or small enough to build now); null while it is being built. */
export function modelOf(papers: readonly Paper[]): SimilarModel | null {
	let model = models.get(papers);
	if (!model && papers.length <= MODEL_AT_ONCE) {
		model = similarModelNow(papers);
		models.set(papers, model);
	}
	return model ?? null;
}

/**
 * The library's model after the first frame: the one kept beside the store's index when it is of these papers
 * (reading it is a fraction of building it, in time and in memory at the peak: bench `peak RSS`), else built a slice
 * at a time, and kept for the next session.
 */
export async function warmLikeness(papers: readonly Paper[], slices: Slicer, file?: Services['likenessFile']): Promise<void> {
	if (models.has(papers)) return;
	const kept = file ? await file.read(papers, slices) : null;
	const model = kept ?? (await buildSimilarModel(papers, slices));
	if (!models.has(papers)) models.set(papers, model);
	if (!kept) await file?.keep(model);
}

/** Every saved paper, of every list or of the one list "for you" learns from; once per lists snapshot. */
const savedOf = memoizeBy((lists: ReadingLists, only: string) => savedPapers(lists, only || null));

const scoresOf = memoizeBy((model: SimilarModel, saved: readonly Paper[]) => forYouScores(model, saved));

/** The "for you" scores of the library, or why there are none (no lists yet, the model still being built). */
export function forYouOf(state: Pick<State, 'allPapers' | 'mine' | 'forYouList'>): {model: SimilarModel; forYou: ForYou} | string {
	const saved = savedOf(state.mine.lists, state.forYouList ?? '');
	if (saved.length === 0) return state.forYouList ? `list ${quoted(state.forYouList)} is empty` : 'no reading lists yet (b saves a paper)';
	const model = modelOf(state.allPapers);
	if (!model) return 'still reading the store';
	return {model, forYou: scoresOf(model, saved)};
}

// One ordering per scores, papers and grouping: a key press must not sort a year of papers again.
const orderings = new WeakMap<ForYou, WeakMap<readonly Paper[], Map<Grouping, readonly Paper[]>>>();

function ordered(forYou: ForYou, papers: readonly Paper[], model: SimilarModel, grouping: Grouping): readonly Paper[] {
	let byPapers = orderings.get(forYou);
	if (!byPapers) orderings.set(forYou, (byPapers = new WeakMap()));
	let byGrouping = byPapers.get(papers);
	if (!byGrouping) byPapers.set(papers, (byGrouping = new Map()));
	let order = byGrouping.get(grouping);
	if (!order) byGrouping.set(grouping, (order = orderForYou(papers, model, forYou, grouping)));
	return order;
}

/** The papers in "for you" order, or null (then upvotes) when there is nothing to learn from yet. */
export function forYouOrder(state: State, papers: readonly Paper[]): readonly Paper[] | null {
	const found = forYouOf(state);
	if (typeof found === 'string') return null;
	return ordered(found.forYou, papers, found.model, state.grouping);
}

/** What the footer says on choosing the "for you" order. */
export function forYouNote(state: State): string {
	const found = forYouOf(state);
	if (typeof found === 'string') return `sort: for you · ${found}, so by upvotes`;
	return `sort: for you · like the ${plural(found.forYou.saved.length, 'saved paper')}${state.forYouList ? ` of ${quoted(state.forYouList)}` : ''}`;
}

/** The pane's first line: why this paper is here (the papers it is like, or the saved paper it is closest to). */
export function paneNote(state: State, paper: Paper): string | null {
	if (state.scope.kind === 'similar') {
		const reason = state.scope.reasons.get(paper);
		return reason ? `like “${sanitizeLine(state.scope.of)}”: ${reason}` : null;
	}
	if (state.sort !== 'for-you') return null;
	const found = forYouOf(state);
	if (typeof found === 'string') return null;
	const near = nearestSaved(found.model, found.forYou, paper);
	return near ? `for you: close to “${sanitizeLine(near.title)}”, which you saved` : null;
}
