import {describe, expect, it} from 'vitest';
import {organizationName, parsePage} from '../../source/digest/parse-page.js';
import {HAS_FIXTURES, REAL, readFixture} from '../helpers/fixtures.js';

const parse = (text: string, today = '2026-11-27') => parsePage(text, {source: 'page.txt', today});

const CHROME = 'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\n';

describe('parsePage: the layout of a saved page', () => {
	it('reads title, abstract, author count, date and upvotes', () => {
		const {papers, warnings} = parse(
			`${CHROME}Jan 6\n\nAlpha: A Paper\n\nWe study alpha.\n\n  • 6 authors\n·\nMay 30, 2025 3\n\nBeta Paper\n\nBeta abstract.\n\n  • 1 author\n·\nApr 18, 2023\n`,
		);
		expect(warnings).toEqual([]);
		expect(papers).toHaveLength(2);
		expect(papers[0]).toMatchObject({
			title: 'Alpha: A Paper',
			abstract: 'We study alpha.',
			authorCount: 6,
			date: '2025-05-30',
			upvotes: 3,
			id: null,
			url: null,
			authors: [],
		});
		expect(papers[1]).toMatchObject({title: 'Beta Paper', authorCount: 1, date: '2023-04-18', upvotes: 0});
	});

	it('reads organisation bylines, with and without a hub handle', () => {
		const {papers} = parse(
			'T1\nA1\nstanfordnlp Stanford NLP\n·\nSep 29, 2025 3\nT2\nA2\nPeking University\n·\nOct 10, 2025 2\nT3\nA3\nunivie University of Vienna\n·\nDec 16, 2025\n',
		);
		expect(papers.map((p) => p.organization)).toEqual(['Stanford NLP', 'Peking University', 'University of Vienna']);
		expect(papers.map((p) => p.authorCount)).toEqual([null, null, null]);
	});

	it('takes papers with no byline/date block at all', () => {
		const {papers, warnings} = parse(
			'Jan 6, 2026\n\nFirst Title\n\nFirst abstract.\n\nSecond Title\n\nSecond abstract.\n\n  • 2 authors\n·\nJan 5, 2026 4\n',
		);
		expect(warnings).toEqual([]);
		expect(papers.map((p) => [p.title, p.abstract, p.date, p.upvotes])).toEqual([
			['First Title', 'First abstract.', '2026-01-06', 0],
			['Second Title', 'Second abstract.', '2026-01-05', 4],
		]);
	});

	it('gives yearless dates the year of the page, and finds the page year from the newest dated paper', () => {
		const {papers} = parse(
			`${CHROME}Jan 6\n\nT1\n\nA1\n\n  • 2 authors\n·\nFeb 1\n\nT2\n\nA2\n\n  • 3 authors\n·\nApr 7 1\n\nT3\n\nA3\n\n  • 3 authors\n·\nDec 23, 2025\n`,
		);
		expect(papers.map((p) => [p.date, p.upvotes])).toEqual([
			['2026-02-01', 0],
			['2026-04-07', 1],
			['2025-12-23', 0],
		]);
	});

	it('with no year anywhere, takes the most recent such day up to today', () => {
		const {papers} = parse('Jan 6\n\nT1\n\nA1\n\n  • 2 authors\n·\nNov 20 5\n\nT2\n\nA2\n\n  • 2 authors\n·\nDec 1\n', '2026-11-27');
		expect(papers.map((p) => p.date)).toEqual(['2026-11-20', '2025-12-01']);
	});

	it('reads the collapsed layout with no blank lines, and a title glued to "Subscribe"', () => {
		const text =
			'new\nGet trending papers in your email inbox once a day!\nSubscribeGUI-360: A Comprehensive Dataset\nGUI agents need data.\n  • 9 authors\n·\nNov 10, 2025 12\nSecond\nIts abstract.\nOpenGVLab OpenGVLab\n·\nNov 11, 2025\n';
		const {papers, warnings} = parse(text);
		expect(warnings).toEqual([]);
		expect(papers.map((p) => [p.title, p.abstract, p.authorCount, p.organization, p.date, p.upvotes])).toEqual([
			['GUI-360: A Comprehensive Dataset', 'GUI agents need data.', 9, null, '2025-11-10', 12],
			['Second', 'Its abstract.', null, 'OpenGVLab', '2025-11-11', 0],
		]);
	});

	it('reads pages without any chrome', () => {
		expect(parse('Only Title\n\nOnly abstract.\n\n  • 3 authors\n·\nMar 3, 2024 9\n').papers).toHaveLength(1);
	});

	it('takes CRLF, a UTF-8 BOM, non-ASCII, LaTeX and URLs', () => {
		const text =
			'\uFEFFJan 6\r\n\r\nFrom $r$ to $Q^*$: Pokémon\r\n\r\nSee https://example.org/x?y=1 and $\\alpha \\leq 1$, 日本語.\r\n\r\n  • 4 authors\r\n·\r\nApr 18, 2024\r\n';
		const {papers, warnings} = parse(text);
		expect(warnings).toEqual([]);
		expect(papers[0]).toMatchObject({
			title: 'From $r$ to $Q^*$: Pokémon',
			abstract: 'See https://example.org/x?y=1 and $\\alpha \\leq 1$, 日本語.',
			date: '2024-04-18',
		});
	});

	describe('text cut off', () => {
		const whole = 'Jan 6, 2026\n\nAlpha\n\nAbstract alpha.\n\n  • 2 authors\n·\nJan 5, 2026 7\n\n';

		it('mid-title: the whole papers are kept, the cut one dropped with a warning', () => {
			const {papers, warnings} = parse(`${whole}Beta: A Tit`);
			expect(papers.map((p) => p.title)).toEqual(['Alpha']);
			expect(warnings).toHaveLength(1);
			expect(warnings[0]).toMatchObject({source: 'page.txt', line: 11});
			expect(warnings[0]!.message).toMatch(/cut off in a paper title/);
		});

		it('after a whole title: kept with a warning', () => {
			const {papers, warnings} = parse(`${whole}Beta: A Title\n`);
			expect(papers.map((p) => p.title)).toEqual(['Alpha', 'Beta: A Title']);
			expect(warnings[0]!.message).toMatch(/no abstract/);
		});

		it('mid-abstract: kept with a warning', () => {
			const {papers, warnings} = parse(`${whole}Beta\n\nThe abstract stops he`);
			expect(papers[1]).toMatchObject({title: 'Beta', abstract: 'The abstract stops he', date: '2026-01-06'});
			expect(warnings[0]!.message).toMatch(/ends inside the abstract/);
		});

		it('in the byline block: kept, undated, with a warning', () => {
			const {papers, warnings} = parse(`${whole}Beta\n\nAbstract.\n\n  • 3 authors\n·\nJan 4, 20`);
			expect(papers[1]).toMatchObject({title: 'Beta', authorCount: 3});
			expect(warnings[0]!.message).toMatch(/date line/);
		});
	});

	it('skips a stray line where a title should be, with a warning naming its line', () => {
		const {papers, warnings} = parse('Alpha\nAbstract.\n  • 2 authors\n·\nJan 5, 2026\n·\nBeta\nB abstract.\n');
		expect(papers.map((p) => p.title)).toEqual(['Alpha', 'Beta']);
		expect(warnings).toEqual([expect.objectContaining({line: 6})]);
	});

	it('reads large upvote counts', () => {
		expect(parse('T\nA\n  • 2 authors\n·\nJan 5, 2026 1,234\n').papers[0]!.upvotes).toBe(1234);
		expect(parse('T\nA\n  • 2 authors\n·\nJan 5, 2026 1.2k\n').papers[0]!.upvotes).toBe(1200);
	});

	it('gives nothing, and no error, for empty or chrome-only text', () => {
		expect(parse('').papers).toEqual([]);
		expect(parse(CHROME).papers).toEqual([]);
	});
});

