import {paperKey, type Paper} from '../digest/paper.js';
import {formatPapers} from '../output/format.js';
import {utf8Locale} from '../digest/groups.js';
import {appendSeen, readSeen} from '../seen/store.js';
import {annotatedFrom} from '../lists/annotations.js';
import type {Library} from '../sources/load.js';
import {printWidth, say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {describeFilter, selectPapers} from './select.js';

/** `papers --print`: the papers on stdout, notes on stderr. An empty answer says why, and is still exit 0. */
export async function printPapers(
	library: Library,
	options: Options,
	io: Io,
	seenFile: string,
	order: ((papers: Paper[]) => Paper[]) | null = null,
	/** Where the notes and tags are kept: the formats that hold them carry them. */
	configDir: string | null = null,
): Promise<number> {
	const selected = selectPapers(library.papers, {...options, order});
	const papers = configDir ? annotatedFrom(configDir, selected) : selected;
	if (papers.length === 0 && library.papers.length > 0) {
		const filters = describeFilter(options);
		if (filters && !(options.todayOnly && filters === '--today')) say(io, `no papers match: ${filters}`);
	}
	const selection = [
		options.list === null ? '' : `list "${options.list}"`,
		options.trending ? 'trending' : '',
		describeFilter(options),
		options.onlyNew ? 'new' : '',
	].filter(Boolean);
	const delivered = await writeOut(
		io,
		formatPapers(papers, options.format, {
			width: printWidth(io),
			grouping: options.grouping,
			spark: utf8Locale(io.env),
			selection: selection.join(' '),
			today: options.today,
		}),
	);
	// Printing is not looking: only --mark-seen marks what was printed, once the reader has it all (a reader that
	// left early, `| head`, did not see the rest; a write that failed has thrown before this).
	if (options.markSeen && delivered) {
		// Only what is not marked yet: the file is a record, and would otherwise grow by every cron run.
		const {keys} = readSeen(seenFile);
		const problem = appendSeen(
			seenFile,
			[...new Set(papers.map(paperKey))].filter((k) => !keys.has(k)),
		);
		if (problem) say(io, problem.text);
	}
	return 0;
}
