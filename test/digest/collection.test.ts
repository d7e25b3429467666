import {describe, expect, it} from 'vitest';
import {filterPapers, groupByDate, mergePapers, newestDay, orderPapers} from '../../source/digest/collection.js';
import {makePaper, paperKey} from '../../source/digest/paper.js';

const p = (
	title: string,
	date: string | null,
	upvotes = 0,
	extra: Parameters<typeof makePaper>[0] extends infer T ? Partial<T> : never = {},
) => makePaper({title, date, upvotes, abstract: `About ${title}.`, ...extra});

describe('paperKey', () => {
	it('uses the arXiv id, else a normalised title', () => {
		expect(paperKey({id: '2405.1', title: 'X'})).toBe('arxiv:2405.1');
		expect(paperKey({id: null, title: 'From $r$ to  Q*: Your LM!'})).toBe(paperKey({id: null, title: 'from r to q your lm'}));
	});
});

describe('mergePapers', () => {
	it('one paper from two digests is one paper: higher upvotes and longer abstract kept', () => {
		const fromPage = p('Same Paper', '2025-01-02', 3, {abstract: 'The full, uncut abstract of it.', authorCount: 4});
		const fromApi = p('Same paper', '2025-01-02', 9, {id: '2501.1', abstract: 'Short.', authors: ['A', 'B']});
		const merged = mergePapers([fromPage], [fromApi]);
		expect(merged).toHaveLength(1);
		expect(merged[0]).toMatchObject({
			id: '2501.1',
			upvotes: 9,
			abstract: 'The full, uncut abstract of it.',
			authors: ['A', 'B'],
			url: 'https://huggingface.co/papers/2501.1',
		});
	});

	it('the same id twice is one paper; the same title with two ids is two', () => {
		expect(mergePapers([p('A', null, 1, {id: '1'}), p('B', null, 2, {id: '1'})])).toHaveLength(1);
		expect(mergePapers([p('A', null, 1, {id: '1'}), p('A', null, 2, {id: '2'})])).toHaveLength(2);
	});
});

describe('grouping and order', () => {
	const papers = [p('b', '2025-01-01', 5), p('a', '2025-01-02', 1), p('c', '2025-01-02', 9), p('z', null, 50), p('d', '2025-01-01', 7)];

	it('groups by date, newest first, undated last, upvotes within a day', () => {
		expect(groupByDate(papers).map((g) => [g.date, g.papers.map((x) => x.title)])).toEqual([
			['2025-01-02', ['c', 'a']],
			['2025-01-01', ['d', 'b']],
			[null, ['z']],
		]);
	});

	it('sort title orders within a day; sort date takes the oldest day first', () => {
		expect(orderPapers(papers, 'title').map((x) => x.title)).toEqual(['a', 'c', 'b', 'd', 'z']);
		expect(orderPapers(papers, 'date').map((x) => x.title)).toEqual(['d', 'b', 'c', 'a', 'z']);
	});

	it('newestDay', () => {
		expect(newestDay(papers)).toBe('2025-01-02');
		expect(newestDay([p('x', null)])).toBeNull();
	});
});

describe('filterPapers', () => {
	const papers = [
		p('Reinforcement Learning at Scale', '2025-01-02', 10, {authors: ['Grace Hopper']}),
		p('Vision Models', '2025-01-01', 2, {organization: 'Stanford NLP'}),
		p('Undated', null, 1),
	];
	const titles = (f: Parameters<typeof filterPapers>[1]) => filterPapers(papers, f).map((x) => x.title);

	it('by day, since, min upvotes', () => {
		expect(titles({day: '2025-01-01'})).toEqual(['Vision Models']);
		expect(titles({since: '2025-01-02'})).toEqual(['Reinforcement Learning at Scale']);
		expect(titles({minUpvotes: 2})).toEqual(['Reinforcement Learning at Scale', 'Vision Models']);
	});

	it('by text over title, abstract, authors and organisation, every word, any case', () => {
		expect(titles({text: 'learning REINFORCEMENT'})).toEqual(['Reinforcement Learning at Scale']);
		expect(titles({text: 'hopper'})).toEqual(['Reinforcement Learning at Scale']);
		expect(titles({text: 'stanford'})).toEqual(['Vision Models']);
		expect(titles({text: 'about'})).toHaveLength(3);
		expect(titles({text: 'nothing-like-this'})).toEqual([]);
	});
});
