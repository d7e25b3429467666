import {countsOf, infoLines, LINKED_KINDS, type PaperInfo} from '../digest/paper-info.js';
import {fitQuery, type RemoteStart} from '../digest/parse-search.js';
export type {RemoteStart} from '../digest/parse-search.js';
import type {Paper} from '../digest/paper.js';
import {parseQuery} from '../digest/query.js';
import {filterPapers} from '../digest/collection.js';
import {FetchError} from '../fetch/hf-api.js';
import {SEARCH_LIMIT} from '../fetch/hf-papers.js';
import {formatPapers} from '../output/format.js';
import {jsonSafe, quoted, sanitizeLine, sanitizeText} from '../output/sanitize.js';
import {infoLoader, searchHuggingFace} from '../services/paper-info.js';
import {loadReadingList} from '../sources/reading-list.js';
import {annotatedFrom} from '../lists/annotations.js';
import {capRecord, readInfo} from '../store/info-cache.js';
import type {PapersPaths} from '../store/paths.js';
import {readStore} from '../store/store.js';
import {errorMessage, plural} from '../text.js';
import {RuntimeError, UsageError} from './errors.js';
import {printWidth, say, writeOut, type Io} from './io.js';
import {daysToFetch, type Options} from './options.js';
import {paperIdOf} from '../output/links.js';

/*
 * The commands that reach past the store: `papers search` (every paper Hugging Face indexes), `papers info ID` (a
 * paper's record: what cites it) and `papers fetch --info` (the records of many papers, within the API's budget).
 */

export async function hubCommand(
	options: Options,
	paths: PapersPaths,
	io: Io,
	interactive: boolean,
	browse?: (start: RemoteStart) => Promise<number>,
): Promise<number> {
	if (options.command === 'info') return infoCommand(options, paths, io);
	if (options.command === 'fetch') return fetchInfo(options, paths, io);
	const {query, cut} = fitQuery(options.inputs.join(' '));
	if (cut) say(io, `the query is over 250 characters, Hugging Face's limit: sent up to "…${sanitizeLine(query.slice(-30))}"`);
	let answer;
	try {
		answer = await searchHuggingFace(query, options.limit ?? SEARCH_LIMIT.default, options, io);
	} catch (error) {
		throw new RuntimeError(`papers search: ${errorMessage(error)}`);
	}
	for (const line of answer.skipped) say(io, `warning: ${line}`);
	if (interactive && browse) return browse({query, cut, papers: answer.papers, marks: answer.marks, partial: answer.partial});
	if (answer.papers.length === 0) say(io, `Hugging Face has no paper for ${quoted(query)}`);
	await writeOut(io, formatPapers(annotatedFrom(paths.config, answer.papers), options.format, {width: printWidth(io)}));
	return 0;
}

async function infoCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const id = paperIdOf(options.inputs[0]!);
	if (!id) throw new UsageError(`${options.inputs[0]} is not a paper id or a Hugging Face or arXiv link`);
	let info: PaperInfo;
	let raw: unknown;
	try {
		({info, raw} = await infoLoader(options, paths.store, {...io, say: (line) => say(io, line)})(id, {refetch: options.force}));
	} catch (error) {
		throw new RuntimeError(`${id}: ${errorMessage(error)}`);
	}
	if (options.format === 'json') {
		// The record as Hugging Face gave it (cut to bounds when kept), its C1 and bidi characters escaped: inert anywhere.
		await writeOut(io, `${jsonSafe(JSON.stringify(capRecord(raw) ?? {id, indexed: info.indexed, fetchedAt: info.fetchedAt}, null, 2))}\n`);
		return 0;
	}
	const head = info.paper
		? [sanitizeLine(info.paper.title), `https://huggingface.co/papers/${id}`, '']
		: [`https://huggingface.co/papers/${id}`, ''];
	const body = [...head, ...infoLines(info, Number.MAX_SAFE_INTEGER).map(sanitizeText)];
	await writeOut(io, `${body.join('\n')}\n`);
	return 0;
}

/** `papers fetch --info`: the records of the selected days' papers (or a list's), one line each. */
async function fetchInfo(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const papers = options.list ? listPapersOf(options.list, paths) : await storedPapersOf(options, paths);
	const ids = [...new Set(papers.flatMap((p) => (p.id ? [p.id] : [])))];
	if (ids.length === 0) {
		say(io, 'no papers with an id to ask about: fetch their days first (papers fetch --days N)');
		return 1;
	}
	const load = infoLoader(options, paths.store, {...io, say: (line) => say(io, line)});
	let failed = 0;
	let stop: string | null = null;
	// Two at a time (the loader's own limit), in order: the lines come out as each paper's turn ends.
	const runs = ids.map((id) =>
		load(id, {refetch: options.force}).then(
			({info, cached}) => ({id, line: `${id}  ${summary(info)}${cached ? ' (kept)' : ''}`}),
			(error: unknown) => ({id, error}),
		),
	);
	for (const [i, run] of runs.entries()) {
		const done = await run;
		if ('line' in done) {
			if (!options.quiet) await writeOut(io, `${sanitizeLine(done.line)}\n`);
			continue;
		}
		failed++;
		if (done.error instanceof FetchError && done.error.unreachable) {
			stop = `${errorMessage(done.error)}; ${plural(ids.length - i, 'paper')} not asked about`;
			break;
		}
		say(io, `${done.id}: ${errorMessage(done.error)}`);
	}
	if (stop) say(io, stop);
	return failed > 0 ? 1 : 0;
}

function summary(info: PaperInfo): string {
	if (!info.indexed) return 'not indexed by Hugging Face';
	const counts = countsOf(info);
	return LINKED_KINDS.map((k) => `${k} ${counts[k]}`).join(' · ');
}

function listPapersOf(name: string, paths: PapersPaths): readonly Paper[] {
	const {library} = loadReadingList(paths.config, name);
	if (library.failed) throw new RuntimeError(library.errors[0]!);
	return library.papers;
}

/** The stored papers of the days asked for (`--days`, `--date`, `--since`, `--week`, `--month`; today without them). */
async function storedPapersOf(options: Options, paths: PapersPaths): Promise<Paper[]> {
	const days = new Set(daysToFetch(options));
	return (await readStore(paths.store)).papers.filter((p) => p.date !== null && days.has(p.date));
}

/**
 * `models:>0` and its kin on the command line: the counts of the records kept, and a line saying how many papers
 * have none (they match none of these terms) and how to fill them.
 */
export function withLinkedCounts(options: Options, papers: readonly Paper[], paths: PapersPaths, io: Io): Options {
	const parsed = options.filter.text ? parseQuery(options.filter.text) : null;
	if (!parsed?.ok || !parsed.query.terms.some((t) => t.kind === 'linked')) return options;
	const records = new Map<string, PaperInfo>();
	const inRange = filterPapers(papers, {...options.filter, text: null});
	for (const p of inRange)
		if (p.id && !records.has(p.id)) {
			const cached = readInfo(paths.store, p.id);
			if (cached) records.set(p.id, cached.info);
		}
	const lacking = inRange.filter((p) => !p.id || !records.has(p.id)).length;
	if (lacking > 0)
		say(
			io,
			`${plural(lacking, 'paper')} without a kept Hugging Face record match no models:, datasets: or spaces: term (papers fetch --info fills them)`,
		);
	const linked = (p: {id: string | null}) => {
		const info = p.id ? records.get(p.id) : undefined;
		return info ? countsOf(info) : undefined;
	};
	return {...options, filter: {...options.filter, linked}};
}
