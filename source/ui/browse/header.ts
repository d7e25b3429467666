import {quoted, sanitizeLine} from '../../output/sanitize.js';
import {displayWidth, fitWidthLeft} from '../../output/width.js';
import {plural} from '../../text.js';
import {sortLabel} from './commands.js';
import {linesOf, readerHeight, readerWhere} from '../core/reader.js';
import {unseenCount} from '../core/seen.js';
import {watchedNewCount} from '../core/watch-marks.js';
import {shortDate} from '../../digest/dates.js';
import {currentPaper} from '../core/navigate.js';
import type {State} from '../core/model.js';
import {dayLabel} from '../core/view.js';

import {quotedQuery} from './footer.js';

/* The header: the source, the day, the counts and the refresh's state, fitted to the width. */

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
	const reader = state.reading.reader!;
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
	if (state.reading.reader && state.mode !== 'browse') return readerParts(state);
	const shown = state.view.papers.length;
	const paper = currentPaper(state);
	const scope =
		state.scope.kind === 'similar'
			? `like “${sanitizeLine(state.scope.of)}”`
			: state.scope.kind === 'remote'
				? `Hugging Face: “${sanitizeLine(state.scope.query)}”`
				: state.scope.kind === 'list'
					? `list ${quoted(state.scope.name)}`
					: state.scope.kind === 'trending' && state.remote.trending
						? state.remote.trending.label
						: sanitizeLine(state.origin);
	const parts: Part[] = [{text: scope, rank: 2, shrink: state.scope.kind === 'digests'}];
	if (paper) parts.push({text: dayLabel(paper.date), rank: 1});
	const asked = quotedQuery(state.query);
	const count = state.view.waiting ? `searching ${asked}…` : state.query ? `${shown} match ${asked}` : plural(shown, 'paper');
	parts.push({text: count, rank: 3});
	if (state.marks.seen) parts.push({text: `${unseenCount(state.view.papers, state.marks.seen, state.allPapers)} new`, rank: 3});
	const watchedNew = state.marks.seen ? watchedNewCount(state) : null;
	if (watchedNew) parts.push({text: watchedNew, rank: 3});
	if (state.watchFocus) parts.push({text: state.watchFocus === '*' ? 'watched only' : `watch: ${sanitizeLine(state.watchFocus)}`, rank: 3});
	if (state.marks.seenFailed) parts.push({text: `seen marks not kept: ${state.marks.seenFailed}`, rank: 3});
	if (state.grouping !== 'day') parts.push({text: `by ${state.grouping}`, rank: 2});
	parts.push({text: `sort: ${sortLabel(state.sort)}`, rank: 0});
	if (state.picks.size > 0) parts.push({text: `${state.picks.size} picked`, rank: 3});
	const status = refreshStatus(state);
	if (status) parts.push({text: status, rank: 3});
	if (state.store.partial) parts.push({text: 'loading older days…', rank: 1});
	return fitHeader(parts, state.viewport.columns - 1);
}

const SPINNER = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏';

export const spinnerFrame = (tick: number) => SPINNER[tick % SPINNER.length]!;

/** What the background refresh is doing, or did, in one short phrase; null when there is nothing to say. */
export function refreshStatus(state: State): string | null {
	const {phase, days, added, tick, done, reached} = state.store.refresh;
	// A long catch-up says how far back it has come.
	if (phase === 'fetching' && done > 0 && days > 7)
		return `${spinnerFrame(tick)} fetching day ${done} of ${days}${reached ? `, back to ${shortDate(reached)}` : ''}…`;
	if (phase === 'fetching') return `${spinnerFrame(tick)} fetching ${plural(days, 'day')}…`;
	if (state.remote.fetchingTrending) return `${spinnerFrame(tick)} fetching the trending list…`;
	if (state.remote.asking) return `${spinnerFrame(tick)} asking Hugging Face for “${sanitizeLine(state.remote.asking.query)}”… (Esc stops)`;
	// The network answered, but the store could not keep it: say what is wrong there, not "offline".
	if (phase === 'failed' && state.store.refresh.cause) return `not stored: ${state.store.refresh.cause}`;
	if (phase === 'failed') return state.store.newest ? `offline: papers up to ${shortDate(state.store.newest)}` : 'offline';
	if (phase === 'done' && added > 0) return `+${plural(added, 'paper')} fetched`;
	return null;
}
