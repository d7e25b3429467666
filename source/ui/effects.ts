import type {ReadingLists} from '../lists/model.js';
import type {ListsService} from '../lists/service.js';
import {sanitizeLine} from '../output/sanitize.js';
import {errorMessage} from '../text.js';
import type {Action, Effect} from './state.js';

/** What the browser needs from outside: a browser opener, and the reading lists. */
export type Services = {
	openUrl: (url: string) => Promise<string | null>;
	lists: ListsService;
	/** Said once at start: a rescued config file, or why lists cannot be opened. */
	startupNotice?: () => Promise<string | null>;
};

const quote = (name: string) => `"${sanitizeLine(name)}"`;

/** Runs one effect; what it did comes back as an action (never a throw: a failure is a footer message). */
export async function runEffect(effect: Effect, services: Services): Promise<Action> {
	try {
		if (effect.kind === 'open') {
			const problem = await services.openUrl(effect.url);
			return {type: 'message', text: problem ?? `opened ${effect.url}`};
		}
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
		}
	} catch (error) {
		return {type: 'message', text: `not saved: ${errorMessage(error)}`};
	}
}
