import {Writable} from 'node:stream';
import type {McpServer} from '@modelcontextprotocol/sdk/server/mcp.js';
import {z} from 'zod';
import {parseQuery} from '../digest/query.js';
import {searchPapers} from '../digest/search.js';
import {fitQuery} from '../digest/parse-search.js';
import {SEARCH_LIMIT} from '../fetch/hf-papers.js';
import {sanitizeLine, sanitizeText} from '../output/sanitize.js';
import {searchHuggingFace} from '../services/paper-info.js';
import {loadPaperText} from '../services/paper-text.js';
import {withLookups} from '../cli/lookups.js';
import {errorMessage, plural} from '../text.js';
import {briefs, findPaper, idFrom, mine, optionsFor, type McpContext} from './context.js';
import {briefShape, briefText, whole, wholeShape, wholeText} from './shapes.js';
import {addTool} from './tool.js';
import {ToolError} from './tool-error.js';

/* The tools that find and read papers: search_papers, get_paper, read_paper (list_papers is in list-tools.ts). */

export const ID = z.string().min(1).max(200).describe('an arXiv id (2608.19880), or a Hugging Face or arXiv link to the paper');

/** An Io whose notes (a service's side remarks) are kept for the answer instead of written to stderr. */
export function noting(context: McpContext): {io: McpContext['io']; notes: string[]} {
	const notes: string[] = [];
	const stderr = new Writable({
		write(chunk: Buffer | string, _encoding, done) {
			for (const l of String(chunk).split('\n')) if (l.trim()) notes.push(l.replace(/^papers: /, ''));
			done();
		},
	});
	return {io: {...context.io, stderr}, notes};
}

const listAnswer = {
	source: z.string().describe('where the papers come from: the store, the bundled sample (the store is empty), or Hugging Face'),
	total: z.number().describe('how many matched, before the limit'),
	notes: z.array(z.string()),
	papers: z.array(briefShape),
};

const textOf = (head: string, notes: readonly string[], lines: readonly string[]) =>
	[head, ...notes.map((n) => `(${n})`), '', ...lines].join('\n').trimEnd();

async function searchStore(query: string, limit: number, context: McpContext) {
	const parsed = parseQuery(query);
	if (!parsed.ok) throw new ToolError(`query ${JSON.stringify(sanitizeLine(query))}: ${parsed.problem}`);
	const held = await context.library.current();
	const {io, notes} = noting(context);
	const options = await withLookups(optionsFor(context, {search: query}), held.papers, context.paths, io);
	const {linked, annotated} = options.filter;
	const lookups = {...(linked ? {linked} : {}), ...(annotated ? {annotated} : {})};
	const found = searchPapers(held.papers, {...parsed.query, ...lookups}, held.index());
	// The held papers are in the command line's order already, and a search keeps it (the tests hold them to --search).
	const all = found;
	const source = held.isSample ? 'the bundled sample (the store is empty: papers fetch gets the latest days)' : 'the store';
	return {source, total: all.length, notes: [...(parsed.query.notes ?? []), ...notes], papers: briefs(all.slice(0, limit), mine(context))};
}

async function searchRemote(query: string, limit: number, context: McpContext) {
	if (context.options.offline)
		throw new ToolError('papers mcp runs offline (PAPERS_OFFLINE=1): Hugging Face cannot be asked; search without remote');
	const fitted = fitQuery(query);
	const notes = fitted.cut ? ["the query was cut to Hugging Face's 250 characters"] : [];
	const answer = await searchHuggingFace(fitted.query, Math.min(limit, SEARCH_LIMIT.max), context.options, context.io).catch(
		(error: unknown) => {
			throw new ToolError(`Hugging Face's search: ${errorMessage(error)}`);
		},
	);
	notes.push(...answer.skipped);
	return {
		source: 'Hugging Face (every paper it indexes)',
		total: answer.papers.length,
		notes,
		papers: briefs(answer.papers, mine(context)),
	};
}

