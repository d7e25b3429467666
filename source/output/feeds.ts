import {nodeCrypto} from '../lazy-builtins.js';
import type {Paper} from '../digest/paper.js';
import {jsonSafe, sanitizeLine, sanitizeText} from './sanitize.js';
import {mainLink, paperLinks} from './links.js';

/*
 * Atom 1.0, RSS 2.0 and JSON Feed 1.1 of any selection of papers, newest first. Deterministic: a feed's time is its
 * newest paper's, never the clock's, so a feed a cron job rewrites changes only when its papers do. Text from the
 * web is escaped for XML, with what XML 1.0 forbids (control characters) dropped and nothing of it read as markup.
 */

/** The feed's title names what it holds (a watch rule, a search, a list), so two feeds in one reader tell apart. */
const feedTitle = (selection?: string) => `Hugging Face Daily Papers${selection ? ` · ${sanitizeLine(selection)}` : ''} (papers)`;
const HOME = 'https://huggingface.co/papers';

/** What XML 1.0 allows, escaped: no control character (sanitizeText drops them), no markup, no `]]>`. */
function xml(text: string): string {
	return sanitizeText(text)
		.replace(/[\uFFFE\uFFFF]|[\uD800-\uDFFF]/g, (c, at: number, all: string) => (isPair(all, at) ? c : ''))
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;');
}

/** A lone surrogate is no character at all: only a whole pair stays. */
function isPair(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	if (code >= 0xd800 && code <= 0xdbff) return at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
	if (code >= 0xdc00 && code <= 0xdfff) return at > 0 && (text.charCodeAt(at - 1) & 0xfc00) === 0xd800;
	return false;
}

/** A paper's time: its day at midnight UTC (the API gives days), or the epoch for an undated one. */
const timeOf = (paper: Paper) => `${paper.date ?? '1970-01-01'}T00:00:00Z`;

/** Newest day first, then most upvoted: the order a reader of a feed expects. */
function newestFirst(papers: readonly Paper[]): Paper[] {
	return [...papers].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.upvotes - a.upvotes);
}

/** A stable id: the Hugging Face page, or for a paper with none a `tag:` URI from its title and day. */
function entryId(paper: Paper): string {
	if (paper.url) return paper.url;
	const hash = nodeCrypto()
		.createHash('sha256')
		.update(`${paper.date ?? ''}\n${paper.title}`)
		.digest('hex')
		.slice(0, 24);
	return `tag:papers.local,${paper.date ?? '1970-01-01'}:${hash}`;
}

/** The entry's text: the abstract, the AI summary said to be AI-made, the upvotes, and every link. */
function entryText(paper: Paper): string {
	const parts = [sanitizeText(paper.abstract || '(no abstract)')];
	if (paper.aiSummary) parts.push(`AI summary (AI-generated): ${sanitizeLine(paper.aiSummary)}`);
	parts.push(`▲ ${paper.upvotes} upvotes${paper.comments === undefined ? '' : ` · ${paper.comments} comments`}`);
	for (const link of paperLinks(paper)) parts.push(`${link.label}: ${link.url}`);
	if (paper.note) parts.push(`Note: ${sanitizeText(paper.note)}`);
	if (paper.tags?.length) parts.push(`Tags: ${paper.tags.map((t) => `#${sanitizeLine(t)}`).join(' ')}`);
	return parts.join('\n\n');
}

const updatedOf = (papers: readonly Paper[]) => (papers[0] ? timeOf(papers[0]) : '1970-01-01T00:00:00Z');

export function atomFeed(selection: readonly Paper[], title?: string): string {
	const papers = newestFirst(selection);
	const entries = papers.map((p) =>
		[
			'  <entry>',
			`    <id>${xml(entryId(p))}</id>`,
			`    <title>${xml(sanitizeLine(p.title))}</title>`,
			`    <updated>${timeOf(p)}</updated>`,
			`    <link rel="alternate" href="${xml(mainLink(p).url)}"/>`,
			...paperLinks(p)
				.slice(1)
				.map((l) => `    <link rel="related" title="${xml(l.label)}" href="${xml(l.url)}"/>`),
			...(p.authors.length > 0 ? p.authors : ['unknown']).map((a) => `    <author><name>${xml(sanitizeLine(a))}</name></author>`),
			`    <summary type="text">${xml(entryText(p))}</summary>`,
			'  </entry>',
		].join('\n'),
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${HOME}</id>`,
		`  <title>${xml(feedTitle(title))}</title>`,
		`  <updated>${updatedOf(papers)}</updated>`,
		`  <link rel="alternate" href="${HOME}"/>`,
		'  <generator>papers</generator>',
		...entries,
		'</feed>',
		'',
	].join('\n');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 as RSS wants it: `Fri, 27 Nov 2026 00:00:00 GMT`. */
function rfc822(iso: string): string {
	const d = new Date(iso);
	const dd = String(d.getUTCDate()).padStart(2, '0');
	return `${DAYS[d.getUTCDay()]}, ${dd} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} 00:00:00 GMT`;
}

export function rssFeed(selection: readonly Paper[], title?: string): string {
	const papers = newestFirst(selection);
	const items = papers.map((p) => {
		const id = entryId(p);
		return [
			'    <item>',
			`      <title>${xml(sanitizeLine(p.title))}</title>`,
			`      <link>${xml(mainLink(p).url)}</link>`,
			`      <guid isPermaLink="${id.startsWith('http') ? 'true' : 'false'}">${xml(id)}</guid>`,
			`      <pubDate>${rfc822(timeOf(p))}</pubDate>`,
			// One dc:creator, the authors joined: with one per author, newsboat and others credit the paper to the last.
			...(p.authors.length > 0 ? [`      <dc:creator>${xml(sanitizeLine(p.authors.join(', ')))}</dc:creator>`] : []),
			`      <description>${xml(entryText(p))}</description>`,
			'    </item>',
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">',
		'  <channel>',
		`    <title>${xml(feedTitle(title))}</title>`,
		`    <link>${HOME}</link>`,
		'    <description>Papers picked by papers from Hugging Face Daily Papers</description>',
		`    <lastBuildDate>${rfc822(updatedOf(papers))}</lastBuildDate>`,
		'    <generator>papers</generator>',
		...items,
		'  </channel>',
		'</rss>',
		'',
	].join('\n');
}

export function jsonFeed(selection: readonly Paper[], title?: string): string {
	const papers = newestFirst(selection);
	const feed = {
		version: 'https://jsonfeed.org/version/1.1',
		title: feedTitle(title),
		home_page_url: HOME,
		items: papers.map((p) => {
			const links = paperLinks(p);
			return {
				id: entryId(p),
				url: mainLink(p).url,
				title: sanitizeLine(p.title),
				content_text: entryText(p),
				date_published: timeOf(p),
				authors: p.authors.map((name) => ({name: sanitizeLine(name)})),
				...(p.keywords?.length || p.tags?.length ? {tags: [...(p.tags ?? []), ...(p.keywords ?? [])].map(sanitizeLine)} : {}),
				...(links.length > 1 ? {external_url: links[1]!.url} : {}),
			};
		}),
	};
	return `${jsonSafe(JSON.stringify(feed, null, 2))}\n`;
}
