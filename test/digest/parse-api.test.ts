import {describe, expect, it} from 'vitest';
import {parseDigest} from '../../source/digest/detect.js';
import {dateFromFileName, parseApiText, parseJsonLines} from '../../source/digest/parse-api.js';
import {formatPapers} from '../../source/output/format.js';
import {HAS_FIXTURES, REAL, readFixture} from '../helpers/fixtures.js';

const item = (over: Record<string, unknown> = {}, paper: Record<string, unknown> = {}) => ({
	paper: {
		id: '2405.00001',
		title: 'A Wrapped\n  Title',
		summary: 'Line one\nline two.',
		authors: [{name: 'Ada Lovelace'}, {name: 'Alan Turing', hidden: false}],
		upvotes: 12,
		publishedAt: '2024-05-20T00:00:00.000Z',
		...paper,
	},
	publishedAt: '2024-05-21T03:00:00.000Z',
	numComments: 2,
	...over,
});

describe('parseApiText', () => {
	it('maps an item to a paper, folding hard wraps', () => {
		const {papers, warnings} = parseApiText(JSON.stringify([item()]), {source: 'x.json'});
		expect(warnings).toEqual([]);
		expect(papers[0]).toEqual({
			id: '2405.00001',
			title: 'A Wrapped Title',
			abstract: 'Line one line two.',
			authors: ['Ada Lovelace', 'Alan Turing'],
			authorCount: 2,
			organization: null,
			date: '2024-05-21',
			upvotes: 12,
			url: 'https://huggingface.co/papers/2405.00001',
			comments: 2,
			arxivDate: '2024-05-20',
		});
	});

	it('takes the day from the file name first, then submittedOnDailyAt, then publishedAt', () => {
		const daily = item({}, {submittedOnDailyAt: '2025-07-07T03:06:37Z'});
		expect(parseApiText(JSON.stringify([daily]), {source: 'a', date: '2025-07-09'}).papers[0]!.date).toBe('2025-07-09');
		expect(parseApiText(JSON.stringify([daily]), {source: 'a'}).papers[0]!.date).toBe('2025-07-07');
		expect(parseApiText(JSON.stringify([item()]), {source: 'a'}).papers[0]!.date).toBe('2024-05-21');
		expect(dateFromFileName('archive/2025-09-30.json')).toBe('2025-09-30');
		expect(dateFromFileName('2025-13-30.json')).toBeNull();
		expect(parseDigest(JSON.stringify([item()]), {source: 'dir/2025-09-30.json'}).papers[0]!.date).toBe('2025-09-30');
	});

	it('keeps the 2026 extras: organisation, GitHub repo and stars, AI summary', () => {
		const rich = item(
			{organization: {name: 'google', fullname: 'Google'}},
			{githubRepo: 'https://github.com/x/y', githubStars: 8, ai_summary: 'Short\nsummary.'},
		);
		expect(parseApiText(JSON.stringify([rich]), {source: 'a'}).papers[0]).toMatchObject({
			organization: 'Google',
			githubRepo: 'https://github.com/x/y',
			githubStars: 8,
			aiSummary: 'Short summary.',
		});
	});

	it('an error body is one warning and no papers', () => {
		const {papers, warnings} = parseApiText('{"error":"No digest for that day."}', {source: 'e.json'});
		expect(papers).toEqual([]);
		expect(warnings).toEqual([{source: 'e.json', message: expect.stringMatching(/API answered an error: No digest for that day\./)}]);
	});

	it('an object instead of a list is one warning', () => {
		expect(parseApiText('{"papers": []}', {source: 'o.json'}).warnings).toEqual([
			{source: 'o.json', message: 'expected a list of papers, found an object'},
		]);
	});

	it('string and broken items are skipped with one warning per kind; the good ones load', () => {
		const {papers, warnings} = parseApiText(JSON.stringify(['2405.1', 'x', item(), {paper: {id: '1'}}, null, 7]), {source: 'b.json'});
		expect(papers).toHaveLength(1);
		expect(warnings.map((w) => w.message)).toEqual([
			'2 items skipped: string instead of an object',
			'1 item skipped: no title',
			'1 item skipped: null instead of an object',
			'1 item skipped: number instead of an object',
		]);
		expect(warnings.every((w) => w.source === 'b.json')).toBe(true);
	});

	it('invalid JSON is one warning', () => {
		const {warnings} = parseApiText('[{"paper": {"id": "1", "ti', {source: 'cut.json'});
		expect(warnings).toHaveLength(1);
		expect(warnings[0]!.message).toMatch(/^not valid JSON/);
	});

	it('wrong-typed fields do not get in', () => {
		const {papers} = parseApiText(JSON.stringify([item({}, {upvotes: '12', authors: 'nobody', id: 42, summary: null})]), {source: 'a'});
		expect(papers[0]).toMatchObject({upvotes: 0, authors: [], id: null, abstract: '', url: null});
	});
});

