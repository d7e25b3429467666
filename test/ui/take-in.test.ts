import {describe, expect, it, vi} from 'vitest';
import {orderPapers, orderPapersInSlices} from '../../source/digest/collection.js';
import {makePaper, paperKey, type Paper} from '../../source/digest/paper.js';
import {searchIndex, searchPapers, warmSearch} from '../../source/digest/search.js';
import {parseQuery} from '../../source/digest/query.js';
import {buildSimilarModel, similarModelNow, similarPapers} from '../../source/digest/similar.js';
import {forEachSliced, slicer, type Slicer} from '../../source/slices.js';
import {unseenCount} from '../../source/ui/core/seen.js';
import {prepareOrder} from '../../source/ui/core/view.js';
import {prepareLibrary} from '../../source/ui/core/take-in.js';
import {initialState, reducer} from '../../source/ui/reducer.js';
import {memoizeBy} from '../../source/cache.js';

/*
 * Work after the first frame runs in slices of time: a slice pauses once it has run its budget. Here every item is
 * "due", so each pause is counted, and what the slices make must be what the same work makes at once.
 */

const WORDS = ['diffusion', 'agents', 'reasoning', 'vision', 'speech', 'robots', 'graphs', 'tokens'];

function library(days: number, perDay: number): Paper[] {
	const papers: Paper[] = [];
	for (let d = 0; d < days; d++)
		for (let n = 0; n < perDay; n++) {
			const w = WORDS[(d * perDay + n) % WORDS.length]!;
			papers.push(
				makePaper({
					id: `2611.${String(d * perDay + n).padStart(5, '0')}`,
					title: `${w} paper ${d}-${n}`,
					abstract: `On ${w} and ${WORDS[(n + 3) % WORDS.length]} at scale.`,
					date: `2026-11-${String(d + 1).padStart(2, '0')}`,
					upvotes: (n * 7 + d) % 13,
				}),
			);
		}
	return papers;
}

/** A slicer that is always due, counting its pauses. */
function counting(): Slicer & {pauses: number} {
	const s = {pauses: 0, due: () => true, pause: async () => void s.pauses++};
	return s;
}

describe('slices of time', () => {
	it('a slice ends once it has run its budget, and not before', async () => {
		let now = 1000;
		const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
		try {
			let pauses = 0;
			const slices = slicer(async () => void pauses++, 5);
			now += 4.9;
			expect(slices.due()).toBe(false);
			now += 0.1;
			expect(slices.due()).toBe(true);
			await slices.pause();
			expect(pauses).toBe(1);
			// The next slice's time counts from the end of the pause.
			expect(slices.due()).toBe(false);
		} finally {
			clock.mockRestore();
		}
	});

	it('forEachSliced visits every item in order, pausing when due', async () => {
		const seen: number[] = [];
		const slices = counting();
		await forEachSliced([3, 1, 2], (n, at) => seen.push(n * 10 + at), slices);
		expect(seen).toEqual([30, 11, 22]);
		expect(slices.pauses).toBe(3);
	});

	it('a memo takes a value made elsewhere', () => {
		let made = 0;
		const memo = memoizeBy((o: object, k: string) => `${k}${++made}`);
		const o = {};
		memo.put(o, 'a', 'kept');
		expect(memo(o, 'a')).toBe('kept');
		expect(memo(o, 'b')).toBe('b1');
		expect(made).toBe(1);
	});
});

describe('what the slices make is what the same work makes at once', () => {
	const papers = library(6, 9);

	it('the order, by every sort and grouping', async () => {
		for (const sort of ['upvotes', 'date', 'title'] as const)
			for (const grouping of ['day', 'week', 'month'] as const) {
				const slices = counting();
				expect(await orderPapersInSlices(papers, sort, grouping, slices)).toEqual(orderPapers(papers, sort, grouping));
				// A pause after each group: six days, in one month.
				if (grouping === 'week') expect(slices.pauses).toBeGreaterThanOrEqual(1);
				else expect(slices.pauses).toBe(grouping === 'day' ? 6 : 1);
			}
	});

	it('the search index, paused between papers and inside its last step', async () => {
		const copy = [...papers];
		const slices = counting();
		await warmSearch(copy, slices);
		expect(slices.pauses).toBeGreaterThan(3);
		const parsed = parseQuery('agents');
		if (!parsed.ok) throw new Error(parsed.problem);
		const found = searchPapers(copy, parsed.query, searchIndex(copy)).map(paperKey);
		expect(found.length).toBe(papers.filter((p) => /agents/.test(`${p.title} ${p.abstract}`)).length);
		expect(found).toEqual(searchPapers(papers, parsed.query, searchIndex(papers)).map(paperKey));
	});

	it('the likeness model', async () => {
		const slices = counting();
		const sliced = await buildSimilarModel(papers, slices);
		expect(slices.pauses).toBeGreaterThan(papers.length);
		const now = similarModelNow(papers);
		const near = (model: typeof now) => similarPapers(model, papers[4]!, 5).map((a) => paperKey(a.paper));
		expect(near(sliced)).toEqual(near(now));
	});

	it('taking the whole library in: the view is the order made beforehand, and the count of new papers is right', async () => {
		const head = papers.slice(0, 9);
		const seen = new Set(papers.slice(0, 20).map(paperKey));
		let state = initialState({papers: head, origin: 't', seen, viewport: {columns: 100, rows: 20}});
		const slices = counting();
		await prepareLibrary(state, papers, slices);
		expect(slices.pauses).toBeGreaterThan(papers.length);
		const prepared = await prepareOrder(papers, 'upvotes', 'day', counting());
		state = reducer(state, {type: 'library.loaded', papers});
		// The very array made in slices: the frame taking the library in sorted nothing.
		expect(state.view.papers).toBe(prepared);
		expect(prepared).toEqual(orderPapers(papers, 'upvotes', 'day'));
		expect(unseenCount(state.view.papers, state.marks.seen!, state.allPapers)).toBe(papers.length - 20);
	});
});