export function registerReadTools(server: McpServer, context: McpContext): void {
	addTool(server, context, {
		name: 'search_papers',
		title: 'Search papers',
		description:
			"Search the user's local store of Hugging Face Daily Papers (every day they fetched) with papers' search language: words (or their starts), \"a phrase\", -word, field:word for title author org id kw (AI keywords) user submitter note tag, upvotes:>50, models:>0 datasets:>0 spaces:>0. Newest day first, most upvoted first within a day. remote: true asks Hugging Face's search of every paper it indexes instead (words only).",
		input: {
			query: z.string().min(1).max(500).describe('what to look for, in the search language'),
			limit: z.number().int().min(1).max(200).default(20).describe('at most this many papers (remote: at most 120)'),
			remote: z.boolean().default(false).describe("ask Hugging Face's search of all papers, not the local store"),
		},
		output: {query: z.string(), ...listAnswer},
		openWorld: true,
		async run({query, limit, remote}, ctx) {
			const found = remote ? await searchRemote(query, limit, ctx) : await searchStore(query, limit, ctx);
			const head = `${plural(found.total, 'paper')} for ${JSON.stringify(sanitizeLine(query))} in ${found.source}${found.total > found.papers.length ? `, the first ${found.papers.length}` : ''}`;
			return {
				text: textOf(
					head,
					found.notes,
					found.papers.map((p, i) => briefText(p, i + 1)),
				),
				data: {query, ...found},
			};
		},
	});

	addTool(server, context, {
		name: 'get_paper',
		title: 'Get a paper',
		description:
			"One paper whole, as papers' browser shows it: title, authors, dates, upvotes, comments, organisation, every link, Hugging Face's AI summary and keywords (AI-made, labelled so), the abstract, the user's note and tags, the reading lists holding it, and the models, datasets and Spaces citing it when papers keeps its record. From the store, the reading lists or kept records: nothing is fetched.",
		input: {id: ID},
		output: {paper: wholeShape},
		async run({id}, ctx) {
			const my = mine(ctx);
			const {paper, info} = await findPaper(ctx, id, my);
			const answer = whole(paper, {...my.own(paper), lists: my.holding(paper), info});
			return {text: wholeText(answer), data: {paper: answer}};
		},
	});

	addTool(server, context, {
		name: 'read_paper',
		title: "Read a paper's full text",
		description:
			"A paper's full text as markdown (Hugging Face's rendering of the arXiv paper; kept once read, as papers' reader keeps it), a part at a time: max_chars from offset, and next_offset to go on from (null at the end).",
		input: {
			id: ID,
			offset: z.number().int().min(0).default(0).describe('where to start, in characters'),
			max_chars: z.number().int().min(500).max(100_000).default(20_000).describe('at most this many characters'),
		},
		output: {id: z.string(), offset: z.number(), total: z.number(), next_offset: z.number().nullable(), text: z.string()},
		openWorld: true,
		async run({id: given, offset, max_chars}, ctx) {
			const id = idFrom(given);
			const {io, notes} = noting(ctx);
			const loaded = await loadPaperText(id, ctx.options, ctx.paths.store, {...io, say: (l) => notes.push(l)}).catch((error: unknown) => {
				throw new ToolError(`${id}: ${errorMessage(error)}`);
			});
			const all = sanitizeText(loaded.markdown);
			if (offset > 0 && offset >= all.length)
				throw new ToolError(`offset ${offset} is past the end of ${id}'s text (${all.length} characters)`);
			const text = all.slice(offset, offset + max_chars);
			const next = offset + text.length < all.length ? offset + text.length : null;
			const data = {id, offset, total: all.length, next_offset: next, text};
			const tail = next === null ? '[the end]' : `[${all.length - next} characters more: read_paper with offset ${next}]`;
			return {text: `${text}\n\n${tail}`, data};
		},
	});
}
