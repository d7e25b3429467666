import {dayOfTimestamp, isIsoDate} from './dates.js';
import {foldSpace, makePaper, paperUrl, type ParseResult, type Paper, type Warning} from './paper.js';

/*
 * /api/daily_papers answers a list of items: {paper: {id, title, summary, authors: [{name}], upvotes, ...},
 * publishedAt, title, numComments, organization?}. The shape grew over the years (submittedOnDailyAt in 2025,
 * organization and githubStars in 2026); papers' own --format json output (a list of Paper) loads here too.
 */

type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: Json): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: Json): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

export type ApiOptions = {
	source: string;
	/** The day the file was fetched for (from its name, or the fetch); it wins over dates inside items. */
	date?: string | null;
};

/** A date in a file name like `2025-09-30.json`, which archives and our own store use. */
export function dateFromFileName(name: string): string | null {
	const m = /(\d{4}-\d{2}-\d{2})(?:\.[a-z]+)?$/i.exec(name);
	return m && isIsoDate(m[1]!) ? m[1]! : null;
}

export function parseApiText(text: string, options: ApiOptions): ParseResult {
	let value: Json;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		return {papers: [], warnings: [{source: options.source, message: `not valid JSON (${(error as Error).message})`}]};
	}
	return parseApiValue(value, options);
}

export function parseApiValue(value: Json, options: ApiOptions): ParseResult {
	const warnings: Warning[] = [];
	const warn = (message: string) => warnings.push({source: options.source, message});
	if (!Array.isArray(value)) {
		if (isObject(value) && typeof value.error === 'string') warn(`the API answered an error: ${foldSpace(value.error).slice(0, 200)}`);
		else warn(`expected a list of papers, found ${isObject(value) ? 'an object' : typeof value}`);
		return {papers: [], warnings};
	}
	const papers: Paper[] = [];
	const skipped = new Map<string, number>();
	value.forEach((item) => {
		const result = itemToPaper(item, options.date ?? null);
		if (typeof result === 'string') skipped.set(result, (skipped.get(result) ?? 0) + 1);
		else papers.push(result);
	});
	for (const [reason, count] of skipped) warn(`${count} ${count === 1 ? 'item' : 'items'} skipped: ${reason}`);
	return {papers, warnings};
}

/** A Paper, or why the item was skipped. */
function itemToPaper(item: Json, fileDate: string | null): Paper | string {
	if (!isObject(item)) return `${item === null ? 'null' : typeof item} instead of an object`;
	if (isObject(item.paper)) return apiItemToPaper(item, item.paper, fileDate);
	if (typeof item.title === 'string' && ('abstract' in item || 'upvotes' in item)) return savedPaperToPaper(item);
	return 'no paper in the item';
}

function apiItemToPaper(item: Record<string, Json>, paper: Record<string, Json>, fileDate: string | null): Paper | string {
	const title = foldSpace(str(item.title) ?? str(paper.title) ?? '');
	if (!title) return 'no title';
	const id = str(paper.id) ?? null;
	const authors = Array.isArray(paper.authors)
		? paper.authors.flatMap((a) => {
				const name = isObject(a) ? (str(a.name) ?? (isObject(a.user) ? str(a.user.fullname) : undefined)) : str(a);
				return name ? [foldSpace(name)] : [];
			})
		: [];
	const org = isObject(item.organization) ? item.organization : isObject(paper.organization) ? paper.organization : null;
	const organization = org ? (str(org.fullname) ?? str(org.name) ?? null) : null;
	const githubRepo = str(paper.githubRepo);
	const githubStars = num(paper.githubStars);
	const aiSummary = str(paper.ai_summary);
	const comments = num(item.numComments);
	return makePaper({
		id: id && /^[\w./-]{1,64}$/.test(id) ? id : null,
		title,
		abstract: foldSpace(str(paper.summary) ?? str(item.summary) ?? ''),
		authors,
		authorCount: Array.isArray(paper.authors) ? authors.length : null,
		organization: organization ? foldSpace(organization) : null,
		date: fileDate ?? dayOfTimestamp(paper.submittedOnDailyAt) ?? dayOfTimestamp(item.publishedAt),
		upvotes: Math.max(0, Math.round(num(paper.upvotes) ?? 0)),
		...(comments === undefined ? {} : {comments}),
		...(githubRepo ? {githubRepo} : {}),
		...(githubStars === undefined ? {} : {githubStars}),
		...(aiSummary ? {aiSummary: foldSpace(aiSummary)} : {}),
	});
}

/** A Paper as papers itself writes it (--format json/jsonl, reading lists): trusted for shape, checked for types. */
export function savedPaperToPaper(item: Record<string, Json>): Paper | string {
	const title = str(item.title);
	if (!title || !title.trim()) return 'no title';
	const id = str(item.id) ?? null;
	const authors = Array.isArray(item.authors) ? item.authors.filter((a): a is string => typeof a === 'string') : [];
	const date = str(item.date);
	return makePaper({
		id,
		title,
		abstract: str(item.abstract) ?? '',
		authors,
		authorCount: num(item.authorCount) ?? null,
		organization: str(item.organization) ?? null,
		date: date && isIsoDate(date) ? date : null,
		upvotes: num(item.upvotes) ?? 0,
		url: str(item.url) ?? paperUrl(id),
		...(num(item.comments) === undefined ? {} : {comments: num(item.comments)}),
		...(str(item.githubRepo) ? {githubRepo: str(item.githubRepo)} : {}),
		...(num(item.githubStars) === undefined ? {} : {githubStars: num(item.githubStars)}),
		...(str(item.aiSummary) ? {aiSummary: str(item.aiSummary)} : {}),
	});
}

/** One JSON value per line, as --format jsonl writes; a bad line is skipped with its number. */
export function parseJsonLines(text: string, options: ApiOptions): ParseResult {
	const papers: Paper[] = [];
	const warnings: Warning[] = [];
	text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, index) => {
		if (!line.trim()) return;
		let value: Json;
		try {
			value = JSON.parse(line);
		} catch {
			warnings.push({source: options.source, line: index + 1, message: 'not valid JSON; line skipped'});
			return;
		}
		const result = itemToPaper(value, options.date ?? null);
		if (typeof result === 'string') warnings.push({source: options.source, line: index + 1, message: `skipped: ${result}`});
		else papers.push(result);
	});
	return {papers, warnings};
}
