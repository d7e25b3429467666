import type {Paper} from '../../digest/paper.js';
import type {Query} from '../../digest/query.js';
import {highlightWords} from '../../digest/highlight.js';
import {memoize, memoizeBy} from '../../cache.js';
import {entriesOf, readKeys, savedKeys, summarize} from '../../lists/model.js';
import {sanitizeLine} from '../../output/sanitize.js';
import {displayWidth, fitWidth, fitWidthLeft} from '../../output/width.js';
import {plural} from '../../text.js';
import {sortLabel} from './commands.js';
import {hintsFor} from '../core/keymap.js';
import {linesOf, readerHeight, readerWhere} from '../core/reader.js';
import {isSeen, keyOf, unseenCount} from '../core/seen.js';
import {watchedIn, watchedNewCount} from '../core/watching.js';
import {shortDate} from '../../digest/dates.js';
import {currentPaper} from '../core/navigate.js';
import {storeKeys} from '../core/remote.js';
import {LINK_KEYS, linksOf} from '../core/linked.js';
import {tagCounts} from '../../lists/annotations.js';
import type {State} from '../core/model.js';
import {dayLabel, scopePapers, visibleRows, votesWidth, type Group, type Row} from '../core/view.js';
import {groupTitle} from '../../digest/groups.js';

/** Selectors from the state to what each component draws: the components stay thin and take narrow props. */

const NO_KEYS: ReadonlySet<string> = new Set();

/** One header part; the lower its rank, the sooner it gives way on a narrow terminal. */
type Part = {text: string; rank: number; shrink?: boolean};

/**
 * The header's parts, fitted to the width: the source path shortens first (keeping its end), then the sort and the
 * day go; the counts (papers, matches, picks) stay.
 */
export function fitHeader(parts: readonly Part[], width: number): string[] {
	const join = (ps: readonly Part[]) => ps.map((p) => p.text).join(' · ');
	const room = width - displayWidth('papers · ');
	let kept = [...parts];
	const over = () => displayWidth(join(kept)) - room;
	// A long source (a path) shortens first; a short name ("sample digest") stays whole while the sort gives way.
	const shrinking = kept.findIndex((p) => p.shrink && displayWidth(p.text) > 24);
	if (over() > 0 && shrinking < 0) kept = kept.filter((p) => p.rank > 0);
	if (over() > 0 && shrinking >= 0) {
		const part = kept[shrinking]!;
		kept[shrinking] = {...part, text: fitWidthLeft(part.text, Math.max(8, displayWidth(part.text) - over()))};
	}
	for (const rank of [0, 1]) {
		if (over() <= 0) break;
		kept = kept.filter((p) => p.rank > rank);
	}
	return kept.map((p) => p.text);
}

/** While reading: the paper, its title, and how far in. */
function readerParts(state: State): string[] {
	const reader = state.reader!;
	const where = reader.markdown ? readerWhere(reader.top, readerHeight(state), linesOf(state).length) : 'fetching…';
	return fitHeader(
		[
			{text: `reading ${reader.id}`, rank: 3},
			{text: sanitizeLine(reader.title), rank: 2, shrink: true},
			{text: where, rank: 3},
		],
		state.viewport.columns - 1,
	);
}

