import {plural} from '../text.js';
import type {Paper} from '../digest/paper.js';
import {jsonSafe, sanitizeLine, sanitizeText} from './sanitize.js';
import {wrapText} from './wrap.js';
import {cslItems, formatBibtex} from './cite.js';
import {formatRis} from './ris.js';
import {paperLinks, type PaperLink} from './links.js';
import {atomFeed, jsonFeed, rssFeed} from './feeds.js';
import {groupTitle, splitGroups, type Grouping} from '../digest/groups.js';

export type Format = 'text' | 'markdown' | 'json' | 'jsonl' | 'bibtex' | 'csl-json' | 'ris' | 'atom' | 'rss' | 'jsonfeed';
export const FORMATS: readonly Format[] = ['text', 'markdown', 'json', 'jsonl', 'bibtex', 'csl-json', 'ris', 'atom', 'rss', 'jsonfeed'];

/** `6 authors`, `A. Name, B. Name, C. Name et al.`, with the organisation after a dot. */
export function byline(paper: Paper): string {
	const parts: string[] = [];
	if (paper.authors.length > 0) {
		const shown = paper.authors.slice(0, 3).join(', ');
		parts.push(paper.authors.length > 3 ? `${shown} et al.` : shown);
	} else if (paper.authorCount) {
		parts.push(plural(paper.authorCount, 'author'));
	}
	if (paper.organization) parts.push(paper.organization);
	return sanitizeLine(parts.join(' · '));
}

function metaLine(paper: Paper, withUpvotes: boolean): string {
	return [paper.date ?? 'undated', withUpvotes ? `▲ ${paper.upvotes}` : '', byline(paper)].filter(Boolean).join(' · ');
}

/** The links beyond the Hugging Face page: `arXiv: …`, `PDF: …`, `GitHub: … (★ 8)`, `project page: …`. */
function extraLinks(paper: Paper): string[] {
	return paperLinks(paper)
		.filter((l) => l.url !== paper.url)
		.map((l) => sanitizeLine(`${l.label}: ${l.url}${l.note ? ` (${l.note})` : ''}`));
}

function formatText(paper: Paper, width: number): string {
	const lines = [`▲ ${paper.upvotes}  ${sanitizeLine(paper.title)}`, metaLine(paper, false)];
	if (paper.url) lines.push(sanitizeLine(paper.url));
	for (const link of extraLinks(paper)) lines.push(...wrapText(link, width));
	if (paper.aiSummary) lines.push(...wrapText(sanitizeLine(`AI summary: ${paper.aiSummary}`), width));
	if (paper.abstract) lines.push(...wrapText(sanitizeText(paper.abstract), width));
	if (paper.tags?.length) lines.push(sanitizeLine(`Tags: ${paper.tags.map((t) => `#${t}`).join(' ')}`));
	if (paper.note)
		lines.push(
			...sanitizeText(paper.note)
				.split('\n')
				.flatMap((l) => wrapText(`Note: ${l}`, width)),
		);
	return lines.join('\n');
}

/**
 * Text as markdown shows it, never as markup: HTML (`<script>`, `<img onerror>`), links (`[x](javascript:…)`),
 * emphasis and a heading at a line's start are escaped. A document papers writes is safe to render.
 */
const escapeMarkdown = (text: string) => text.replace(/([\\[\]*_`<>&|~])/g, '\\$1').replace(/^([#+-]|\d+[.)])/gm, '\\$1');

/** A link only for an http(s) address; anything else is its text. */
const markdownLink = (text: string, url: string) =>
	/^https?:\/\//i.test(url) ? `[${text}](${sanitizeLine(url).replace(/[()\s<>]/g, encodeURIComponent)})` : text;

function formatMarkdown(paper: Paper): string {
	const title = escapeMarkdown(sanitizeLine(paper.title));
	const lines = [`## ${paper.url ? markdownLink(title, paper.url) : title}`, '', `*${escapeMarkdown(metaLine(paper, true))}*`];
	const links = paperLinks(paper).filter((l) => l.url !== paper.url);
	if (links.length > 0) {
		const link = (l: PaperLink) => markdownLink(escapeMarkdown(l.label), l.url);
		lines.push('', links.map((l) => `${link(l)}${l.note ? ` ${escapeMarkdown(l.note)}` : ''}`).join(' · '));
	}
	if (paper.aiSummary) lines.push('', `**AI summary:** ${escapeMarkdown(sanitizeLine(paper.aiSummary))}`);
	if (paper.abstract) lines.push('', escapeMarkdown(sanitizeText(paper.abstract)));
	// The user's note as a quote, each of its lines; the tags as #tags.
	if (paper.note)
		lines.push(
			'',
			...sanitizeText(paper.note)
				.split('\n')
				.map((l) => (l ? `> ${escapeMarkdown(l)}` : '>')),
		);
	if (paper.tags?.length) lines.push('', paper.tags.map((t) => `#${escapeMarkdown(sanitizeLine(t))}`).join(' '));
	return lines.join('\n');
}

export type FormatOptions = {
	width?: number;
	/** Text and markdown carry a header before each group (papers must come in group order). */
	grouping?: Grouping | null;
	/** Group headers may draw a sparkline (the terminal's locale is UTF-8). */
	spark?: boolean;
	/** What the papers are (`watch "agents"`, `--search diffusion`): a feed's title names it. */
	selection?: string;
	/** Today (PAPERS_TODAY replays a morning): a sparkline leaves the days after it blank. */
	today?: string;
};

/** Text or markdown with a header line before each group: the same headers the browser shows. */
function withGroupHeaders(papers: readonly Paper[], format: 'text' | 'markdown', options: FormatOptions & {grouping: Grouping}): string {
	const width = options.width ?? 80;
	return splitGroups(papers, options.grouping)
		.map(({key, papers: group}) => {
			const title = groupTitle(key, group, options.grouping, options.spark ?? true, options.today);
			const body = format === 'text' ? group.map((p) => formatText(p, width)).join('\n\n') : group.map(formatMarkdown).join('\n\n');
			return format === 'text' ? `── ${title}\n\n${body}` : `# ${escapeMarkdown(title)}\n\n${body}`;
		})
		.join('\n\n');
}

/** The whole output for these papers, ending in a newline (empty string for no papers in text formats). */
export function formatPapers(papers: readonly Paper[], format: Format, options: FormatOptions = {}): string {
	const width = options.width ?? 80;
	const grouping = options.grouping;
	if (grouping && (format === 'text' || format === 'markdown') && papers.length > 0)
		return `${withGroupHeaders(papers, format, {...options, grouping})}\n`;
	switch (format) {
		case 'json':
			return `${jsonSafe(JSON.stringify(papers, null, 2))}\n`;
		case 'bibtex':
			return formatBibtex(papers);
		case 'csl-json':
			return `${jsonSafe(JSON.stringify(cslItems(papers), null, 2))}\n`;
		case 'ris':
			return formatRis(papers);
		case 'jsonl':
			return papers.map((p) => `${jsonSafe(JSON.stringify(p))}\n`).join('');
		case 'atom':
			return atomFeed(papers, options.selection);
		case 'rss':
			return rssFeed(papers, options.selection);
		case 'jsonfeed':
			return jsonFeed(papers, options.selection);
		case 'markdown':
			return papers.length === 0 ? '' : `${papers.map(formatMarkdown).join('\n\n')}\n`;
		case 'text':
			return papers.length === 0 ? '' : `${papers.map((p) => formatText(p, width)).join('\n\n')}\n`;
	}
}
