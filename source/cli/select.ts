import {filterPapers, newestDay, orderPapers} from '../digest/collection.js';
import type {Paper} from '../digest/paper.js';
import type {Options} from './options.js';
import type {Grouping} from '../digest/groups.js';

/**
 * The papers the command line asks for: the filters first, then the browser's order (newest day first, by upvotes
 * within a day, unless a sort is named), then the limit: `--limit 10` in a cron line is the newest day's best ten,
 * not the oldest papers of the store. The browser's view applies the same steps (ui/core/view.ts buildView).
 */
export function selectPapers(
	papers: readonly Paper[],
	options: Pick<Options, 'filter' | 'sort' | 'limit'> & {
		grouping?: Grouping | null;
		trending?: boolean;
		/** Another order ("for you"), applied after the filters. */
		order?: ((papers: Paper[]) => Paper[]) | null;
	},
): Paper[] {
	const filtered = filterPapers(papers, options.filter);
	// The trending list keeps the site's order, as the browser's trending view does.
	const ordered = options.order
		? options.order(filtered)
		: options.trending && !options.sort
			? filtered
			: orderPapers(filtered, options.sort ?? 'upvotes', options.grouping ?? 'day');
	return options.limit === null ? ordered : ordered.slice(0, options.limit);
}

/** What to tell someone who asked for today when today has nothing yet. */
export function nothingTodayMessage(papers: readonly Paper[], today: string): string {
	const newest = newestDay(papers);
	return newest
		? `no papers for today (${today}); the newest day with papers is ${newest} (papers --date ${newest})`
		: `no papers for today (${today}), and no dated papers at all`;
}

/** The filters given, as they were typed: `--search zzz --since 2026-01-01`. */
export function describeFilter(options: Pick<Options, 'filter' | 'todayOnly' | 'range'>): string {
	const {day, since, text, minUpvotes} = options.filter;
	const parts: string[] = [];
	if (day) parts.push(options.todayOnly ? '--today' : `--date ${day}`);
	if (options.range) parts.push(`--${options.range.kind} ${options.range.key}`);
	else if (since) parts.push(`--since ${since}`);
	if (text) parts.push(`--search ${/\s/.test(text) ? JSON.stringify(text) : text}`);
	if (minUpvotes !== null && minUpvotes !== undefined) parts.push(`--min-upvotes ${minUpvotes}`);
	return parts.join(' ');
}
