import {readAnnotations} from '../lists/annotations.js';
import {slugsOf} from '../lists/collections.js';
import {readLists} from '../lists/read.js';
import type {OpenedLists} from '../lists/store.js';
import type {Services} from '../ui/effects.js';

/** The reading lists as the browser reaches them: read plainly at start, opened (conf, the lock) on first change. */
export function listServices(dir: string): Pick<Services, 'lists' | 'startupNotice'> {
	let opening: Promise<OpenedLists> | undefined;
	const lists = () => (opening ??= import('../lists/store.js').then(({openLists}) => openLists({dir})));
	let notice: string | null = null;
	return {
		lists: {
			read: async () => {
				const read = readLists(dir);
				notice = read.notice;
				return read.lists;
			},
			collections: async () => slugsOf(dir),
			toggle: async (list, paper) => (await lists()).service.toggle(list, paper),
			add: async (list, paper) => (await lists()).service.add(list, paper),
			remove: async (list, key) => (await lists()).service.remove(list, key),
			restore: async (list, entry, index) => (await lists()).service.restore(list, entry, index),
			setRead: async (list, key, read) => (await lists()).service.setRead(list, key, read),
			removeList: async (list) => (await lists()).service.removeList(list),
			renameList: async (from, to) => (await lists()).service.renameList(from, to),
			copyList: async (from, to) => (await lists()).service.copyList(from, to),
			movePaper: async (from, to, paper) => (await lists()).service.movePaper(from, to, paper),
			annotations: async () => readAnnotations(dir),
			setNote: async (key, text) => (await lists()).service.setNote(key, text),
			setTags: async (key, add, remove) => (await lists()).service.setTags(key, add, remove),
		},
		startupNotice: async () => notice,
	};
}
