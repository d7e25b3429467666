import {z} from 'zod';
import type {Paper} from '../digest/paper.js';
import {LINKED_KINDS, repoUrl, type PaperInfo} from '../digest/paper-info.js';
import {paperLinks} from '../output/links.js';
import {sanitizeLine, sanitizeText} from '../output/sanitize.js';

/*
 * Papers as an agent gets them: every string made clean of control characters and bidi overrides (an agent may
 * print what it is given to a terminal), in two shapes: a brief one for lists of papers, and the whole paper.
 */

/** An abstract in a list is cut here: twenty of them stay readable in an agent's context. */
const BRIEF_ABSTRACT = 1200;
const BRIEF_AUTHORS = 10;

const line = (text: string) => sanitizeLine(text).trim();
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export const briefShape = z.object({
	id: z.string().nullable().describe('arXiv id (null when the digest gave none)'),
	title: z.string(),
	date: z.string().nullable().describe('the Daily Papers day, YYYY-MM-DD'),
	upvotes: z.number(),
	authors: z.array(z.string()).describe(`the first ${BRIEF_AUTHORS}`),
	authorCount: z.number().nullable(),
	organization: z.string().nullable(),
	url: z.string().nullable(),
	abstract: z.string().describe(`cut at ${BRIEF_ABSTRACT} characters (get_paper has it whole)`),
	note: z.string().optional().describe("the user's own note"),
	tags: z.array(z.string()).optional().describe("the user's own tags"),
});
export type Brief = z.infer<typeof briefShape>;

export type Own = {note?: string; tags?: readonly string[]};

export function brief(paper: Paper, own: Own = {}): Brief {
	return {
		id: paper.id,
		title: line(paper.title),
		date: paper.date,
		upvotes: paper.upvotes,
		authors: paper.authors.slice(0, BRIEF_AUTHORS).map(line),
		authorCount: paper.authorCount ?? (paper.authors.length || null),
		organization: paper.organization === null ? null : line(paper.organization),
		url: paper.url,
		abstract: cut(sanitizeText(paper.abstract).trim(), BRIEF_ABSTRACT),
		...(own.note ? {note: sanitizeText(own.note)} : {}),
		...(own.tags?.length ? {tags: own.tags.map(line)} : {}),
	};
}

const repoShape = z.object({id: z.string(), url: z.string(), downloads: z.number(), likes: z.number()});

export const wholeShape = briefShape.extend({
	authors: z.array(z.string()),
	abstract: z.string(),
	arxivDate: z.string().nullable().describe('the day it appeared on arXiv'),
	comments: z.number().nullable().describe("comments on the paper's Hugging Face page"),
	links: z.array(z.object({label: z.string(), url: z.string(), note: z.string().optional()})),
	aiSummary: z.string().nullable().describe("Hugging Face's AI-made summary: not the authors' words"),
	aiKeywords: z.array(z.string()).describe("Hugging Face's AI-made keywords"),
	submitter: z.string().nullable(),
	lists: z.array(z.string()).describe("the user's reading lists that hold it"),
	citedBy: z
		.object(Object.fromEntries(LINKED_KINDS.map((k) => [k, z.object({total: z.number(), top: z.array(repoShape)})])))
		.nullable()
		.describe('models, datasets and Spaces whose cards cite it, from the record papers keeps (null: none kept)'),
});
export type Whole = z.infer<typeof wholeShape>;

function citedBy(info: PaperInfo | null): Whole['citedBy'] {
	if (!info?.indexed) return null;
	return Object.fromEntries(
		LINKED_KINDS.map((kind) => [
			kind,
			{total: info[kind].total, top: info[kind].repos.slice(0, 10).map((r) => ({...r, url: repoUrl(kind, r.id)}))},
		]),
	);
}

export function whole(paper: Paper, own: Own & {lists: readonly string[]; info: PaperInfo | null}): Whole {
	return {
		...brief(paper, own),
		authors: paper.authors.map(line),
		abstract: sanitizeText(paper.abstract).trim(),
		arxivDate: paper.arxivDate ?? null,
		comments: paper.comments ?? null,
		links: paperLinks(paper).map((l) => ({label: l.label, url: line(l.url), ...(l.note ? {note: line(l.note)} : {})})),
		aiSummary: paper.aiSummary ? sanitizeText(paper.aiSummary).trim() : null,
		aiKeywords: (paper.keywords ?? []).map(line),
		submitter: paper.submitter ? line(paper.submitter) : null,
		lists: own.lists.map(line),
		citedBy: citedBy(own.info),
	};
}

/** A paper in a list, as text: its place, id, day, upvotes and title; who wrote it; the start of its abstract. */
export function briefText(p: Brief, at: number, extra = ''): string {
	const head = [p.id ?? '(no id)', p.date ?? 'undated', `▲ ${p.upvotes}`, p.title].join(' · ');
	const who = [p.authors.slice(0, 3).join(', ') + (p.authors.length > 3 ? ' et al.' : ''), p.organization].filter(Boolean).join(' — ');
	const own = [p.note ? `note: ${cut(p.note.replace(/\n/g, ' '), 200)}` : '', p.tags ? p.tags.map((t) => `#${t}`).join(' ') : '']
		.filter(Boolean)
		.join(' · ');
	return [`${at}. ${head}${extra}`, who && `   ${who}`, own && `   ${own}`, `   ${cut(p.abstract.replace(/\n/g, ' '), 400)}`]
		.filter(Boolean)
		.join('\n');
}

/** The whole paper as text: as the browser's pane shows it, AI-made parts said to be. */
export function wholeText(p: Whole): string {
	const parts = [
		`# ${p.title}`,
		[
			p.id,
			p.date && `listed ${p.date}`,
			p.arxivDate && `arXiv ${p.arxivDate}`,
			`▲ ${p.upvotes}`,
			p.comments !== null && `${p.comments} comments`,
		]
			.filter(Boolean)
			.join(' · '),
		[p.authors.join(', '), p.organization].filter(Boolean).join(' — '),
		p.links.map((l) => `${l.label}: ${l.url}${l.note ? ` (${l.note})` : ''}`).join('\n'),
		p.aiSummary && `AI summary (AI-made): ${p.aiSummary}`,
		p.aiKeywords.length > 0 && `AI keywords (AI-made): ${p.aiKeywords.join(', ')}`,
		`Abstract:\n${p.abstract || '(none given)'}`,
		p.note && `Your note:\n${p.note}`,
		p.tags && `Your tags: ${p.tags.map((t) => `#${t}`).join(' ')}`,
		p.lists.length > 0 && `In your lists: ${p.lists.join(', ')}`,
		p.citedBy &&
			`Cited by: ${LINKED_KINDS.map((k) => `${p.citedBy![k]!.total} ${k}${p.citedBy![k]!.top.length ? ` (${p.citedBy![k]!.top.map((r) => r.id).join(', ')})` : ''}`).join(' · ')}`,
	];
	return parts.filter(Boolean).join('\n\n');
}
