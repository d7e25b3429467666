import {shortPath} from '../output/paths.js';
import type {ReadingLists} from '../lists/model.js';
import {quoted, sanitizeLine} from '../output/sanitize.js';
import {errorMessage, plural} from '../text.js';
import type {Action, Effect} from './core/model.js';
import type {Services} from './core/services.js';
import type {SeenProblem} from '../seen/store.js';
export type {RefreshResult, Services} from './core/services.js';

/*
 * Every effect the reducer asks for is run here, by one table keyed by the effect's kind: a kind without its runner
 * does not compile. What an effect did comes back as an action; a failure is a footer message, never a throw.
 */

/** What a runner is given of the browser around it. */
export type EffectContext = {
	services: Services;
	dispatch: (action: Action) => void;
	/** A change of the user's files (or anything after one): run after those before it, one at a time. */
	inTurn: (run: () => Promise<Action>) => void;
	/** A fetch outside that queue (a slow network must not hold a save up), stopped when the browser closes. */
	aside: (run: (signal: AbortSignal) => Promise<Action>) => void;
	startRefresh: (fresh: boolean) => void;
	loadPaper: (id: string, refetch: boolean) => void;
	/** The search sent to Hugging Face, which the browser can stop (Esc). */
	remote: (effect: Extract<Effect, {kind: 'remote.search' | 'remote.cancel'}>) => void;
	/** Bytes for the terminal itself (OSC 52). */
	write: (text: string) => void;
};

type Runner<K extends Effect['kind']> = (effect: Extract<Effect, {kind: K}>, context: EffectContext) => void;

/** OSC 52: the terminal puts the text on the clipboard (over SSH and in tmux too); base64, so nothing in it is read as a command. */
export function clipboardSequence(text: string): string {
	return `\u001b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\u0007`;
}

const loaded = (next: ReadingLists, message: string): Action => ({type: 'lists.loaded', lists: next, message});

/** A failure as the footer says it: "not saved" only for what saves; a command, a PDF opened or a link, "failed". */
function failure(effect: Effect, error: unknown): Action {
	if (effect.kind === 'trending.fetch') return {type: 'trending.failed', message: errorMessage(error)};
	if (effect.kind === 'pdf.fetch') return {type: 'message', text: `no PDF of ${effect.id}: ${errorMessage(error)}`};
	if (effect.kind === 'zotero.send') return {type: 'message', text: errorMessage(error)};
	const saves =
		effect.kind.startsWith('list.') || effect.kind.startsWith('save.') || effect.kind === 'note.set' || effect.kind === 'tags.set';
	return {type: 'message', text: `${saves ? 'not saved' : 'failed'}: ${errorMessage(error)}`};
}

const caught = async (effect: Effect, run: () => Promise<Action>): Promise<Action> => {
	try {
		return await run();
	} catch (error) {
		return failure(effect, error);
	}
};

/** A runner whose work is one action, taken in turn with the changes of the user's files. */
const inTurn =
	<K extends Effect['kind']>(make: (effect: Extract<Effect, {kind: K}>, services: Services) => Promise<Action>): Runner<K> =>
	(effect, context) =>
		context.inTurn(() => caught(effect, () => make(effect, context.services)));

/** What Ctrl-R's search answers, as an action: the answers, or why there are none. */
export async function searchAction(query: string, services: Services, signal?: AbortSignal): Promise<Action> {
	if (!services.searchRemote) return {type: 'remote.failed', query, message: 'not from here'};
	try {
		return {type: 'remote.loaded', query, answer: await services.searchRemote(query, signal)};
	} catch (error) {
		return {type: 'remote.failed', query, message: errorMessage(error)};
	}
}

/** `e`: the note handed to the editor, the terminal with it; a changed note is then kept, in turn. */
const editNote: Runner<'note.edit'> = (effect, context) => {
	const edited = context.services.editText?.(effect.text) ?? {problem: 'notes are edited with papers note ID TEXT'};
	context.dispatch({type: 'redraw'});
	if ('problem' in edited) context.dispatch({type: 'message', text: edited.problem});
	else if (edited.text.trimEnd() === effect.text.trimEnd()) context.dispatch({type: 'message', text: 'the note is as it was'});
	else RUNNERS['note.set']({kind: 'note.set', key: effect.key, id: effect.id, text: edited.text}, context);
};

/** A command of the settings: in the foreground it has the terminal until it ends; else it runs in turn, in the background. */
const runUserCommand: Runner<'user.run'> = (effect, context) => {
	if (effect.command.foreground) {
		const said = context.services.runForeground?.(effect.command, effect.papers) ?? 'not from here';
		context.dispatch({type: 'redraw'});
		context.dispatch({type: 'message', text: said});
		return;
	}
	inTurn<'user.run'>(async (e, s) => ({
		type: 'message',
		text: s.runUserCommand ? await s.runUserCommand(e.command, e.papers) : 'not from here',
	}))(effect, context);
};

