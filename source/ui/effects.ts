import type {Paper} from '../digest/paper.js';
import type {ReadingLists} from '../lists/model.js';
import type {ListsService} from '../lists/service.js';
import {sanitizeLine} from '../output/sanitize.js';
import {errorMessage, plural} from '../text.js';
import type {Action, Effect, TrendingSnapshot} from './model.js';

/** What a background refresh brought: the library anew (null: nothing changed), how many papers are new, what failed. */
export type RefreshResult = {
	papers: Paper[] | null;
	origin?: string;
	added: number;
	failure: string | null;
	/** Papers held before whose upvotes or comments moved. */
	changed?: number;
};

/** What the browser needs from outside: a browser opener, the reading lists, seen marks, the refresh. */
export type Services = {
	/** Keeps seen marks; answers a problem to say once, or null. */
	markSeen?: (keys: readonly string[], unseen?: boolean) => string | null;
	/** The whole store, when the browser started from its head (the newest days): loaded after the first frame. */
	loadRest?: () => Promise<Paper[]>;
	/** A paper's full text (the cache, else fetched); throws with one line when it cannot be had. */
	readPaper?: (id: string, options: {signal: AbortSignal; refetch: boolean}) => Promise<string>;
	/** Catches the store up (only when the papers came from it); `held` is what the browser shows now. */
	refresh?: (
		held: readonly Paper[],
		signal: AbortSignal,
		onStart: (days: number) => void,
		/** How far it got: days done, and the oldest day fetched so far (it goes newest first). */
		onProgress?: (done: number, reached: string | null) => void,
		/** `R`: today and yesterday again, however fresh their files. */
		fresh?: boolean,
	) => Promise<RefreshResult>;
	openUrl: (url: string) => Promise<string | null>;
	/** Ctrl-Z: stops papers as a shell job; returns once it runs again. */
	suspend?: () => void;
	/** Fetches the trending list into the store, and answers it; throws with one line. */
	fetchTrending?: (signal?: AbortSignal) => Promise<TrendingSnapshot>;
	/** Watches the store for days written by someone else; answers how to stop watching. */
	watchStore?: (changed: () => void) => () => void;
	/** The store read again, whole, when it changed under the browser. */
	reloadStore?: () => Promise<readonly Paper[]>;
	lists: ListsService;
	/** Said once at start: a rescued config file, or why lists cannot be opened. */
	startupNotice?: () => Promise<string | null>;
};

const quote = (name: string) => `"${sanitizeLine(name)}"`;

/** Runs one effect; what it did comes back as an action (never a throw: a failure is a footer message). */
export async function runEffect(effect: Effect, services: Services, signal?: AbortSignal): Promise<Action> {
	try {
		if (effect.kind === 'open') {
			const problem = await services.openUrl(effect.url);
			return {type: 'message', text: problem ?? effect.note ?? `opened ${effect.url}`};
		}
		if (effect.kind === 'seen.mark' || effect.kind === 'seen.unmark') {
			const problem = services.markSeen?.(effect.keys, effect.kind === 'seen.unmark') ?? null;
			return problem ? {type: 'seen.failed', text: problem} : {type: 'none'};
		}
		if (effect.kind === 'trending.fetch') {
			if (!services.fetchTrending) return {type: 'trending.failed', message: 'it is fetched with the store (papers fetch --trending)'};
			return {type: 'trending.loaded', trending: await services.fetchTrending(signal)};
		}
		if (effect.kind === 'refresh' || effect.kind === 'copy' || effect.kind === 'reader.load' || effect.kind === 'suspend')
			return {type: 'none'};
		const lists = services.lists;
		const loaded = (next: ReadingLists, message: string): Action => ({type: 'lists.loaded', lists: next, message});
		const list = quote(effect.list);
		switch (effect.kind) {
			case 'save.toggle': {
				const result = await lists.toggle(effect.list, effect.paper);
				return loaded(result.lists, result.saved ? `★ saved to ${list}` : `removed from ${list}`);
			}
			case 'save.to': {
				const result = await lists.add(effect.list, effect.paper);
				return loaded(result.lists, result.added ? `★ saved to ${list}` : `already in ${list}`);
			}
			case 'list.remove':
				return loaded(await lists.remove(effect.list, effect.key), `removed from ${list} · u undoes`);
			case 'list.restore':
				return loaded(await lists.restore(effect.list, effect.entry, effect.index), `restored to ${list}`);
			case 'list.read':
				return loaded(await lists.setRead(effect.list, effect.key, effect.read), effect.read ? 'marked read' : 'marked unread');
			case 'list.delete': {
				const result = await lists.removeList(effect.list);
				return loaded(result.lists, `removed ${list} (${plural(result.count, 'paper')}); a copy is kept in ${sanitizeLine(result.backup)}`);
			}
			case 'list.rename':
				return loaded(await lists.renameList(effect.list, effect.to), `renamed ${list} to ${quote(effect.to)}`);
			case 'list.copy': {
				const result = await lists.copyList(effect.list, effect.to);
				return loaded(result.lists, `copied ${plural(result.added, 'paper')} from ${list} to ${quote(effect.to)}`);
			}
			case 'list.move':
				return loaded(await lists.movePaper(effect.list, effect.to, effect.paper), `moved to ${quote(effect.to)}`);
		}
	} catch (error) {
		if (effect.kind === 'trending.fetch') return {type: 'trending.failed', message: errorMessage(error)};
		return {type: 'message', text: `not saved: ${errorMessage(error)}`};
	}
}