export function headerParts(state: State): string[] {
	if (state.reader && state.mode !== 'browse') return readerParts(state);
	const shown = state.view.papers.length;
	const paper = currentPaper(state);
	const scope =
		state.scope.kind === 'similar'
			? `like “${sanitizeLine(state.scope.of)}”`
			: state.scope.kind === 'remote'
				? `Hugging Face: “${sanitizeLine(state.scope.query)}”`
				: state.scope.kind === 'list'
					? `list "${sanitizeLine(state.scope.name)}"`
					: state.scope.kind === 'trending' && state.trending
						? state.trending.label
						: sanitizeLine(state.origin);
	const parts: Part[] = [{text: scope, rank: 2, shrink: state.scope.kind === 'digests'}];
	if (paper) parts.push({text: dayLabel(paper.date), rank: 1});
	const asked = quotedQuery(state.query);
	const count = state.view.waiting ? `searching ${asked}…` : state.query ? `${shown} match ${asked}` : plural(shown, 'paper');
	parts.push({text: count, rank: 3});
	if (state.seen) parts.push({text: `${unseenCount(state.view.papers, state.seen, state.allPapers)} new`, rank: 3});
	const watchedNew = state.seen ? watchedNewCount(state) : null;
	if (watchedNew) parts.push({text: watchedNew, rank: 3});
	if (state.watchFocus) parts.push({text: state.watchFocus === '*' ? 'watched only' : `watch: ${sanitizeLine(state.watchFocus)}`, rank: 3});
	if (state.seenFailed) parts.push({text: `seen marks not kept: ${state.seenFailed}`, rank: 3});
	if (state.grouping !== 'day') parts.push({text: `by ${state.grouping}`, rank: 2});
	parts.push({text: `sort: ${sortLabel(state.sort)}`, rank: 0});
	if (state.picks.size > 0) parts.push({text: `${state.picks.size} picked`, rank: 3});
	const status = refreshStatus(state);
	if (status) parts.push({text: status, rank: 3});
	if (state.partial) parts.push({text: 'loading older days…', rank: 1});
	return fitHeader(parts, state.viewport.columns - 1);
}

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

const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';

export const spinnerFrame = (tick: number) => SPINNER[tick % SPINNER.length]!;

/** What the background refresh is doing, or did, in one short phrase; null when there is nothing to say. */
export function refreshStatus(state: State): string | null {
	const {phase, days, added, tick, done, reached} = state.refresh;
	// A long catch-up says how far back it has come.
	if (phase === 'fetching' && done > 0 && days > 7)
		return `${spinnerFrame(tick)} fetching day ${done} of ${days}${reached ? `, back to ${shortDate(reached)}` : ''}…`;
	if (phase === 'fetching') return `${spinnerFrame(tick)} fetching ${plural(days, 'day')}…`;
	if (state.fetchingTrending) return `${spinnerFrame(tick)} fetching the trending list…`;
	if (state.asking) return `${spinnerFrame(tick)} asking Hugging Face for “${sanitizeLine(state.asking.query)}”… (Esc stops)`;
	// The network answered, but the store could not keep it: say what is wrong there, not "offline".
	if (phase === 'failed' && state.refresh.cause) return `not stored: ${state.refresh.cause}`;
	if (phase === 'failed') return state.newest ? `offline: papers up to ${shortDate(state.newest)}` : 'offline';
	if (phase === 'done' && added > 0) return `+${plural(added, 'paper')} fetched`;
	return null;
}

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
	const saved = savedKeys(state.lists);
	const read = state.scope.kind === 'list' ? readKeys(entriesOf(state.lists, state.scope.name)) : NO_KEYS;
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
		trackSeen: state.seen !== null,
		reasons: state.scope.kind === 'similar' ? state.scope.reasons : null,
		tags: state.annotations.tags,
	};
}

/** What the list says when it has no rows. */
export function emptyListText(state: State): string {
	if (state.query) return `No paper matches ${quotedQuery(state.query)}. Esc clears the search.`;
	return state.scope.kind === 'list' ? 'This list is empty. Esc goes back.' : 'No papers to show.';
}

export function footerHints(state: State, width = Infinity): string {
	const canGoBack = state.query !== '' || state.scope.kind === 'similar' || state.scope.kind === 'remote' || state.asking !== null;
	const hints = hintsFor(state.keymap, state.mode, {inList: state.scope.kind === 'list', canGoBack, seenKept: state.seen !== null});
	// As many whole hints as the width holds: a hint cut in two (`Space …`) says nothing.
	let line = '';
	for (const {keys, hint} of hints) {
		const next = line ? `${line}  ${keys} ${hint}` : `${keys} ${hint}`;
		if (displayWidth(next) > width) break;
		line = next;
	}
	return line;
}

