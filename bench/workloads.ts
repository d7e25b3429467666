import {makePaper} from '../source/digest/paper.js';
import {forYouScores, orderForYou} from '../source/digest/for-you.js';
import {similarModelNow, similarPapers} from '../source/digest/similar.js';
import {watchedBy} from '../source/digest/watch-match.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {groupByDate} from '../source/digest/collection.js';
import {parseApiText} from '../source/digest/parse-api.js';
import {parsePage} from '../source/digest/parse-page.js';
import {loadLibrary} from '../source/sources/load.js';
import {buildView} from '../source/ui/core/view.js';
import {readSeen} from '../source/seen/store.js';
import {renderMarkdown} from '../source/reader/render.js';
import {asApiJson, asPageText, syntheticArchive} from './synthetic.js';

const best = (runs: number, fn: () => void) => {
	let min = Infinity;
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		fn();
		min = Math.min(min, performance.now() - t);
	}
	return min;
};

export function parseFigures() {
	const archive = syntheticArchive(100);
	const page = asPageText(archive);
	const pageMb = Buffer.byteLength(page) / 1e6;
	const pageMs = best(9, () => parsePage(page, {source: 'bench', today: '2026-11-27'}));
	const json = `[${archive.map((d) => asApiJson(d).slice(1, -1)).join(',')}]`;
	const jsonMb = Buffer.byteLength(json) / 1e6;
	// Interleaved, best of many: on a shared 2-core machine one slow run says more about the neighbours than the code.
	let apiMs = Infinity;
	let rawMs = Infinity;
	for (let i = 0; i < 9; i++) {
		apiMs = Math.min(
			apiMs,
			best(1, () => parseApiText(json, {source: 'bench'})),
		);
		rawMs = Math.min(
			rawMs,
			best(1, () => JSON.parse(json)),
		);
	}
	return {
		pageMbPerS: pageMb / (pageMs / 1000),
		apiMbPerS: jsonMb / (apiMs / 1000),
		jsonParseMbPerS: jsonMb / (rawMs / 1000),
		pageMb,
		jsonMb,
	};
}

/** Writes a store of `days` days (50 papers each) and a page-text file of the first day; answers their paths. */
export function writeArchive(days: number): {home: string; store: string; smallPage: string} {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-'));
	const store = path.join(home, 'digests');
	fs.mkdirSync(store);
	const archive = syntheticArchive(days);
	for (const day of archive) fs.writeFileSync(path.join(store, `${day.date}.json`), asApiJson(day));
	const smallPage = path.join(home, 'fifty.txt');
	fs.writeFileSync(smallPage, asPageText(archive.slice(0, 1)));
	return {home, store, smallPage};
}

/** The titles of a store's papers, a line each: what fzf is given beside papers. */
export async function titlesOf(store: string): Promise<string> {
	const library = await loadLibrary({inputs: [], storeDir: store, stdinPiped: false});
	return `${library.papers.map((p) => p.title.replace(/\s+/g, ' ')).join('\n')}\n`;
}

/** Cold: the first load, parsing every day file and writing the index. Warm: later loads, from the index. */
export async function loadFigure(store: string) {
	const once = async () => {
		const t = performance.now();
		const library = await loadLibrary({inputs: [], storeDir: store, stdinPiped: false});
		groupByDate(library.papers, 'upvotes');
		return {ms: performance.now() - t, papers: library.papers.length};
	};
	const cold = await once();
	let warm = Infinity;
	for (let i = 0; i < 3; i++) warm = Math.min(warm, (await once()).ms);
	return {cold: cold.ms, warm, papers: cold.papers};
}

/**
 * The search language at 20,000 papers: folding every paper once (the first search pays it), then each keystroke
 * of typed queries (narrowing from the last result, as the browser does) and whole queries from scratch.
 */
export async function searchFigure(store: string) {
	const library = await loadLibrary({inputs: [], storeDir: store, stdinPiped: false});
	const papers = library.papers;
	const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});
	gc();
	// The heap and the typed arrays' buffers, which live outside it (the index's postings).
	const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
	const t = performance.now();
	buildView(papers, 'upvotes', 'x');
	const foldMs = performance.now() - t;
	gc();
	const indexMb = (process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore) / 1e6;
	const keystrokes: number[] = [];
	for (const typed of ['model', 'agent learning', 'world -survey', 'author:a', 'upvotes:>10 vision']) {
		let view = buildView(papers, 'upvotes', '');
		for (let i = 1; i <= typed.length; i++) {
			const start = performance.now();
			view = buildView(papers, 'upvotes', typed.slice(0, i), null, view);
			keystrokes.push(performance.now() - start);
		}
	}
	const fresh: number[] = [];
	for (let round = 0; round < 5; round++) {
		for (const query of ['model', '"world model"', 'learning -agent', 'org:lab', 'kw:vision upvotes:>5']) {
			const start = performance.now();
			buildView(papers, 'upvotes', query);
			fresh.push(performance.now() - start);
		}
	}
	return {papers: papers.length, foldMs, indexMb, keystrokes, fresh};
}

