import {dayOfTimestamp, isIsoDate} from './dates.js';
import {foldSpace, paperUrl, type ParseResult, type Paper, type Warning} from './paper.js';
import {savedPaperToPaper} from './saved-paper.js';
import {jsonProblem} from './json-error.js';
import {plural, stripBom} from '../text.js';

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
	const body = stripBom(text);
	try {
		value = JSON.parse(body);
	} catch {
		return {papers: [], warnings: [{source: options.source, message: jsonProblem(body)}]};
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
	for (const [reason, count] of skipped) warn(`${plural(count, 'item')} skipped: ${reason}`);
	return {papers, warnings};
}

const HTTP_URL = /^https?:\/\/[^\s\u0000-\u001f]+$/;

/** The fields Hugging Face puts on the item or under `paper`, as real answers show both: the paper's first. */
function addExtras(result: Paper, item: Record<string, Json>, paper: Record<string, Json>): void {
	const pick = (name: string): Json => (paper[name] !== undefined && paper[name] !== null ? paper[name] : item[name]);
	const comments = num(pick('numComments'));
	if (comments !== undefined) result.comments = comments;
	const repo = str(pick('githubRepo'));
	if (repo && HTTP_URL.test(repo)) result.githubRepo = repo;
	const stars = num(pick('githubStars'));
	if (stars !== undefined) result.githubStars = stars;
	const project = str(pick('projectPage'));
	if (project && HTTP_URL.test(project)) result.projectPage = project;
	const summary = str(pick('ai_summary'));
	if (summary) result.aiSummary = foldSpace(summary);
	const keywords = pick('ai_keywords');
	if (Array.isArray(keywords))
		result.keywords = keywords.filter((k): k is string => typeof k === 'string' && k.trim() !== '').map(foldSpace);
	const arxiv = dayOfTimestamp(paper.publishedAt);
	if (arxiv) result.arxivDate = arxiv;
	const users = claimedBy(paper.authors);
	if (users.length > 0) result.users = users;
	const by = isObject(item.submittedBy) ? item.submittedBy : isObject(paper.submittedOnDailyBy) ? paper.submittedOnDailyBy : null;
	const submitter = by ? (str(by.name) ?? str(by.user)) : undefined;
	if (submitter && USER_NAME.test(submitter)) result.submitter = submitter;
}

/** A Hugging Face user name as the site allows it: nothing else is kept (it is shown, and searched). */
const USER_NAME = /^[A-Za-z0-9][\w.-]{0,95}$/;

/** The authors who claimed the paper on Hugging Face, by user name. */
function claimedBy(authors: Json): string[] {
	if (!Array.isArray(authors)) return [];
	const users = authors.flatMap((a) => {
		const name = isObject(a) && isObject(a.user) ? str(a.user.user) : undefined;
		return name && USER_NAME.test(name) ? [name] : [];
	});
	return [...new Set(users)];
}

/** A Paper, or why the item was skipped. */
function itemToPaper(item: Json, fileDate: string | null): Paper | string {
	if (!isObject(item)) return `${item === null ? 'null' : typeof item} instead of an object`;
	if (isObject(item.paper)) return apiItemToPaper(item, item.paper, fileDate);
	if (typeof item.title === 'string' && ('abstract' in item || 'upvotes' in item)) return savedPaperToPaper(item);
	return 'no paper in the item';
}

function authorNames(authors: Json): string[] {
	const names: string[] = [];
	if (!Array.isArray(authors)) return names;
	for (const a of authors) {
		const name = isObject(a) ? (typeof a.name === 'string' ? a.name : isObject(a.user) ? str(a.user.fullname) : undefined) : str(a);
		if (name) names.push(foldSpace(name));
	}
	return names;
}

const ID = /^[\w./-]{1,64}$/;

// Built field by field, not through makePaper's spreads: this runs for every item of every stored day.
export function apiItemToPaper(item: Record<string, Json>, paper: Record<string, Json>, fileDate: string | null): Paper | string {
	const rawTitle = typeof item.title === 'string' ? item.title : typeof paper.title === 'string' ? paper.title : '';
	const title = foldSpace(rawTitle);
	if (!title) return 'no title';
	const rawId = typeof paper.id === 'string' && ID.test(paper.id) ? paper.id : null;
	const authors = authorNames(paper.authors);
	const org = isObject(item.organization) ? item.organization : isObject(paper.organization) ? paper.organization : null;
	const organization = org ? (str(org.fullname) ?? str(org.name) ?? null) : null;
	const summary = typeof paper.summary === 'string' ? paper.summary : typeof item.summary === 'string' ? item.summary : '';
	const result: Paper = {
		id: rawId,
		title,
		abstract: foldSpace(summary),
		authors,
		authorCount: Array.isArray(paper.authors) ? authors.length : null,
		organization: organization ? foldSpace(organization) : null,
		date: fileDate ?? dayOfTimestamp(paper.submittedOnDailyAt) ?? dayOfTimestamp(item.publishedAt),
		upvotes: typeof paper.upvotes === 'number' && paper.upvotes > 0 ? Math.round(paper.upvotes) : 0,
		url: paperUrl(rawId),
	};
	addExtras(result, item, paper);
	return result;
}

/** One JSON value per line, as --format jsonl writes; a bad line is skipped with its number. */
export function parseJsonLines(text: string, options: ApiOptions): ParseResult {
	const papers: Paper[] = [];
	const warnings: Warning[] = [];
	stripBom(text)
		.split(/\r?\n/)
		.forEach((line, index) => {
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
