import type {Paper} from '../../digest/paper.js';
import {highlightWords} from '../../digest/highlight.js';
import {memoizeBy} from '../../cache.js';
import {entriesOf, readKeys, savedKeys} from '../../lists/model.js';
import {plural} from '../../text.js';
import {isSeen, keyOf} from '../core/seen.js';
import {watchedIn} from '../core/watch-marks.js';
import {storeKeys} from '../core/hub-answers.js';
import type {State} from '../core/model.js';
import {visibleRows, votesWidth, type Group, type Row} from '../core/view.js';
import {groupTitle} from '../../digest/groups.js';

import {quotedQuery} from './footer.js';
import {remoteMarks} from './marks.js';

/* The list's rows: the day headers and the papers in the window, with their marks. */

const NO_KEYS: ReadonlySet<string> = new Set();

export type RowMarks = {
	current: boolean;
	picked: boolean;
	saved: boolean;
	read: boolean;
	unseen: boolean;
	watched: boolean;
	/** A Hugging Face answer the store does not hold. */
	away: boolean;
};

export type ListRows = {
	rows: Row[];
	/** The header line of each group row shown, by the group's start. */
	headers: Map<number, string>;
	marks: Array<RowMarks | null>;
	votesWidth: number;
	/** Words to mark in the titles: what the search matched. */
	highlight: readonly string[];
	/** A relevance order: one run of papers, each row with its date. */
	flat: boolean;
	/** Seen marks are kept: rows show which papers are new. */
	trackSeen: boolean;
	/** "More like this": each row says why, after its title. */
	reasons: ReadonlyMap<Paper, string> | null;
	/** The user's tags, by paper key: shown after a title where there is room. */
	tags: Readonly<Record<string, readonly string[]>>;
};

/** The rows the list window shows, with their marks. A day header never ends the window with its papers below it. */
/** A group's header: its span, paper count and total upvotes; from weeks up, upvotes a day as a sparkline. */
export function groupHeader(view: State['view'], group: Group, spark: boolean): string {
	if (group.label) return `${group.label} · ${plural(group.count, 'paper')}`;
	return headerOf(view, `${group.start}:${spark}`);
}

// Once per group of a view: a month's header sums thousands of papers, and it is drawn on every key press.
const headerOf = memoizeBy((view: State['view'], key: string): string => {
	const [start, spark] = key.split(':');
	const group = view.groups.find((g) => g.start === Number(start))!;
	return groupTitle(group.date, view.papers.slice(group.start, group.start + group.count), view.grouping, spark === 'true');
});

export function listRows(state: State, height: number, spark = true): ListRows {
	const rows = visibleRows(state.view, state.top, height);
	if (rows.length === height && rows.at(-1)?.kind === 'header') rows.pop();
	const saved = savedKeys(state.mine.lists);
	const read = state.scope.kind === 'list' ? readKeys(entriesOf(state.mine.lists, state.scope.name)) : NO_KEYS;
	const watched = watchedIn(state);
	const stored = state.scope.kind === 'remote' ? storeKeys(state.allPapers) : null;
	const marks = rows.map((row) => {
		if (row.kind === 'header') return null;
		const key = keyOf(row.paper);
		return {
			current: row.index === state.cursor,
			picked: state.picks.has(key),
			saved: saved.has(key),
			read: read.has(key),
			unseen: !isSeen(state, key),
			watched: watched.has(row.paper),
			away: stored !== null && !stored.has(key),
		};
	});
	const headers = new Map<number, string>();
	for (const row of rows) if (row.kind === 'header') headers.set(row.group.start, groupHeader(state.view, row.group, spark));
	return {
		rows,
		headers,
		marks,
		votesWidth: votesWidth(state.view.papers),
		highlight: remoteMarks(state)?.title ?? highlightWords(state.view.parsed, 'title'),
		flat: state.view.flat,
		trackSeen: state.marks.seen !== null,
		reasons: state.scope.kind === 'similar' ? state.scope.reasons : null,
		tags: state.mine.annotations.tags,
	};
}

/** What the list says when it has no rows. */
export function emptyListText(state: State): string {
	if (state.query) return `No paper matches ${quotedQuery(state.query)}. Esc clears the search.`;
	return state.scope.kind === 'list' ? 'This list is empty. Esc goes back.' : 'No papers to show.';
}
