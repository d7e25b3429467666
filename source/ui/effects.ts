import type {ReadingLists} from '../lists/model.js';
import {sanitizeLine} from '../output/sanitize.js';
import {errorMessage, plural} from '../text.js';
import type {Action, Effect} from './core/model.js';
import type {Services} from './core/services.js';
export type {RefreshResult, Services} from './core/services.js';

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
		if (effect.kind === 'remote.search') {
			if (!services.searchRemote) return {type: 'remote.failed', query: effect.query, message: 'not from here'};
			return {type: 'remote.loaded', query: effect.query, answer: await services.searchRemote(effect.query, signal)};
		}
		if (
			effect.kind === 'refresh' ||
			effect.kind === 'copy' ||
			effect.kind === 'reader.load' ||
			effect.kind === 'suspend' ||
			effect.kind === 'remote.cancel'
		)
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
		if (effect.kind === 'remote.search') return {type: 'remote.failed', query: effect.query, message: errorMessage(error)};
		return {type: 'message', text: `not saved: ${errorMessage(error)}`};
	}
}