const RUNNERS: {[K in Effect['kind']]: Runner<K>} = {
	open: inTurn(async (e, s) => ({type: 'message', text: (await s.openUrl(e.url)) ?? e.note ?? `opened ${e.url}`})),
	'save.toggle': inTurn(async (e, s) => {
		const result = await s.lists.toggle(e.list, e.paper);
		return loaded(result.lists, result.saved ? `★ saved to ${quoted(e.list)}` : `removed from ${quoted(e.list)}`);
	}),
	'save.to': inTurn(async (e, s) => {
		const result = await s.lists.add(e.list, e.paper);
		return loaded(result.lists, result.added ? `★ saved to ${quoted(e.list)}` : `already in ${quoted(e.list)}`);
	}),
	'list.remove': inTurn(async (e, s) => loaded(await s.lists.remove(e.list, e.key), `removed from ${quoted(e.list)} · u undoes`)),
	'list.restore': inTurn(async (e, s) => loaded(await s.lists.restore(e.list, e.entry, e.index), `restored to ${quoted(e.list)}`)),
	'list.read': inTurn(async (e, s) => loaded(await s.lists.setRead(e.list, e.key, e.read), e.read ? 'marked read' : 'marked unread')),
	'list.delete': inTurn(async (e, s) => {
		const result = await s.lists.removeList(e.list);
		const copy = sanitizeLine(shortPath(result.backup));
		return loaded(
			result.lists,
			`removed ${quoted(e.list)} (${plural(result.count, 'paper')}); papers lists import brings it back: ${copy}`,
		);
	}),
	'list.rename': inTurn(async (e, s) => loaded(await s.lists.renameList(e.list, e.to), `renamed ${quoted(e.list)} to ${quoted(e.to)}`)),
	'list.copy': inTurn(async (e, s) => {
		const result = await s.lists.copyList(e.list, e.to);
		return loaded(result.lists, `copied ${plural(result.added, 'paper')} from ${quoted(e.list)} to ${quoted(e.to)}`);
	}),
	'list.move': inTurn(async (e, s) => loaded(await s.lists.movePaper(e.list, e.to, e.paper), `moved to ${quoted(e.to)}`)),
	'seen.mark': inTurn(async (e, s) => seenMarked(s.markSeen?.(e.keys, false) ?? null)),
	'seen.unmark': inTurn(async (e, s) => seenMarked(s.markSeen?.(e.keys, true) ?? null)),
	copy: (e, c) => c.write(clipboardSequence(e.text)),
	refresh: (_e, c) => c.startRefresh(true),
	'trending.fetch': (e, c) =>
		c.aside((signal) =>
			caught(e, async () =>
				c.services.fetchTrending
					? {type: 'trending.loaded', trending: await c.services.fetchTrending(signal)}
					: {type: 'trending.failed', message: 'it is fetched with the store (papers fetch --trending)'},
			),
		),
	'remote.search': (e, c) => c.remote(e),
	'remote.cancel': (e, c) => c.remote(e),
	'note.edit': editNote,
	'note.set': inTurn(async (e, s) => {
		const annotations = await s.lists.setNote(e.key, e.text);
		return {type: 'annotations.loaded', annotations, message: annotations.notes[e.key] ? `note on ${e.id} kept` : `no note on ${e.id} now`};
	}),
	'tags.set': inTurn(async (e, s) => {
		const annotations = await s.lists.setTags(e.key, e.add, e.remove);
		const tags = annotations.tags[e.key] ?? [];
		return {
			type: 'annotations.loaded',
			annotations,
			message: tags.length ? `tags: ${tags.map((t) => `#${sanitizeLine(t)}`).join(' ')}` : 'no tags',
		};
	}),
	'pdf.fetch': inTurn(async (e, s) => {
		if (!s.fetchPdf) return {type: 'message', text: 'PDFs are downloaded with papers pdf ID'};
		const file = await s.fetchPdf(e.id);
		return {type: 'pdf.saved', id: e.id, file, message: `PDF of ${e.id} kept (O opens it): ${sanitizeLine(shortPath(file))}`};
	}),
	'pdf.open': inTurn(async (e, s) => ({type: 'message', text: (await s.openPdf?.(e.file)) ?? `opened ${sanitizeLine(e.file)}`})),
	'zotero.send': inTurn(async (e, s) => ({
		type: 'message',
		text: s.sendToZotero ? await s.sendToZotero(e.papers) : 'Zotero is reached with papers zotero',
	})),
	'user.run': runUserCommand,
	suspend: (_e, c) => {
		c.services.suspend?.();
		c.dispatch({type: 'redraw'});
	},
	'reader.load': (e, c) => c.loadPaper(e.id, e.refetch),
};

const seenMarked = (problem: SeenProblem | null): Action => (problem ? {type: 'seen.failed', ...problem} : {type: 'none'});

/** Runs the effects the reducer asked for, in the order it asked. */
export function runEffects(effects: readonly Effect[], context: EffectContext): void {
	for (const effect of effects) (RUNNERS[effect.kind] as Runner<Effect['kind']>)(effect as never, context);
}
