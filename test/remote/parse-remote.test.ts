import {describe, expect, it} from 'vitest';
import {countsLine, infoLines, readCachedInfo, readPaperInfo, topRepos, type PaperInfo} from '../../source/digest/paper-info.js';
import {fitQuery, readSearchAnswer, type SearchAnswer} from '../../source/digest/parse-search.js';
import {parseQuery} from '../../source/digest/query.js';
import {searchPapers} from '../../source/digest/search.js';
import {makePaper} from '../../source/digest/paper.js';
import {paperRecord, searchItem} from '../helpers/api-server.js';

/* The two answers beyond the daily feed, read as untrusted input; the query fields that read the records. */

const at = '2026-12-01T00:00:00.000Z';

describe('a search answer', () => {
	it("keeps the site's highlights as whole-word marks, titles and abstracts apart", () => {
		const answer = readSearchAnswer([
			searchItem('2401.00001', 'Fast speculative decoding', 'speculative decoding'),
			searchItem('2401.00002', 'Drafting with Medusa', 'Medusa'),
		]) as SearchAnswer;
		expect(answer.marks.title).toEqual(['"speculative decoding"', '"medusa"']);
		expect(answer.marks.body).toEqual(['"speculative decoding"', '"medusa"']);
		expect(answer.partial.size).toBe(0);
	});

	it('skips hostile items and keeps no control character or path in an id', () => {
		const answer = readSearchAnswer([
			{id: '2401.00001\u001b]0;x\u0007', title: 'title'},
			{id: '/etc/passwd', title: 'x'},
			{paper: {id: 5, title: 'no'}},
			{id: '2401.00003', title: '   '},
			{id: '2401.00004', title: 'Kept'},
			{highlightedTitle: [{type: 'highlight', text: 'x'}]},
		]) as SearchAnswer;
		expect(answer.papers.map((p) => p.id)).toEqual(['2401.00004']);
		expect(readSearchAnswer({error: 'Rate limited'})).toBe('the API answered an error: Rate limited');
		expect(readSearchAnswer('<html>')).toBe('the answer is not a list of papers');
	});

	it('a query is cut at a word to 250 characters, and a short one is left as typed (spaces folded)', () => {
		expect(fitQuery('  a   b ')).toEqual({query: 'a b', cut: false});
		const long = `${'x'.repeat(240)} ${'y'.repeat(20)}`;
		expect(fitQuery(long)).toEqual({query: 'x'.repeat(240), cut: true});
		const emoji = fitQuery('😀'.repeat(200)).query;
		expect(emoji.length).toBeLessThanOrEqual(250);
		expect(() => encodeURIComponent(emoji)).not.toThrow();
	});
});

describe("a paper's record", () => {
	it('ranks models and datasets by downloads, Spaces by likes, and says how many are shown of how many', () => {
		const info = readPaperInfo(paperRecord('2501.00001', {models: 5, spaces: 4, totals: true}), '2501.00001', at) as PaperInfo;
		expect(info.models.repos.map((r) => r.id)).toEqual(['org/model-5', 'org/model-4', 'org/model-3', 'org/model-2', 'org/model-1']);
		expect(info.spaces.repos[0]!.id).toBe('org/space-1');
		expect(countsLine(info)).toBe('Models 50 · Datasets 0 · Spaces 40');
		expect(infoLines(info)[1]).toBe('Models (3 of 50 shown): org/model-5 ↓ 500, org/model-4 ↓ 400, org/model-3 ↓ 300');
		expect(topRepos(info).map((r) => r.url)).toContain('https://huggingface.co/spaces/org/space-1');
		expect(topRepos(info)[0]!.url).toBe('https://huggingface.co/org/model-5');
	});

	it('refuses what is not a record of this paper, and drops repositories with odd names; totals never under what is listed', () => {
		expect(readPaperInfo([], '1', at)).toBe('the answer is not a paper record');
		expect(readPaperInfo({id: '2', title: 'x'}, '1', at)).toMatch(/another paper/);
		const info = readPaperInfo(
			{id: '1', title: 't', linkedModels: [{id: 'a/b'}, {id: '../x'}, {id: 'a\u001b[2J'}, {id: 'c/d', downloads: -5}], numTotalModels: 1},
			'1',
			at,
		) as PaperInfo;
		expect(info.models).toEqual({
			total: 2,
			repos: [expect.objectContaining({id: 'a/b'}), expect.objectContaining({id: 'c/d', downloads: 0})],
		});
		expect(readCachedInfo({fetchedAt: 'never'}, '1')).toBeNull();
		expect(readCachedInfo({fetchedAt: at, indexed: false}, '1')?.indexed).toBe(false);
	});
});

describe('models:, datasets:, spaces: in a query', () => {
	const papers = ['1', '2', '3'].map((id) => makePaper({id, title: `P${id}`}));
	const counts: Record<string, {models: number; datasets: number; spaces: number}> = {
		'1': {models: 3, datasets: 0, spaces: 1},
		'2': {models: 0, datasets: 2, spaces: 0},
	};
	const run = (text: string) => {
		const parsed = parseQuery(text);
		if (!parsed.ok) throw new Error(parsed.problem);
		return searchPapers(papers, {...parsed.query, linked: (p) => (p.id ? counts[p.id] : undefined)}).map((p) => p.id);
	};

	it('match on the counts known, and a paper with no record matches none, negated or not', () => {
		expect(run('models:>0')).toEqual(['1']);
		expect(run('datasets:>=2')).toEqual(['2']);
		expect(run('-models:>0')).toEqual(['2']);
		expect(run('spaces:0')).toEqual(['2']);
		expect(run('models:>0 p1')).toEqual(['1']);
		expect(parseQuery('models:many')).toEqual({
			ok: false,
			problem: 'models: wants a number with >, <, >=, <= or =, as in models:>0 (got "many")',
		});
		// Without the records at all, nothing matches.
		const parsed = parseQuery('models:>0');
		expect(parsed.ok && searchPapers(papers, parsed.query)).toEqual([]);
	});
});
