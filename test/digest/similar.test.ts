import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parseDigest} from '../../source/digest/detect.js';
import {makePaper, paperKey, type Paper} from '../../source/digest/paper.js';
import {forYouScores, orderForYou} from '../../source/digest/for-you.js';
import {similarModelNow, similarPapers} from '../../source/digest/similar.js';
import {fromParts} from '../../source/digest/similar-model.js';
import {atOnce, inSlices, slicer} from '../../source/slices.js';
import {fixture, HAS_FIXTURES, readFixture, REAL} from '../helpers/fixtures.js';

/* "More like this" and "for you" on a store of three clear topics, made here; and, on real days, a check of quality. */

const TOPICS: Record<string, string[]> = {
	protein: 'protein folding structure residue amino sequence enzyme binding molecular biology alphafold docking'.split(' '),
	robot: 'robot manipulation grasping gripper embodied locomotion arm tactile dexterous policy teleoperation'.split(' '),
	speech: 'speech recognition audio acoustic speaker phoneme waveform transcription spoken asr voice'.split(' '),
};
// What every paper of any topic says: shared by all, it must liken nothing to anything.
const COMMON = 'we propose a novel approach that achieves state of the art results on the benchmark with our method'.split(' ');

function rng(seed: number) {
	let s = seed;
	return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function topicPapers(topic: string, n: number, date: string, seed: number): Paper[] {
	const random = rng(seed);
	const words = TOPICS[topic]!;
	const pick = () => words[Math.floor(random() * words.length)]!;
	return Array.from({length: n}, (_, i) =>
		makePaper({
			id: `${topic}.${date}.${i}`,
			title: `${pick()} ${pick()} for ${pick()} ${i}`,
			abstract: [...COMMON, ...Array.from({length: 25}, pick), ...COMMON].join(' '),
			date,
			upvotes: 50 - i,
		}),
	);
}

const store = () => [
	...topicPapers('protein', 12, '2026-01-05', 1),
	...topicPapers('robot', 12, '2026-01-05', 2),
	...topicPapers('speech', 12, '2026-01-05', 3),
];
const topicOf = (p: Paper) => p.id!.split('.')[0];

describe('more like this', () => {
	it("the papers most like a topic's paper are of its topic; sharing only common words is no likeness", () => {
		const papers = store();
		const onlyCommon = makePaper({id: 'common.1', title: 'We propose an approach', abstract: COMMON.join(' '), date: '2026-01-05'});
		const model = similarModelNow([...papers, onlyCommon]);
		for (const paper of [papers[0]!, papers[13]!, papers[30]!]) {
			const alike = similarPapers(model, paper, 5);
			expect(alike).toHaveLength(5);
			expect(alike.map((a) => topicOf(a.paper))).toEqual(Array(5).fill(topicOf(paper)));
			for (const a of alike) for (const word of a.reason) expect(TOPICS[topicOf(paper)!]!.join(' ')).toContain(word);
		}
		expect(similarPapers(model, onlyCommon, 10)).toEqual([]);
		expect(similarPapers(model, papers[0]!, 50).some((a) => a.paper === onlyCommon)).toBe(false);
	});

	it('never the paper itself, never one paper twice, and the same answer for the same store', () => {
		const papers = store();
		// Two digests of one paper: the same id twice.
		const twice = [...papers, {...papers[3]!, upvotes: 1}];
		const model = similarModelNow(twice);
		fc.assert(
			fc.property(fc.integer({min: 0, max: twice.length - 1}), fc.integer({min: 1, max: 40}), (i, n) => {
				const paper = twice[i]!;
				const alike = similarPapers(model, paper, n);
				const keys = alike.map((a) => paperKey(a.paper));
				expect(keys).not.toContain(paperKey(paper));
				expect(new Set(keys).size).toBe(keys.length);
				expect(similarPapers(similarModelNow(twice), paper, n).map((a) => paperKey(a.paper))).toEqual(keys);
			}),
			{numRuns: 100},
		);
	});
});

describe('for you', () => {
	it("a list of robot papers puts a new day's robot papers first, whatever their upvotes", () => {
		const old = store();
		const saved = old.filter((p) => topicOf(p) === 'robot').slice(0, 4);
		const day = [
			...topicPapers('protein', 4, '2026-01-06', 11).map((p) => ({...p, upvotes: 100})),
			...topicPapers('speech', 4, '2026-01-06', 12).map((p) => ({...p, upvotes: 90})),
			...topicPapers('robot', 4, '2026-01-06', 13).map((p) => ({...p, upvotes: 1})),
		];
		const library = [...old, ...day];
		const model = similarModelNow(library);
		const order = orderForYou(day, model, forYouScores(model, saved));
		expect(order.slice(0, 4).map(topicOf)).toEqual(['robot', 'robot', 'robot', 'robot']);
	});
});

describe.skipIf(!HAS_FIXTURES)(`likeness on real days (${REAL})`, () => {
	it("papers found alike share Hugging Face's AI keywords far more often than chance", () => {
		const papers = parseDigest(readFixture('api/2026-08-21.json'), {source: fixture('api/2026-08-21.json')}).papers.filter(
			(p) => (p.keywords ?? []).length > 0,
		);
		expect(papers.length).toBeGreaterThanOrEqual(15);
		// A keyword's words ("reinforcement learning" → reinforcement, learning): Hugging Face's phrases are too
		// particular to meet whole in one day of 16 papers.
		const keywords = (p: Paper) =>
			new Set(
				(p.keywords ?? [])
					.flatMap((k) => k.toLowerCase().match(/[a-z0-9]{4,}/g) ?? [])
					.filter((w) => !['model', 'models', 'learning', 'based', 'data'].includes(w)),
			);
		const share = (a: Paper, b: Paper) => [...keywords(a)].some((k) => keywords(b).has(k));
		// Chance: how often two different papers of the day share a keyword at all.
		let pairs = 0;
		let sharing = 0;
		for (const a of papers)
			for (const b of papers) {
				if (a === b) continue;
				pairs++;
				if (share(a, b)) sharing++;
			}
		const chance = sharing / pairs;
		// Keywords left out of the model: likeness must come from the titles and abstracts alone.
		const model = similarModelNow(papers.map((p) => ({...p, keywords: []})));
		let found = 0;
		let hits = 0;
		papers.forEach((paper, i) => {
			for (const alike of similarPapers(model, model.papers[i]!, 3)) {
				found++;
				if (share(paper, papers[model.papers.indexOf(alike.paper)]!)) hits++;
			}
		});
		const rate = hits / found;
		console.log(
			`likeness on ${papers.length} real papers: the 3 most alike share a word of an AI keyword ${(rate * 100).toFixed(0)}% of the time; two papers at random ${(chance * 100).toFixed(0)}%`,
		);
		expect(rate).toBeGreaterThan(chance * 1.5);
	});
});

describe('the model from its kept parts', () => {
	it('is put together a step at a time, between keys, into the model built at once', async () => {
		// Enough papers that each pass over them pauses more than once.
		const papers = ['protein', 'robot', 'speech'].flatMap((topic, t) => topicPapers(topic, 1100, '2026-01-05', t + 1));
		const built = similarModelNow(papers);
		const parts = {keys: built.keys, words: built.words, idf: built.idf, vectors: built.vectors};
		let pauses = 0;
		const everyStep = slicer(async () => void pauses++, 0);
		const sliced = (await inSlices(fromParts([...papers].reverse(), parts), everyStep))!;
		expect(pauses).toBeGreaterThan(3 * Math.floor(papers.length / 1024));
		expect(sliced.postings).toEqual(built.postings);
		expect([...sliced.place]).toEqual([...built.place]);
		expect(sliced.papers).toEqual(built.papers);
		expect(atOnce(fromParts(papers.slice(1), parts))).toBeNull();
	});
});
