import type {Paper} from '../digest/paper.js';
import type {ListEntry, ReadingLists} from './model.js';
import type {Annotations} from './annotations.js';

/** Every change is a locked read-modify-write of the file; each answers the lists as they now are on disk. */
export type ListsService = {
	read(): Promise<ReadingLists>;
	/** Each list's Hugging Face collection (its slug), for those that have one. */
	collections?(): Promise<Readonly<Record<string, string>>>;
	toggle(list: string, paper: Paper): Promise<{lists: ReadingLists; saved: boolean}>;
	add(list: string, paper: Paper): Promise<{lists: ReadingLists; added: boolean}>;
	remove(list: string, key: string): Promise<ReadingLists>;
	restore(list: string, entry: ListEntry, index: number): Promise<ReadingLists>;
	setRead(list: string, key: string, read: boolean): Promise<ReadingLists>;
	/** Removes a whole list, a copy kept first in removed-lists/: answers where, and how many papers it held. */
	removeList(list: string): Promise<{lists: ReadingLists; backup: string; count: number}>;
	renameList(from: string, to: string): Promise<ReadingLists>;
	/** Into a new list, or the papers an existing one lacks: answers how many went in. */
	copyList(from: string, to: string): Promise<{lists: ReadingLists; added: number}>;
	movePaper(from: string, to: string, paper: Paper): Promise<ReadingLists>;
	/** The notes and tags, by paper key. */
	annotations(): Promise<Annotations>;
	/** Sets a paper's note (null or empty: removes it); answers the notes and tags as they now are. */
	setNote(key: string, text: string | null): Promise<Annotations>;
	setTags(key: string, add: readonly string[], remove: readonly string[]): Promise<Annotations>;
};
