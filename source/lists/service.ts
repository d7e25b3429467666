import type {Paper} from '../digest/paper.js';
import type {ListEntry, ReadingLists} from './model.js';

/** Every change is a locked read-modify-write of the file; each answers the lists as they now are on disk. */
export type ListsService = {
	read(): Promise<ReadingLists>;
	toggle(list: string, paper: Paper): Promise<{lists: ReadingLists; saved: boolean}>;
	add(list: string, paper: Paper): Promise<{lists: ReadingLists; added: boolean}>;
	remove(list: string, key: string): Promise<ReadingLists>;
	restore(list: string, entry: ListEntry, index: number): Promise<ReadingLists>;
	setRead(list: string, key: string, read: boolean): Promise<ReadingLists>;
};
