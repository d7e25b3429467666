import {readLists} from '../lists/read.js';
import type {ReadingLists} from '../lists/model.js';
import {quoted, sanitizeLine} from '../output/sanitize.js';
import type {Library} from './load.js';

/** A reading list as a source of papers, like a file or the store; a missing one is an error naming those that exist. */
export function loadReadingList(dir: string, name: string): {library: Library; lists: ReadingLists; notice: string | null} {
	const {lists, notice} = readLists(dir);
	const entries = Object.hasOwn(lists, name) ? lists[name] : undefined;
	if (!entries) {
		const names = Object.keys(lists);
		const known = names.length ? `the lists are: ${names.map(sanitizeLine).join(', ')}` : 'there are no lists yet';
		return {
			library: {
				papers: [],
				warnings: [],
				errors: [`no reading list ${quoted(name)}; ${known}`],
				origin: `list ${name}`,
				isSample: false,
				failed: true,
			},
			lists,
			notice,
		};
	}
	const papers = entries.map((e) => e.paper);
	return {library: {papers, warnings: [], errors: [], origin: `list ${name}`, isSample: false, failed: false}, lists, notice};
}