describe('organizationName', () => {
	it.each([
		['stanfordnlp Stanford NLP', 'Stanford NLP'],
		['FudanNLP Fudan NLP Lab', 'Fudan NLP Lab'],
		['TIGER-Lab TIGER-Lab', 'TIGER-Lab'],
		['Peking University', 'Peking University'],
		['Hugging Face', 'Hugging Face'],
		['Alibaba AI', 'Alibaba AI'],
		['Google', 'Google'],
	])('%s → %s', (line, name) => {
		expect(organizationName(line)).toBe(name);
	});
});

describe.skipIf(!HAS_FIXTURES)(`parsePage on ${REAL}`, () => {
	const {papers, warnings} = HAS_FIXTURES
		? parsePage(readFixture('hf-papers-search-page.txt'), {source: 'hf', today: '2026-11-27'})
		: {papers: [], warnings: []};

	it('finds all 47 papers and no trouble', () => {
		expect(papers).toHaveLength(47);
		expect(warnings).toEqual([]);
	});

	it('reads the known papers right', () => {
		expect(papers[0]).toMatchObject({date: '2023-04-18', upvotes: 0, authorCount: 3});
		expect(papers.find((p) => p.title.startsWith('Harnessing Negative Signals:'))).toMatchObject({
			upvotes: 3,
			date: '2025-05-30',
			authorCount: 6,
		});
		expect(papers.find((p) => p.title.startsWith('DeepSearch:'))!.organization).toBe('Stanford NLP');
		expect(papers.find((p) => p.title.startsWith('Detecting Data Contamination'))!.organization).toBe('Peking University');
		expect(papers.find((p) => p.title.startsWith('Critique-RL'))!.organization).toBe('Fudan NLP Lab');
		expect(papers.every((p) => p.abstract.length > 100 && p.date !== null)).toBe(true);
	});
});
