import {formatPapers} from '../output/format.js';
import type {Library} from '../sources/load.js';
import {printWidth, say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {describeFilter, nothingTodayMessage, selectPapers} from './select.js';

/** `papers --print`: the papers on stdout, notes on stderr. An empty answer says why, and is still exit 0. */
export async function printPapers(library: Library, options: Options, io: Io): Promise<number> {
	const papers = selectPapers(library.papers, options);
	if (papers.length === 0 && library.papers.length > 0) {
		const filters = describeFilter(options);
		if (options.todayOnly && filters === '--today') {
			say(io, nothingTodayMessage(library.papers, options.today));
			return 0;
		}
		if (filters) say(io, `no papers match: ${filters}`);
	}
	await writeOut(io, formatPapers(papers, options.format, {width: printWidth(io)}));
	return 0;
}
