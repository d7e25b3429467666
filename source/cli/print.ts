import {formatPapers} from '../output/format.js';
import type {Library} from '../sources/load.js';
import {printWidth, say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {nothingTodayMessage, selectPapers} from './select.js';

/** `papers --print`: the papers on stdout, notes on stderr. Returns the exit code. */
export async function printPapers(library: Library, options: Options, io: Io): Promise<number> {
	const papers = selectPapers(library.papers, options);
	if (papers.length === 0 && options.todayOnly) {
		say(io, nothingTodayMessage(library.papers, options.today));
		return 0;
	}
	await writeOut(io, formatPapers(papers, options.format, {width: printWidth(io)}));
	return 0;
}
