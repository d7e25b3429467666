import fs from 'node:fs';
import {paneLines} from '../../source/ui/core/pane-lines.js';
import {afterEach, describe, expect, it} from 'vitest';
import {parseApiText} from '../../source/digest/parse-api.js';
import {makePaper, type Paper} from '../../source/digest/paper.js';
import {formatPapers} from '../../source/output/format.js';
import {displayWidth} from '../../source/output/width.js';
import {fixture, HAS_FIXTURES, REAL} from '../helpers/fixtures.js';
import {startApp, type Session} from '../helpers/ui.js';

/** The pane: the lines under the rule that parts it from the list. */
const paneOf = (frame: string) => {
	const lines = frame.split('\n');
	return lines.slice(lines.findIndex((l) => l.startsWith('────────────'))).join('\n');
};

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});
const start = (...args: Parameters<typeof startApp>) => (app = startApp(...args));

const full = makePaper({
	id: '2608.19880',
	title: 'EnvHarness: Awakening Static Worlds for Agent Learning, a Title Long Enough to Need Two Lines Here',
	abstract: 'The abstract itself.',
	authors: Array.from({length: 40}, (_, i) => `Author Number${i + 1}`),
	organization: 'Google',
	date: '2026-08-21',
	arxivDate: '2026-08-20',
	upvotes: 163,
	comments: 12,
	githubRepo: 'https://github.com/example/envharness',
	githubStars: 8,
	projectPage: 'https://envharness.example.org/',
	aiSummary: 'A summary the site made.',
	keywords: ['agents', 'environments'],
});
const bare = makePaper({title: 'Bare Paper', abstract: 'Only an abstract.', date: '2026-08-21', upvotes: 1});

describe('the detail pane', () => {
	it('shows each field the paper has: title whole, both days, counts, authors cut with +K more, links, AI parts', async () => {
		const s = start({papers: [full, bare], viewport: {columns: 100, rows: 60}});
		await s.waitFor('EnvHarness');
		const pane = paneOf(s.frame());
		expect(pane).toContain('Need Two Lines Here');
		expect(pane).toContain('Daily Papers Fri 21 Aug 2026 · arXiv Thu 20 Aug 2026');
		expect(pane).toContain('▲ 163 · 12 comments · Google');
		expect(pane).toMatch(/\+\d+ more \(A shows all\)/);
		expect(pane).not.toContain('Number40');
		expect(pane).toContain('arXiv 2608.19880');
		expect(pane).toContain('Hugging Face: https://huggingface.co/papers/2608.19880');
		expect(pane).toContain('arXiv: https://arxiv.org/abs/2608.19880');
		expect(pane).toContain('PDF: https://arxiv.org/pdf/2608.19880');
		expect(pane).toContain('GitHub ★ 8: https://github.com/example/envharness');
		expect(pane).toContain('project page: https://envharness.example.org/');
		expect(pane).toContain('AI summary (AI-generated)');
		expect(pane).toContain('AI keywords: agents, environments');
		expect(pane).toContain('Abstract');
		await s.press('A');
		await s.waitFor('Number40');
		expect(paneOf(s.frame())).not.toContain('A shows all');
	});

	it('shows nothing, no empty label, for what a paper lacks', async () => {
		const s = start({papers: [bare]});
		await s.waitFor('Bare Paper');
		const pane = paneOf(s.frame());
		for (const label of ['arXiv', 'PDF', 'GitHub', 'project page', 'AI summary', 'AI keywords', 'comments', 'Abstract', 'Hugging Face'])
			expect(pane).not.toContain(label);
		expect(pane).toContain('Only an abstract.');
	});

	it('a 300-character Chinese abstract wraps inside the pane; a 120-character URL is cut there, kept whole behind it and in print', async () => {
		const chinese = '我们研究了大规模语言模型的推理能力。'.repeat(17).slice(0, 300);
		const url = `https://example.org/${'a'.repeat(100)}`;
		const paper = makePaper({title: 'Wide Text', abstract: `${chinese} ${url}`, date: '2026-08-21', githubRepo: url});
		const s = start({papers: [paper], viewport: {columns: 80, rows: 60}});
		await s.waitFor('Wide Text');
		const lines = s.frame().split('\n');
		expect(lines.every((l) => displayWidth(l) <= 80)).toBe(true);
		const pane = lines.slice(lines.findIndex((l) => l.startsWith('───'))).map((l) => l.slice(1).trimEnd());
		expect(pane.join('')).toContain(chinese);
		expect(pane.join('')).toContain(`${url.slice(0, 60)}`);
		const links = paneLines(paper, 78, false).filter((l) => l.text.startsWith('https://example.org/'));
		expect(links.map((l) => l.href)).toEqual([url, url]);
		expect(links.every((l) => l.text.endsWith('…'))).toBe(true);
		// Printed, the link stands whole on a line of its own; every other line keeps to the width.
		const text = formatPapers([paper], 'text', {width: 80});
		expect(text.split('\n').every((l) => displayWidth(l) <= 80 || l === url)).toBe(true);
		expect(text.replace(/\n/g, '')).toContain(chinese);
		expect(text.split('\n')).toContain(url);
	});

	it('text and markdown output carry the links and the GitHub repo', () => {
		const text = formatPapers([full], 'text');
		expect(text).toContain('arXiv: https://arxiv.org/abs/2608.19880');
		expect(text).toContain('GitHub: https://github.com/example/envharness (★ 8)');
		expect(text).toContain('AI summary: A summary the site made.');
		const markdown = formatPapers([full], 'markdown');
		expect(markdown).toContain(
			'[arXiv](https://arxiv.org/abs/2608.19880) · [PDF](https://arxiv.org/pdf/2608.19880) · [GitHub](https://github.com/example/envharness) ★ 8',
		);
	});
});

describe.skipIf(!HAS_FIXTURES)(`the detail pane on ${REAL}`, () => {
	it('the 2026 answer: organisation, GitHub with stars, project page, AI summary and keywords, both days', async () => {
		const papers: Paper[] = parseApiText(fs.readFileSync(fixture('api/2026-08-21.json'), 'utf8'), {source: 'x', date: '2026-08-21'}).papers;
		const top = papers.find((p) => p.id === '2608.19880')!;
		expect(top).toMatchObject({projectPage: 'https://envharness.com/', githubStars: 8, arxivDate: '2026-08-20'});
		expect(top.keywords!.length).toBeGreaterThan(0);
		const s = start({papers, viewport: {columns: 160, rows: 70}});
		await s.waitFor('EnvHarness');
		const frame = s.frame();
		expect(frame).toContain('GitHub ★ 8: https://github.com/google-research/envharness');
		expect(frame).toContain('project page: https://envharness.com/');
		expect(frame).toContain('arXiv Thu 20 Aug 2026');
		expect(frame).toContain('AI summary (AI-generated)');
	});

	it('the 2024 answer has none of those: no empty label shows', async () => {
		const papers = parseApiText(fs.readFileSync(fixture('api/2024-05-27.json'), 'utf8'), {source: 'x', date: '2024-05-27'}).papers;
		const s = start({papers, viewport: {columns: 160, rows: 60}});
		await s.waitFor('── Mon 27 May 2024');
		const frame = s.frame();
		for (const label of ['GitHub', 'project page', 'AI summary', 'AI keywords']) expect(frame).not.toContain(label);
	});
});
