import {filterPapers, newestDay, orderPapers} from '../digest/library.js';
import type {Paper} from '../digest/paper.js';
import type {Options} from './options.js';

/** The papers the command line asks for: in the order of the inputs, or in reading order when a sort is named. */
export function selectPapers(papers: readonly Paper[], options: Pick<Options, 'filter' | 'sort' | 'limit'>): Paper[] {
	const filtered = filterPapers(papers, options.filter);
	const ordered = options.sort ? orderPapers(filtered, options.sort) : filtered;
	return options.limit === null ? ordered : ordered.slice(0, options.limit);
}

/** What to tell someone who asked for today when today has nothing yet. */
export function nothingTodayMessage(papers: readonly Paper[], today: string): string {
	const newest = newestDay(papers);
	return newest
		? `no papers for today (${today}); the newest day with papers is ${newest} (papers --date ${newest})`
		: `no papers for today (${today}), and no dated papers at all`;
}
