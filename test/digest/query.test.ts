import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {makePaper, type Paper} from '../../source/digest/paper.js';
import {parseQuery, type Query} from '../../source/digest/query.js';
import {highlightRanges} from '../../source/digest/highlight.js';
import {searchIndex, searchPapers} from '../../source/digest/search.js';
import {buildView} from '../../source/ui/core/view.js';
import {runCli, writeTemp} from '../helpers/run-cli.js';

const paper = (title: string, fields: Partial<Paper> = {}) => makePaper({title, id: title.replace(/\W/g, '').toLowerCase(), ...fields});
const PAPERS = [
	paper('Learning a World Model for Robots', {
		abstract: 'We train a world model with critical care.',
		authors: ['Ada Lovelace'],
		upvotes: 80,
	}),
	paper('RLHF Without Tears', {
		abstract: 'Reinforcement learning from human feedback, simply.',
		authors: ['Bernhard Schölkopf'],
		organization: 'Max Planck',
		upvotes: 40,
	}),
	paper('RL for Agents', {
		abstract: 'An actor-critic method for agent learning.',
		authors: ['Grace Hopper'],
		organization: 'DeepMind',
		upvotes: 5,
	}),
	paper('大规模语言模型的推理', {abstract: '我们研究了语言模型的推理能力。', upvotes: 12}),
	paper('Vision Language Survey', {abstract: 'A survey of vision language models.', keywords: ['multimodal', 'survey'], upvotes: 1}),
];
const query = (text: string): Query => {
	const parsed = parseQuery(text);
	if (!parsed.ok) throw new Error(parsed.problem);
	return parsed.query;
};
const titles = (text: string) => searchPapers(PAPERS, query(text)).map((p) => p.title);

describe('the search language', () => {
	it('words match whole words or their starts, never the middle of one', () => {
		expect(titles('RL')).toEqual(['RLHF Without Tears', 'RL for Agents']);
		expect(titles('reinforce')).toEqual(['RLHF Without Tears']);
		// A word's start is a match: quoted, a word is whole ("critic" is not "critical").
		expect(titles('critic')).toEqual(['Learning a World Model for Robots', 'RL for Agents']);
		expect(titles('"critic"')).toEqual(['RL for Agents']);
		expect(titles('world')).toEqual(['Learning a World Model for Robots']);
	});

	it('every word must match; a quoted phrase matches words next to each other, in order', () => {
		expect(titles('agent learning')).toEqual(['RL for Agents']);
		expect(titles('"agent learning"')).toEqual(['RL for Agents']);
		expect(titles('"learning agent"')).toEqual([]);
		expect(titles('"world model"')).toEqual(['Learning a World Model for Robots']);
	});

	it('-word and -"a phrase" exclude', () => {
		expect(titles('learning -world')).toEqual(['RLHF Without Tears', 'RL for Agents']);
		expect(titles('-"vision language"')).toHaveLength(4);
	});

	it('field prefixes: title, abstract, author, org, id, kw, and upvotes', () => {
		expect(titles('title:rl')).toEqual(['RLHF Without Tears', 'RL for Agents']);
		expect(titles('abstract:survey')).toEqual(['Vision Language Survey']);
		expect(titles('author:hopper')).toEqual(['RL for Agents']);
		expect(titles('org:"max planck"')).toEqual(['RLHF Without Tears']);
		expect(titles('id:rlforagents')).toEqual(['RL for Agents']);
		expect(titles('kw:multimodal')).toEqual(['Vision Language Survey']);
		expect(titles('upvotes:>50')).toEqual(['Learning a World Model for Robots']);
		expect(titles('upvotes:<10')).toEqual(['RL for Agents', 'Vision Language Survey']);
		expect(titles('upvotes:>=40 -upvotes:80')).toEqual(['RLHF Without Tears']);
	});

	it('folds diacritics and case; CJK matches inside words', () => {
		expect(titles('schölkopf')).toEqual(['RLHF Without Tears']);
		expect(titles('SCHOLKOPF')).toEqual(['RLHF Without Tears']);
		expect(titles('语言模型')).toEqual(['大规模语言模型的推理']);
		expect(titles('推理能力')).toEqual(['大规模语言模型的推理']);
	});

	it('says what is wrong with a query it cannot read', () => {
		expect(parseQuery('"agent learn')).toEqual({ok: false, problem: 'a quote is not closed: add the closing "'});
		expect(parseQuery('upvotes:>x')).toMatchObject({ok: false, problem: expect.stringMatching(/^upvotes: wants a number/)});
		expect(parseQuery('author:')).toMatchObject({ok: false});
	});

	it('marks where the matched words start, on the text as shown', () => {
		expect(highlightRanges('RLHF for the world', ['rl'])).toEqual([[0, 4]]);
		expect(highlightRanges('Schölkopf et al.', ['scholkopf'])).toEqual([[0, 9]]);
		expect(highlightRanges('大规模语言模型', ['语言'])).toEqual([[3, 5]]);
	});
});

