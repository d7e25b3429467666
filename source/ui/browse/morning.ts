import type {RefreshState} from '../core/model.js';
import {plural} from '../../text.js';
import {groupToTop, inRoom, moveTo, replaceLibrary} from '../core/navigate.js';
import {keyOf} from '../core/seen.js';
import type {Action, State} from '../core/model.js';
import {groupIndexOf} from '../core/view.js';

/*
 * The morning: a refresh brings the days since yesterday. A user who has not moved yet lands on the newest day; one
 * who has keeps their place, and is told how many new papers are above it.
 */

/** A refresh ended: the new library goes in, and the cursor lands as above. */
export function refreshed(state: State, action: Extract<Action, {type: 'refresh.done'}>): State {
	const phase = action.failure ? 'failed' : 'done';
	const cause = action.failure ? (action.cause ?? null) : null;
	// What R asked for is said when R's own refresh ends (one already running when R was pressed is not it).
	const answered = state.store.refresh.asked && Boolean(action.fresh);
	const next = {
		...state,
		store: {
			...state.store,
			refresh: {...state.store.refresh, phase, added: action.added, cause, asked: state.store.refresh.asked && !answered} as RefreshState,
			awaitingToday: null,
		},
	};
	// The sample's notice goes with the sample; --today's note on an older day goes when today came, and otherwise
	// stands as it was before the fetch.
	const waited = state.store.awaitingToday;
	const todayCame = Boolean(waited && action.papers?.some((p) => p.date === waited.day));
	const stale = waited && (state.message === waited.note || state.message === `${waited.note}; fetching today…`);
	const current = stale ? (todayCame ? null : waited!.note) : state.message;
	const message = action.failure
		? `refresh failed: ${action.failure}`
		: answered
			? askedOutcome(action.added, action.changed ?? 0)
			: action.papers && state.store.sample
				? null
				: current;
	if (!action.papers) return {...next, message};
	let newest: string | null = null;
	for (const p of action.papers) if (p.date && (!newest || p.date > newest)) newest = p.date;
	// The refresh read the whole store: whatever was still loading is in.
	const replaced = {
		...inRoom(replaceLibrary(next, action.papers, action.origin ?? state.origin), 'store', {newest, partial: false, sample: false}),
		message,
	};
	if (action.added === 0 || replaced.scope.kind !== 'digests') return replaced;
	if (!state.moved || state.store.sample) return landOnNewest(replaced);
	const above = newAbove(replaced, state.allPapers);
	return above > 0 && !action.failure ? {...replaced, message: `${plural(above, 'new paper')} above (g)`} : replaced;
}

/** What `R` brought, in the footer: nothing new is said too. */
function askedOutcome(added: number, changed: number): string {
	const counts = changed > 0 ? `new upvotes or comments on ${plural(changed, 'paper')}` : '';
	if (added > 0) return `${plural(added, 'new paper')}${counts ? `; ${counts}` : ''}`;
	return counts ? `up to date; ${counts}` : 'up to date';
}

/** The newest day's first paper, its day's header at the top of the screen. */
export function landOnNewest(state: State): State {
	const papers = state.view.papers;
	let at = -1;
	let newest: string | null = null;
	for (let i = 0; i < papers.length; i++) {
		const date = papers[i]!.date;
		if (date && (!newest || date > newest)) [newest, at] = [date, i];
	}
	if (at < 0) return state;
	// The landing keeps the footer's word (what R found).
	return groupToTop(moveTo(state, state.view.groups[groupIndexOf(state.view, at)]!.start, 'message'));
}

/** Papers above the cursor that the browser did not hold before. */
function newAbove(state: State, held: State['allPapers']): number {
	const before = new Set(held.map(keyOf));
	let count = 0;
	for (let i = 0; i < state.cursor; i++) if (!before.has(keyOf(state.view.papers[i]!))) count++;
	return count;
}
