import {memoizeBy} from '../../cache.js';
import type {Paper} from '../../digest/paper.js';
import {longDate} from '../../digest/dates.js';
import {arxivId, paperLinks} from '../../output/links.js';
import {plural} from '../../text.js';
import {sanitizeLine, sanitizeText} from '../../output/sanitize.js';
import {linkBehind, wrapText} from '../../output/wrap.js';
import {cleanLink} from '../../digest/checked-paper.js';

/* The pane's text: a paper as the lines under the list show it (title, dates, authors, links, abstract), wrapped. */

export type AbstractLine = {
	text: string;
	kind: 'title' | 'meta' | 'authors' | 'label' | 'url' | 'blank' | 'body' | 'more';
	/** The whole link a `url` line shows (perhaps cut with …): a real link where the terminal has them (OSC 8). */
	href?: string;
};

/** Author lines shown before "+K more" (A shows them all). */
export const AUTHOR_LINES = 3;

const lines = (texts: readonly string[], kind: AbstractLine['kind']): AbstractLine[] => texts.map((text) => ({text, kind}));

/** Text wrapped for the pane: a link in it is never broken, and one cut with … keeps its whole address. */
function bodyLines(text: string, width: number): AbstractLine[] {
	return wrapText(text, width, {urls: 'cut'}).map((line) => {
		const link = linkBehind(line, text);
		const href = link === null ? null : cleanLink(link);
		return href ? {text: line, kind: 'body', href} : {text: line, kind: 'body'};
	});
}

function authorLines(paper: Paper, width: number, expanded: boolean): AbstractLine[] {
	if (paper.authors.length === 0) return paper.authorCount ? [{text: plural(paper.authorCount, 'author'), kind: 'authors'}] : [];
	const all = wrapText(sanitizeLine(paper.authors.join(', ')), width);
	if (expanded || all.length <= AUTHOR_LINES) return lines(all, 'authors');
	// How many names the first lines hold: the rest are counted, and A shows them.
	const shown = all.slice(0, AUTHOR_LINES);
	const names = shown.join(' ').split(', ').length - 1;
	return [...lines(shown, 'authors'), {text: `+${paper.authors.length - names} more (A shows all)`, kind: 'more'}];
}

/**
 * The detail pane's lines for a paper at a width, wrapped once and kept: the whole title, the days, the counts,
 * the authors, the links, the AI summary and keywords (said to be AI-made), then the abstract. A part the paper
 * does not have is left out, label and all.
 */
export const abstractLines = memoizeBy((paper: Paper, key: string): AbstractLine[] => {
	const [widthText, expanded] = key.split(':');
	const width = Number(widthText);
	const days = [paper.date ? `Daily Papers ${longDate(paper.date)}` : 'undated'];
	if (paper.arxivDate && paper.arxivDate !== paper.date) days.push(`arXiv ${longDate(paper.arxivDate)}`);
	const counts = [`▲ ${paper.upvotes}`, paper.comments === undefined ? '' : plural(paper.comments, 'comment'), paper.organization ?? ''];
	const out: AbstractLine[] = [
		...lines(wrapText(sanitizeLine(paper.title), width, {urls: 'split'}), 'title'),
		...lines(wrapText(days.join(' · '), width), 'meta'),
		...lines(wrapText(sanitizeLine(counts.filter(Boolean).join(' · ')), width), 'meta'),
		...authorLines(paper, width, expanded === '1'),
	];
	const id = arxivId(paper);
	const links = paperLinks(paper);
	if (id || links.length > 0) out.push({text: '', kind: 'blank'});
	if (id) out.push({text: `arXiv ${id}`, kind: 'label'});
	// A link is never broken inside: on a line of its own when it does not fit, cut with … only when wider than the pane.
	for (const link of links) {
		const wrapped = wrapText(sanitizeLine(`${link.label}${link.note ? ` ${link.note}` : ''}: ${link.url}`), width, {urls: 'cut'});
		out.push(...wrapped.map((text) => ({text, kind: 'url' as const, ...(/https?:\/\//.test(text) ? {href: link.url} : {})})));
	}
	if (paper.aiSummary)
		out.push(
			{text: '', kind: 'blank'},
			{text: 'AI summary (AI-generated)', kind: 'label'},
			...bodyLines(sanitizeText(paper.aiSummary), width),
		);
	if (paper.keywords && paper.keywords.length > 0)
		out.push(...lines(wrapText(sanitizeLine(`AI keywords: ${paper.keywords.join(', ')}`), width), 'meta'));
	out.push({text: '', kind: 'blank'});
	if (paper.abstract && (paper.aiSummary || paper.keywords?.length)) out.push({text: 'Abstract', kind: 'label'});
	out.push(...bodyLines(sanitizeText(paper.abstract || '(no abstract)'), width));
	return out;
});

/** The pane's lines for a paper, its authors cut or whole. */
export function paneLines(paper: Paper, width: number, authorsExpanded: boolean): AbstractLine[] {
	return abstractLines(paper, `${width}:${authorsExpanded ? 1 : 0}`);
}
