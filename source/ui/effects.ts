import {shortPath} from '../output/paths.js';
import type {ReadingLists} from '../lists/model.js';
import {sanitizeLine} from '../output/sanitize.js';
import {errorMessage, plural} from '../text.js';
import type {Action, Effect} from './core/model.js';
import type {Services} from './core/services.js';
export type {RefreshResult, Services} from './core/services.js';

const quote = (name: string) => `"${sanitizeLine(name)}"`;

/** The library's effects: a note or tags written, a PDF downloaded or opened, papers sent to Zotero. */
const LIBRARY_KINDS = ['note.set', 'tags.set', 'pdf.fetch', 'pdf.open', 'zotero.send', 'user.run'] as const;
type LibraryEffect = Extract<Effect, {kind: (typeof LIBRARY_KINDS)[number]}>;
const isLibraryEffect = (effect: Effect): effect is LibraryEffect => (LIBRARY_KINDS as readonly string[]).includes(effect.kind);

async function libraryEffect(effect: LibraryEffect, services: Services, signal?: AbortSignal): Promise<Action> {
	switch (effect.kind) {
		case 'note.set': {
			const annotations = await services.lists.setNote(effect.key, effect.text);
			return {
				type: 'annotations.loaded',
				annotations,
				message: annotations.notes[effect.key] ? `note on ${effect.id} kept` : `no note on ${effect.id} now`,
			};
		}
		case 'tags.set': {
			const annotations = await services.lists.setTags(effect.key, effect.add, effect.remove);
			const tags = annotations.tags[effect.key] ?? [];
			return {
				type: 'annotations.loaded',
				annotations,
				message: tags.length ? `tags: ${tags.map((t) => `#${sanitizeLine(t)}`).join(' ')}` : 'no tags',
			};
		}
		case 'pdf.fetch': {
			if (!services.fetchPdf) return {type: 'message', text: 'PDFs are downloaded with papers pdf ID'};
			const file = await services.fetchPdf(effect.id, signal);
			return {type: 'pdf.saved', id: effect.id, file, message: `PDF of ${effect.id} kept (O opens it): ${sanitizeLine(shortPath(file))}`};
		}
		case 'pdf.open':
			return {type: 'message', text: (await services.openPdf?.(effect.file)) ?? `opened ${sanitizeLine(effect.file)}`};
		case 'user.run':
			return {
				type: 'message',
				text: services.runUserCommand ? await services.runUserCommand(effect.command, effect.papers) : 'not from here',
			};
		case 'zotero.send':
			return {
				type: 'message',
				text: services.sendToZotero ? await services.sendToZotero(effect.papers) : 'Zotero is reached with papers zotero',
			};
	}
}

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
			effect.kind === 'remote.cancel' ||
			effect.kind === 'note.edit' ||
			(effect.kind === 'user.run' && effect.command.foreground)
		)
			return {type: 'none'};
		if (isLibraryEffect(effect)) return await libraryEffect(effect, services, signal);
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
				const copy = sanitizeLine(shortPath(result.backup));
				return loaded(result.lists, `removed ${list} (${plural(result.count, 'paper')}); papers lists import brings it back: ${copy}`);
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
		if (effect.kind === 'pdf.fetch') return {type: 'message', text: `no PDF of ${effect.id}: ${errorMessage(error)}`};
		if (effect.kind === 'zotero.send') return {type: 'message', text: errorMessage(error)};
		// "not saved" only for what saves: a command, a PDF opened, a link, failed otherwise.
		const saves =
			effect.kind.startsWith('list.') || effect.kind.startsWith('save.') || effect.kind === 'note.set' || effect.kind === 'tags.set';
		return {type: 'message', text: `${saves ? 'not saved' : 'failed'}: ${errorMessage(error)}`};
	}
}