/** Seen marks at 100,000 papers: the file read and parsed into a set, best of five, and what the set weighs. */
export function seenFigure() {
	const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'papers-seen-')), 'seen.txt');
	const keys = Array.from({length: 100_000}, (_, i) => `arxiv:${2400 + Math.floor(i / 5000)}.${String(i).padStart(5, '0')}`);
	fs.writeFileSync(file, `${keys.join('\n')}\n`);
	const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});
	gc();
	const before = process.memoryUsage().heapUsed;
	let kept = readSeen(file);
	gc();
	const mb = (process.memoryUsage().heapUsed - before) / 1e6;
	let ms = Infinity;
	for (let i = 0; i < 5; i++) {
		const t = performance.now();
		kept = readSeen(file);
		ms = Math.min(ms, performance.now() - t);
	}
	return {count: kept.keys.size, ms, mb};
}

/** A 300 KB paper rendered for the reader at 120 columns: what opening it costs once its text is at hand. */
export function readerFigure() {
	const section = (i: number) =>
		`## ${i} Section\n\n${'A paragraph of the paper with *emphasis*, a [link](https://example.org/' + i + ') and math $a_' + i + '$. '.repeat(12)}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\`\`\`\ncode line ${i}\n\`\`\`\n\n`;
	let markdown = '# A Long Paper\n\n';
	for (let i = 0; markdown.length < 300_000; i++) markdown += section(i);
	let ms = Infinity;
	for (let i = 0; i < 5; i++) {
		const t = performance.now();
		renderMarkdown(markdown, 118 + (i % 2));
		ms = Math.min(ms, performance.now() - t);
	}
	return {kb: Math.round(markdown.length / 1000), ms, markdown};
}

/**
 * "More like this" and "for you" at 10,000 papers of a varied vocabulary (the seeded archive's 25 words would make
 * every paper alike): the model's build, M's question, re-ranking a day for you, and what the model weighs.
 */
export function likenessFigure() {
	let seed = 7;
	const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
	const vocabulary = Array.from({length: 4000}, (_, i) => `term${i.toString(36)}`);
	// 40 topics of 100 words each, and words any paper may use.
	const word = (topic: number) =>
		random() < 0.7 ? vocabulary[topic * 100 + Math.floor(random() * 100)]! : vocabulary[Math.floor(random() * 4000)]!;
	const papers = Array.from({length: 10_000}, (_, i) => {
		const topic = Math.floor(random() * 40);
		const words = (n: number) => Array.from({length: n}, () => word(topic)).join(' ');
		return makePaper({
			id: `2501.${String(i).padStart(5, '0')}`,
			title: words(8),
			abstract: words(160),
			date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`,
			upvotes: i % 97,
		});
	});
	const gc = (globalThis as {gc?: () => void}).gc ?? (() => {});
	gc();
	// The heap and the typed arrays' buffers, which live outside it (the model's vectors and postings).
	const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
	const heapBefore = used();
	let t = performance.now();
	const model = similarModelNow(papers);
	const buildMs = performance.now() - t;
	gc();
	const modelMb = (used() - heapBefore) / 1e6;
	const asks: number[] = [];
	for (let i = 0; i < 30; i++) {
		t = performance.now();
		similarPapers(model, papers[i * 331]!, 30);
		asks.push(performance.now() - t);
	}
	const saved = papers.slice(0, 60);
	t = performance.now();
	const forYou = forYouScores(model, saved);
	const scoreMs = performance.now() - t;
	const day = papers.filter((p) => p.date === '2025-03-01').slice(0, 80);
	const reranks: number[] = [];
	for (let i = 0; i < 10; i++) {
		t = performance.now();
		orderForYou(day, model, forYou);
		reranks.push(performance.now() - t);
	}
	return {papers: papers.length, buildMs, modelMb, asks, scoreMs, reranks};
}

/**
 * Watch rules at scale (#40): 100 rules over a generated 50,000-paper library, beside one rule over the same, each
 * from a cold start (no search index yet): words, phrases, negations, fields and upvotes, as users write them.
 */
export function watchRulesFigure() {
	let seed = 11;
	const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
	const vocabulary = Array.from({length: 3000}, (_, i) => `w${i.toString(36)}`);
	const pick = () => vocabulary[Math.floor(random() * vocabulary.length)]!;
	const papers = (n: number) =>
		Array.from({length: n}, (_, i) =>
			makePaper({
				id: `2501.${String(i).padStart(5, '0')}`,
				title: Array.from({length: 9}, pick).join(' '),
				abstract: Array.from({length: 180}, pick).join(' '),
				authors: [`A${i % 500} Author`, `B${i % 300} Writer`],
				date: `2025-${String(1 + (i % 12)).padStart(2, '0')}-01`,
				upvotes: i % 97,
			}),
		);
	const rules: Record<string, string> = {};
	for (let i = 0; i < 100; i++) {
		const shapes = [`${pick()} ${pick()}`, `"${pick()} ${pick()}" -${pick()}`, `author:a${i % 500} upvotes:>${i % 50}`, `title:${pick()}`];
		rules[`rule${i}`] = shapes[i % shapes.length]!;
	}
	const time = (n: number, chosen: Record<string, string>) => {
		const library = papers(n);
		const t = performance.now();
		const watched = watchedBy(library, chosen);
		return {ms: performance.now() - t, matched: watched.size};
	};
	const one = time(50_000, {rule0: rules.rule0!});
	const hundred = time(50_000, rules);
	return {papers: 50_000, oneMs: one.ms, hundredMs: hundred.ms, matched: hundred.matched};
}