describe('round trip of papers output', () => {
	const papers = parseApiText(
		JSON.stringify([item({organization: {fullname: 'Org'}}, {githubStars: 3}), item({}, {id: '2405.00002', title: 'Other'})]),
		{source: 'a'},
	).papers;

	it('--format json loads back to the same papers', () => {
		expect(parseDigest(formatPapers(papers, 'json'), {source: 'out.json'}).papers).toEqual(papers);
	});

	it('--format jsonl loads back to the same papers', () => {
		const jsonl = formatPapers(papers, 'jsonl');
		expect(parseDigest(jsonl, {source: 'out.jsonl'}).papers).toEqual(papers);
		expect(parseDigest(jsonl, {source: 'piped'}).papers).toEqual(papers);
	});

	it('a bad JSON line is skipped with its line number', () => {
		const {papers: back, warnings} = parseJsonLines(`${formatPapers(papers, 'jsonl')}{oops\n`, {source: 'o.jsonl'});
		expect(back).toHaveLength(2);
		expect(warnings).toEqual([{source: 'o.jsonl', line: 3, message: 'not valid JSON; line skipped'}]);
	});
});

describe.skipIf(!HAS_FIXTURES)(`parseApiText on ${REAL}`, () => {
	const load = (name: string) => parseDigest(readFixture(`api/${name}`), {source: name});

	it('2024-05-27: 13 papers with one-line titles', () => {
		const {papers, warnings} = load('2024-05-27.json');
		expect(warnings).toEqual([]);
		expect(papers).toHaveLength(13);
		expect(papers[0]).toMatchObject({
			id: '2405.15738',
			upvotes: 32,
			date: '2024-05-27',
			title: 'ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models',
		});
		expect(papers.every((p) => !/\s{2}|\n/.test(p.title) && p.authors.length > 0)).toBe(true);
	});

	it('2025-07-07: 1 paper with its AI summary', () => {
		const {papers} = load('2025-07-07.json');
		expect(papers).toHaveLength(1);
		expect(papers[0]).toMatchObject({id: '2507.01853', upvotes: 2, date: '2025-07-07', authorCount: 4});
		expect(papers[0]!.title).toBe('Eka-Eval : A Comprehensive Evaluation Framework for Large Language Models in Indian Languages');
		expect(papers[0]!.aiSummary).toMatch(/^EKA-EVAL/);
	});

	it('2026-08-21: 17 papers with organisations and stars', () => {
		const {papers} = load('2026-08-21.json');
		expect(papers).toHaveLength(17);
		expect(papers[0]).toMatchObject({
			id: '2608.19880',
			upvotes: 163,
			organization: 'Google',
			githubStars: 8,
			title: 'EnvHarness: Awakening Static Worlds for Agent Learning',
		});
		expect(papers.map((p) => p.upvotes)).toEqual([163, 54, 38, 32, 30, 24, 12, 6, 5, 4, 3, 3, 2, 2, 2, 1, 1]);
	});

	it('the error body gives no paper and one warning', () => {
		const {papers, warnings} = load('error-not-found.json');
		expect(papers).toEqual([]);
		expect(warnings).toHaveLength(1);
	});
});