describe('the search language, as properties', () => {
	const vocabulary = ['agent', 'learning', 'world', 'model', 'rl', 'rlhf', 'vision', 'critic', 'critical'];
	const text = fc.array(fc.constantFrom(...vocabulary), {minLength: 1, maxLength: 8}).map((ws) => ws.join(' '));
	const papers = fc
		.array(fc.record({title: text, abstract: text}), {maxLength: 25})
		.map((ps) => ps.map((p, i) => paper(`${p.title} ${i}`, {abstract: p.abstract})));
	const word = fc.constantFrom(...vocabulary, 'ag', 'wor', 'crit');

	it('the results of "a b" are those of a intersected with those of b', () => {
		fc.assert(
			fc.property(papers, word, word, (ps, a, b) => {
				const both = new Set(searchPapers(ps, query(`${a} ${b}`)));
				const inB = new Set(searchPapers(ps, query(b)));
				expect(both).toEqual(new Set(searchPapers(ps, query(a)).filter((p) => inB.has(p))));
			}),
		);
	});

	it('-a is the complement of a', () => {
		fc.assert(
			fc.property(papers, word, (ps, a) => {
				const hit = new Set(searchPapers(ps, query(a)));
				expect(searchPapers(ps, query(`-${a}`))).toEqual(ps.filter((p) => !hit.has(p)));
			}),
		);
	});

	it('a phrase finds a subset of what its words find', () => {
		fc.assert(
			fc.property(papers, word, word, (ps, a, b) => {
				const words = new Set(searchPapers(ps, query(`${a} ${b}`)));
				for (const p of searchPapers(ps, query(`"${a} ${b}"`))) expect(words.has(p)).toBe(true);
			}),
		);
	});
});

describe('one search for the print path and the browser', () => {
	it('--search prints exactly the papers that / shows for the same query', async () => {
		const file = writeTemp('d.json', JSON.stringify(PAPERS));
		for (const q of ['RL', 'critic', '"agent learning"', 'learning -world', 'author:hopper', 'org:deepmind', 'upvotes:>10 -rl']) {
			const printed = JSON.parse((await runCli(['--json', file, '--search', q, '--sort', 'upvotes'])).stdout) as Paper[];
			const shown = buildView(PAPERS, 'upvotes', q).papers;
			expect(
				printed.map((p) => p.title),
				q,
			).toEqual(shown.map((p) => p.title));
		}
	});

	it('a query --search cannot read is one line, exit 2', async () => {
		const run = await runCli(['--print', '--search', '"agent']);
		expect(run).toEqual({code: 2, stdout: '', stderr: 'papers: --search "\\"agent": a quote is not closed: add the closing "\n'});
	});
});

describe('the index answers as the plain search does', () => {
	it('for any query of words, phrases, exclusions, fields and upvotes, over any papers', () => {
		const vocabulary = ['agent', 'agents', 'learning', 'world', 'model', 'rl', 'rlhf', 'critic', 'critical', 'über', 'uber', '语言'];
		const text = fc.array(fc.constantFrom(...vocabulary), {minLength: 1, maxLength: 6}).map((ws) => ws.join(' '));
		const papers = fc
			.array(fc.record({title: text, abstract: text, author: text, votes: fc.nat(100)}), {maxLength: 30})
			.map((ps) => ps.map((p, i) => paper(`${p.title} ${i}`, {abstract: p.abstract, authors: [p.author], upvotes: p.votes})));
		const term = fc.oneof(
			fc.constantFrom(...vocabulary, 'ag', 'crit', 'wor', 'l'),
			fc.constantFrom(...vocabulary).map((w) => `-${w}`),
			fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...vocabulary)).map(([a, b]) => `"${a} ${b}"`),
			fc.constantFrom(...vocabulary).map((w) => `author:${w}`),
			fc.constantFrom(...vocabulary).map((w) => `abstract:${w}`),
			fc.constantFrom(...vocabulary).map((w) => `-title:${w}`),
			fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom(...vocabulary)).map(([a, b]) => `${a}-${b}`),
			fc.nat(100).map((n) => `upvotes:>${n}`),
		);
		fc.assert(
			fc.property(papers, fc.array(term, {minLength: 1, maxLength: 3}), (ps, terms) => {
				const q = query(terms.join(' '));
				expect(searchPapers(ps, q, searchIndex(ps))).toEqual(searchPapers(ps, q));
			}),
			{numRuns: 300},
		);
	});
});
