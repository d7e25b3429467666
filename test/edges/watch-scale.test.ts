import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {matchesQuery} from '../../source/digest/match.js';
import {parseQuery} from '../../source/digest/query.js';
import {watchedBy, watchedInSlices} from '../../source/digest/watch-match.js';
import {slicer} from '../../source/slices.js';
import {initialState, reducer} from '../../source/ui/reducer.js';

/* #40.3: watch rules at scale are matched in one go over the search index, between keys in the browser. */

const W = ['diffusion', 'transformer', 'agent', 'vision', 'speech', 'robot', 'reasoning', 'retrieval', 'graph', 'policy', '世界模型'];
const library = Array.from({length: 3000}, (_, k) =>
	makePaper({
		id: `2601.${String(k).padStart(5, '0')}`,
		title: `${W[k % 11]} ${W[(k * 7) % 11]} study ${k}`,
		abstract: `We study ${W[(k * 3) % 11]} with ${W[(k + 5) % 11]} in ${W[(k * 5) % 11]} settings.`,
		authors: [k % 2 ? 'Ada Lovelace' : 'Alan Turing'],
		keywords: k % 3 ? ['world models'] : [],
		date: '2026-01-05',
		upvotes: k % 50,
	}),
);
const RULES: Record<string, string> = {
	words: 'diffusion agent',
	phrase: '"transformer study"',
	negated: 'vision -"robot study"',
	field: 'author:lovelace upvotes:>20',
	titleField: 'title:reasoning -speech',
	cjk: '世界模型',
	keyword: 'kw:"world models" retrieval',
	nothing: 'zzzz',
	prefix: 'retriev polic',
};

describe('watch rules over a large library', () => {
	it('match exactly what each rule read paper by paper matches, each paper with its rules in their order', () => {
		const watched = watchedBy(library, RULES);
		for (const paper of library) {
			const want = Object.entries(RULES)
				.filter(([, text]) => {
					const parsed = parseQuery(text);
					return parsed.ok && matchesQuery(paper, parsed.query);
				})
				.map(([name]) => name);
			expect(watched.get(paper) ?? [], paper.title).toEqual(want);
		}
	});

	it('in the browser, W before the rules are matched waits, says so, and runs when they are', async () => {
		const papers = library.slice();
		const watch = {agents: 'agent'};
		let state = initialState({papers, origin: 'store', watch});
		state = reducer(state, {type: 'command', command: 'watch.cycle'});
		expect(state.message).toBe('matching the watch rules, a moment…');
		expect(state.watchFocus).toBeNull();
		await watchedInSlices(
			papers,
			watch,
			slicer(() => Promise.resolve()),
		);
		state = reducer(state, {type: 'watch.ready'});
		expect(state.watchFocus).toBe('*');
		expect(state.view.papers.length).toBe(watchedBy(papers, watch).size);
	});
});