/** The query as the header quotes it: once (`"world model" -survey` has its own quotes; `diffusion` is given them). */
export function quotedQuery(query: string): string {
	const shown = sanitizeLine(query);
	return shown.includes('"') ? shown : `"${shown}"`;
}

/** While a kept filter narrows the list, the footer says so, and how to clear it. */
export function filterNote(state: State): string | null {
	if (state.mode !== 'browse' || !state.query) return null;
	const waiting = state.view.waiting ? ` (waiting: ${state.view.waiting}…)` : '';
	const lacking = withoutRecord(state);
	// A paper with no record matches no models:, datasets: or spaces: term, negated or not: say how many, and the cure.
	const records = lacking > 0 ? ` · ${plural(lacking, 'paper')} without a record (papers fetch --info)` : '';
	return `filter: ${sanitizeLine(state.query)}${waiting}${records} · Esc clears`;
}

/** With `models:>0` and its kin in the filter: how many papers it looks at have no record in (they match none). */
function withoutRecord(state: State): number {
	if (!state.view.parsed.terms.some((t) => t.kind === 'linked')) return 0;
	const papers = scopePapers(state.scope, state.allPapers, state.lists, state.trending?.papers);
	let lacking = 0;
	for (const p of papers) if (!p.id || state.infos.get(p.id)?.status !== 'ready') lacking++;
	return lacking;
}

/** The link chooser's line: each link of the current paper with its number. */
export function linkChoices(state: State): string | null {
	const paper = currentPaper(state);
	if (state.mode !== 'links' || !paper) return null;
	// Each link's key as the keys in force have it (the settings may have moved them).
	const keyFor = (i: number) =>
		state.keymap.find((b) => b.command === `link.${i + 1}` && b.modes.includes('links'))?.keys[0]?.label ?? LINK_KEYS[i];
	const links = linksOf(state, paper).map((l, i) => `${keyFor(i)} ${sanitizeLine(l.label)}${l.note ? ` ${l.note}` : ''}`);
	return `open: ${links.join(' · ')} · Esc closes`;
}

/** The list-name box's label, by what the name is for. */
export function nameLabel(state: State): string {
	const nameFor = state.nameFor;
	if (nameFor.kind === 'tags') return 'tags: ';
	if (nameFor.kind === 'move') return 'move to list: ';
	if (nameFor.kind === 'rename') return `rename "${fitWidth(nameFor.list, 30)}" to: `;
	if (nameFor.kind === 'copy') return `copy "${fitWidth(nameFor.list, 30)}" to: `;
	return 'save to list: ';
}

export function listNames(state: State): string {
	if (state.nameFor.kind === 'tags')
		return tagCounts(state.annotations)
			.slice(0, 5)
			.map((c) => `#${c.tag}`)
			.join(' ');
	return summarize(state.lists)
		.map((l) => l.name)
		.slice(0, 5)
		.join(', ');
}

/** The words Hugging Face highlighted in its answers, while they are shown and no filter of the store's own is typed. */
export function remoteMarks(state: State): {title: readonly string[]; body: readonly string[]} | null {
	return state.scope.kind === 'remote' && state.view.parsed.terms.length === 0 ? state.scope.marks : null;
}

/** The words to mark in the pane: Hugging Face's highlights on its answers, else the search's. */
export function paneMarksOf(state: State): {title: readonly string[]; authors: readonly string[]; body: readonly string[]} {
	const remote = remoteMarks(state);
	return remote ? {...remote, authors: []} : paneMarks(state.view.parsed);
}

/** The words to mark in the abstract pane, once per query. */
export const paneMarks = memoize((query: Query) => ({
	title: highlightWords(query, 'title'),
	authors: highlightWords(query, 'author'),
	body: highlightWords(query, 'abstract'),
}));
