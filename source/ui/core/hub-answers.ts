import type {DiscussionAction, DiscussionEntry} from './discussion.js';
import {memoize} from '../../cache.js';
import type {PaperInfo} from '../../digest/paper-info.js';
import {fitQuery, type RemoteStart, type SearchAnswer} from '../../digest/parse-search.js';
import type {Paper} from '../../digest/paper.js';
import {quoted} from '../../output/sanitize.js';
import {plural} from '../../text.js';
import type {Action, InfoEntry, State} from './model.js';
import {currentPaper, moveTo, refresh, withEffect} from './navigate.js';
import {keyOf} from './seen.js';
import type {Scope, ViewSort} from './view.js';

/*
 * Beyond the store: Ctrl-R in the search box sends the typed words to Hugging Face's search of every paper it
 * indexes, and its answers become the view (Esc comes back); and each paper's record (what cites it), asked for as
 * a paper lingers in the pane.
 */

/** Ctrl-R: the box's words go to Hugging Face instead of filtering the store; the box closes on the view as it was. */
export function askRemote(state: State): State {
	const {query, cut} = fitQuery(state.query);
	if (!query) return {...state, message: 'type what to look for, then Ctrl-R asks Hugging Face'};
	const closed = refresh({...state, mode: 'browse', query: '', message: null, box: {...state.box, boxCursor: null}});
	return withEffect({...closed, remote: {...closed.remote, asking: {query, cut, from: state.query}}}, {kind: 'remote.search', query}, null);
}

/** Esc while the question is on its way: it is dropped, and its answer, should it come, is not shown. */
export function cancelRemote(state: State): State {
	return withEffect(
		refresh({...state, query: state.remote.asking?.from ?? state.query, remote: {...state.remote, asking: null}}),
		{kind: 'remote.cancel'},
		`stopped asking Hugging Face for ${quoted(state.remote.asking?.query ?? '')}`,
	);
}

function remoteScope(start: RemoteStart, back: Extract<Scope, {kind: 'remote'}>['back']): Scope {
	return {kind: 'remote', query: start.query, papers: start.papers, marks: start.marks, partial: start.partial, back};
}

function answered(start: RemoteStart): string {
	const cut = start.cut ? ' (cut to 250 characters, as Hugging Face takes)' : '';
	const none = start.papers.length === 0 ? 'no paper' : plural(start.papers.length, 'paper');
	return `${none} from Hugging Face for ${quoted(start.query)}${cut} · ○ not in the store · Esc comes back`;
}

/** The answers are in: they become the view, unless the question was dropped meanwhile. */
function remoteLoaded(state: State, query: string, answer: SearchAnswer): State {
	if (state.remote.asking?.query !== query) return state;
	const start = {query, cut: state.remote.asking.cut, ...answer};
	const back =
		state.scope.kind === 'remote'
			? state.scope.back
			: {scope: state.scope, sort: state.sort, query: state.remote.asking.from, key: currentPaper(state) ?? null};
	return refresh(
		{
			...state,
			scope: remoteScope(start, back),
			sort: 'answer',
			query: '',
			message: answered(start),
			remote: {...state.remote, asking: null},
		},
		{keepCursor: false},
	);
}

function remoteFailed(state: State, query: string, message: string): State {
	if (state.remote.asking?.query !== query) return state;
	return {...state, message: `could not search Hugging Face: ${message}`, remote: {...state.remote, asking: null}};
}

/** `papers search`: the browser opens on the answers, with the store's days behind them. */
export function openOnAnswer(state: State, start: RemoteStart): State {
	const back = {scope: state.scope, sort: state.sort as ViewSort, query: state.query, key: null};
	return refresh({...state, scope: remoteScope(start, back), sort: 'answer', query: '', message: answered(start)}, {keepCursor: false});
}

/** Esc from the answers: the view as it was, on the same paper. */
export function closeRemote(state: State): State {
	if (state.scope.kind !== 'remote') return state;
	const {back} = state.scope;
	const next = refresh({...state, scope: back.scope, sort: back.sort, query: back.query, message: null}, {keepCursor: false});
	const at = back.key ? next.view.papers.indexOf(back.key) : -1;
	return at >= 0 ? moveTo(next, at) : next;
}

/** Keys of the papers the store holds: an answer not among them is marked. */
export const storeKeys = memoize((papers: readonly Paper[]) => new Set(papers.map(keyOf)));

const withInfo = (state: State, id: string, entry: InfoEntry): State => {
	const infos = new Map(state.remote.infos);
	infos.set(id, entry);
	const next = {...state, remote: {...state.remote, infos}};
	// A search on what cites a paper matches anew once a record comes in.
	return next.view.parsed.terms.some((t) => t.kind === 'linked') ? refresh(next) : next;
};

const infoAsked = (state: State, id: string): State =>
	state.remote.infos.has(id)
		? state
		: {...state, remote: {...state.remote, infos: new Map(state.remote.infos).set(id, {status: 'asking'})}};
const infoLoaded = (state: State, id: string, info: PaperInfo): State => withInfo(state, id, {status: 'ready', info});
const infoFailed = (state: State, id: string, message: string): State => withInfo(state, id, {status: 'failed', message});

function infosKept(state: State, kept: ReadonlyMap<string, PaperInfo>): State {
	const infos = new Map<string, InfoEntry>();
	for (const [id, info] of kept) infos.set(id, {status: 'ready', info});
	for (const [id, entry] of state.remote.infos) if (entry.status !== 'failed' || !infos.has(id)) infos.set(id, entry);
	return refresh({...state, remote: {...state.remote, infos}});
}

type RemoteAction = Extract<
	Action,
	{type: 'remote.loaded' | 'remote.failed' | 'info.asked' | 'info.loaded' | 'info.failed' | 'infos.kept' | DiscussionAction['type']}
>;

const withDiscussion = (state: State, id: string, entry: DiscussionEntry): State =>
	entry.status === 'asking' && state.remote.discussions.has(id)
		? state
		: {...state, remote: {...state.remote, discussions: new Map(state.remote.discussions).set(id, entry)}};

/** The answers from Hugging Face, as they come back: a search's, and the papers' records. */
const STEPS: {[T in RemoteAction['type']]: (state: State, action: Extract<RemoteAction, {type: T}>) => State} = {
	'remote.loaded': (state, action) => remoteLoaded(state, action.query, action.answer),
	'remote.failed': (state, action) => remoteFailed(state, action.query, action.message),
	'info.asked': (state, action) => infoAsked(state, action.id),
	'info.loaded': (state, action) => infoLoaded(state, action.id, action.info),
	'info.failed': (state, action) => infoFailed(state, action.id, action.message),
	'infos.kept': (state, action) => infosKept(state, action.infos),
	'discussion.asked': (state, action) => withDiscussion(state, action.id, {status: 'asking'}),
	'discussion.loaded': (state, action) => withDiscussion(state, action.id, {status: 'ready', discussion: action.discussion}),
	'discussion.failed': (state, action) => withDiscussion(state, action.id, {status: 'failed', message: action.message}),
};

export function hubStep(state: State, action: RemoteAction): State {
	return (STEPS[action.type] as (state: State, action: RemoteAction) => State)(state, action);
}
