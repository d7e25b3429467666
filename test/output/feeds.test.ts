import {DOMParser} from '@xmldom/xmldom';
import {describe, expect, it} from 'vitest';
import {makePaper, type Paper} from '../../source/digest/paper.js';
import {formatPapers} from '../../source/output/format.js';

/* Atom, RSS and JSON Feed, read back by a real XML parser (and JSON.parse), over hostile titles and abstracts. */

const HOSTILE = [
	'An \u001b]0;owned\u0007 title \u001b[2J with escapes',
	'Less < and & and ]]> and "quotes"',
	`Controls ${Array.from({length: 32}, (_, i) => String.fromCharCode(i)).join('')} end`,
	'Bidi \u202e reversed \u2066 isolate',
	'A lone \ud800 surrogate and a pair 😀',
];

function papers(): Paper[] {
	return HOSTILE.map((title, i) =>
		makePaper({
			id: i === 4 ? null : `2601.0500${i}`,
			title,
			abstract: `${title} `.repeat(1 + Math.floor(10_000 / title.length)),
			authors: [`Author ${i} <a@b>`, title],
			date: `2026-01-0${i + 1}`,
			upvotes: i,
			aiSummary: i === 0 ? 'A summary & more' : undefined,
			githubRepo: i === 1 ? 'https://github.com/example/code?a=1&b=2' : undefined,
		}),
	);
}

/** Parses strictly: any well-formedness error or warning fails. */
function parse(xml: string) {
	const problems: string[] = [];
	const doc = new DOMParser({onError: (level, message) => problems.push(`${level}: ${message}`)}).parseFromString(xml, 'text/xml');
	expect(problems).toEqual([]);
	return doc;
}

const texts = (doc: ReturnType<typeof parse>, tag: string) => Array.from(doc.getElementsByTagName(tag)).map((e) => e.textContent ?? '');

describe('feeds', () => {
	it('Atom 1.0: a feed id and updated; entries with id, title, updated, a link to the page, each author and a summary', () => {
		const doc = parse(formatPapers(papers(), 'atom'));
		const feed = doc.documentElement!;
		expect(feed.tagName).toBe('feed');
		expect(feed.getAttribute('xmlns')).toBe('http://www.w3.org/2005/Atom');
		expect(texts(doc, 'id')[0]).toBe('https://huggingface.co/papers');
		// The newest paper's time, not the clock's.
		expect(texts(doc, 'updated')[0]).toBe('2026-01-05T00:00:00Z');
		const entries = Array.from(doc.getElementsByTagName('entry'));
		expect(entries).toHaveLength(5);
		for (const entry of entries) {
			for (const tag of ['id', 'title', 'updated', 'summary', 'author'])
				expect(entry.getElementsByTagName(tag).length, tag).toBeGreaterThan(0);
			expect(entry.getElementsByTagName('link')[0]!.getAttribute('rel')).toBe('alternate');
		}
		const titles = texts(doc, 'title').slice(1);
		expect(titles).toContain('Less < and & and ]]> and "quotes"');
		// Newest first; a paper with no id gets a stable tag: URI.
		expect(texts(doc, 'id')[1]).toMatch(/^tag:papers\.local,2026-01-05:[0-9a-f]{24}$/);
		for (const t of [...titles, ...texts(doc, 'summary')])
			expect(t).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u001b\u202e\u2066]/);
		expect(texts(doc, 'summary').join('\n')).toContain('AI summary (AI-generated): A summary & more');
	});

	it('RSS 2.0: guid isPermaLink, pubDate in RFC 822, the link and a description', () => {
		const doc = parse(formatPapers(papers(), 'rss'));
		expect(doc.documentElement!.getAttribute('version')).toBe('2.0');
		const items = Array.from(doc.getElementsByTagName('item'));
		expect(items).toHaveLength(5);
		expect(items[1]!.getElementsByTagName('guid')[0]!.getAttribute('isPermaLink')).toBe('true');
		expect(items[0]!.getElementsByTagName('guid')[0]!.getAttribute('isPermaLink')).toBe('false');
		expect(texts(doc, 'pubDate')[0]).toBe('Mon, 05 Jan 2026 00:00:00 GMT');
		expect(texts(doc, 'link')[2]).toBe('https://huggingface.co/papers/2601.05003');
		expect(texts(doc, 'description').join('\n')).toContain('GitHub: https://github.com/example/code?a=1&b=2');
		// One dc:creator per item, every author in it (#35.11): readers take the last of several as the only one.
		for (const item of items) expect(item.getElementsByTagName('dc:creator')).toHaveLength(1);
		expect(texts(doc, 'dc:creator')).toContain('Author 1 <a@b>, Less < and & and ]]> and "quotes"');
	});

	it('JSON Feed 1.1: version, items with id, url, content_text, date_published and authors', () => {
		const feed = JSON.parse(formatPapers(papers(), 'jsonfeed')) as {version: string; items: Array<Record<string, unknown>>};
		expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
		expect(feed.items).toHaveLength(5);
		for (const item of feed.items)
			for (const key of ['id', 'url', 'content_text', 'date_published', 'authors']) expect(item, key).toHaveProperty(key);
		expect(JSON.stringify(feed)).not.toMatch(/[\u001b\u202e]/);
	});

	it('is the same for the same papers, whenever it is made', () => {
		expect(formatPapers(papers(), 'atom')).toBe(formatPapers([...papers()].reverse(), 'atom'));
	});
});
