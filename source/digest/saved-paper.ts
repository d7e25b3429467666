import {isIsoDate} from './dates.js';
import {makePaper, paperUrl, type Paper} from './paper.js';

type Json = unknown;

const str = (v: Json): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: Json): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

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
		...(Array.isArray(item.keywords) ? {keywords: item.keywords.filter((k): k is string => typeof k === 'string')} : {}),
		...(str(item.projectPage) ? {projectPage: str(item.projectPage)} : {}),
		...(str(item.arxivDate) && isIsoDate(str(item.arxivDate)!) ? {arxivDate: str(item.arxivDate)} : {}),
		...(Array.isArray(item.users) ? {users: item.users.filter((u): u is string => typeof u === 'string').slice(0, 200)} : {}),
		...(str(item.submitter) ? {submitter: str(item.submitter)!.slice(0, 100)} : {}),
	});
}
