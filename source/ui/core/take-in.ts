import type {Paper} from '../../digest/paper.js';
import type {Slicer} from '../../slices.js';
import type {State} from './model.js';
import {prepareMarks} from './seen.js';
import {prepareOrder} from './view.js';

/**
 * What taking a whole library in would cost one frame (its order for the sort in force, the marks of what is new,
 * the count of new papers), made beforehand a slice at a time: done in that frame, a key pressed meanwhile
 * waited for all of it (bench: `key to frame from the first frame on`). The reducer then finds them made.
 */
export async function prepareLibrary(state: State, papers: readonly Paper[], slices: Slicer): Promise<void> {
	const order = await prepareOrder(papers, state.sort, state.grouping, slices);
	if (state.marks.seen) await prepareMarks(papers, order, state.marks.seen, slices);
}
