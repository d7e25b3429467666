import type {Paper} from '../digest/paper.js';
import {annotationsLookup, readAnnotations} from '../lists/annotations.js';
import type {PapersPaths} from '../store/paths.js';
import type {Io} from './io.js';
import type {Options} from './options.js';
import {withLinkedCounts} from './hub-commands.js';

/** A query asking what cites a paper (`models:>0`), or the user's own words (`note:`, `tag:`): printing then reads them. */
const LINKED_TERM = /(^|\s)-?(models|datasets|spaces):/i;
const OWN_TERM = /(^|\s)-?(note|tag):/i;

/** The options with what the query's fields need beyond the papers: the kept records, the notes and tags. */
export async function withLookups(options: Options, papers: readonly Paper[], paths: PapersPaths, io: Io): Promise<Options> {
	const text = options.filter.text ?? '';
	let out = options;
	if (LINKED_TERM.test(text)) out = withLinkedCounts(out, papers, paths, io);
	if (OWN_TERM.test(text)) out = {...out, filter: {...out.filter, annotated: annotationsLookup(readAnnotations(paths.config))}};
	return out;
}
