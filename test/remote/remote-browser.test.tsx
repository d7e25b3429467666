import {afterEach, describe, expect, it, vi} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {notIndexed, readPaperInfo, type PaperInfo} from '../../source/digest/paper-info.js';
import {readSearchAnswer, type SearchAnswer} from '../../source/digest/parse-search.js';
import {paperRecord, searchItem} from '../helpers/api-server.js';
import {KEYS, startApp, type Session} from '../helpers/ui.js';

/* Ctrl-R in the search box asks Hugging Face; its answers are papers like any other; a lingering paper's record shows. */

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const answer = (value: unknown) => readSearchAnswer(value) as SearchAnswer;
const record = (id: string, n: Parameters<typeof paperRecord>[1]) =>
	readPaperInfo(paperRecord(id, n), id, new Date().toISOString()) as PaperInfo;
const stored = [makePaper({id: '2601.00001', title: 'Stored paper on decoding', date: '2026-01-05', upvotes: 4})];

describe('search of Hugging Face in the browser', () => {
	it('Ctrl-R sends the typed words; a spinner turns; the answers show, marked when not stored, with the site highlights; Esc comes back', async () => {
		let release: (value: SearchAnswer) => void = () => {};
		const asked: string[] = [];
		app = startApp(
			{papers: stored, origin: 'store'},
			{
				searchRemote: (query) => {
					asked.push(query);
					return new Promise((resolve) => (release = resolve));
				},
			},
		);
		await app.waitFor('Stored paper on decoding');
		await app.press('/', ...'speculative decoding', '\u0012');
		await app.waitFor('asking Hugging Face for “speculative decoding”');
		expect(asked).toEqual(['speculative decoding']);
		release(
			answer([
				searchItem('2401.00001', 'Fast speculative decoding', 'speculative decoding'),
				{paper: {id: '2601.00001', title: 'Stored paper on decoding', summary: 'S.', authors: []}, title: 'Stored paper on decoding'},
			]),
		);
		await app.waitFor('Hugging Face: “speculative decoding”');
		const frame = app.frame();
		expect(frame).toMatch(/› +○ +undated +Fast speculative decoding/);
		expect(frame).not.toMatch(/○ +Stored paper on decoding/);
		expect(frame).toContain('2 papers from Hugging Face for "speculative decoding"');
		// Esc comes back to the store search the question was sent from (#35.7), and Esc again clears it.
		await app.press(KEYS.escape);
		await app.waitFor('0 match "speculative decoding"');
		expect(app.frame()).not.toContain('Fast speculative decoding');
		await app.press(KEYS.escape);
		await app.waitFor(/› +Stored paper on decoding/);
	});

	it('Esc while the question is on its way stops it, and a late answer is not shown', async () => {
		let release: (value: SearchAnswer) => void = () => {};
		let signal: AbortSignal | undefined;
		app = startApp(
			{papers: stored, origin: 'store'},
			{
				searchRemote: (_query, s) => {
					signal = s;
					return new Promise((resolve) => (release = resolve));
				},
			},
		);
		await app.waitFor('Stored paper on decoding');
		await app.press('/', 'x', '\u0012');
		await app.waitFor('asking Hugging Face');
		await app.press(KEYS.escape);
		await app.waitFor('stopped asking Hugging Face for "x"');
		await vi.waitFor(() => expect(signal?.aborted).toBe(true), {timeout: 10_000});
		release(answer([searchItem('2401.00001', 'Late answer', 'x')]));
		await app.press('j');
		expect(app.frame()).not.toContain('Late answer');
	});

	it('a failure is one line; an old-shape answer says the rest comes with its record, which fills the pane', async () => {
		const infos = new Map<string, PaperInfo>([['2403.00001', record('2403.00001', {models: 4, totals: true})]]);
		app = startApp(
			{papers: stored, origin: 'store'},
			{
				searchRemote: async (query) => {
					if (query === 'bad') throw new Error('huggingface.co answered 503');
					return answer([{id: '2403.00001', title: 'An old answer', thumbnailUrl: '', source: 'arxiv'}]);
				},
				loadInfo: async (id) => infos.get(id) ?? notIndexed(id, new Date().toISOString()),
			},
		);
		await app.waitFor('Stored paper on decoding');
		await app.press('/', ...'bad', '\u0012');
		await app.waitFor('could not search Hugging Face: huggingface.co answered 503');
		await app.press('/', ...'old', '\u0012');
		await app.waitFor('An old answer');
		// The record comes after a moment on the paper: the abstract, and what cites it.
		await app.waitFor('The abstract of 2403.00001, from its record.');
		expect(app.frame()).toContain('Models 40 · Datasets 0 · Spaces 0');
		expect(app.frame()).toContain('Models (3 of 40 shown): org/model-4');
	});
});

describe('a paper record in the pane', () => {
	it('asks for the paper that stays, not every row passed; the link chooser opens its models', async () => {
		const papers = Array.from({length: 6}, (_, i) =>
			makePaper({id: `2601.0000${i + 1}`, title: `Paper ${i + 1}`, date: '2026-01-05', upvotes: 10 - i}),
		);
		const asked: string[] = [];
		app = startApp(
			{papers, origin: 'store'},
			{
				loadInfo: async (id) => {
					asked.push(id);
					return record(id, {models: 2, spaces: 1});
				},
			},
		);
		await app.waitFor('Models 2 · Datasets 0 · Spaces 1');
		await app.press('jjjjj');
		await app.waitFor(/› +Paper 6/);
		await vi.waitFor(() => expect(asked).toHaveLength(2), {timeout: 10_000});
		expect(asked).toEqual(['2601.00001', '2601.00006']);
		await app.waitFor('Models: org/model-2 ↓ 200, org/model-1 ↓ 100');
		await app.press('O');
		await app.waitFor(/4 model org\/model-2 · 5 model org\/model-1 · 6 Space/);
		await app.press('6');
		await vi.waitFor(() => expect(app!.opened).toContain('https://huggingface.co/spaces/org/space-1'), {timeout: 10_000});
	});

	it('offline: the records kept show, none is asked for, and a paper without one says so', async () => {
		const papers = [
			makePaper({id: '2601.00001', title: 'Kept one', date: '2026-01-05', upvotes: 2}),
			makePaper({id: '2601.00002', title: 'Not kept', date: '2026-01-05', upvotes: 1}),
		];
		app = startApp(
			{papers, origin: 'store', offline: true},
			{keptInfos: async () => new Map([['2601.00001', record('2601.00001', {datasets: 2})]])},
		);
		await app.waitFor('Models 0 · Datasets 2 · Spaces 0');
		await app.press('j');
		await app.waitFor('Models · Datasets · Spaces: none kept (papers fetch --info keeps them)');
	});

	it('models:>0 filters on the records in, and says how many papers have none', async () => {
		const papers = [
			makePaper({id: '2601.00001', title: 'Has models', date: '2026-01-05', upvotes: 2}),
			makePaper({id: '2601.00002', title: 'Has none', date: '2026-01-05', upvotes: 1}),
			makePaper({id: '2601.00003', title: 'Never asked', date: '2026-01-05', upvotes: 0}),
		];
		app = startApp(
			{papers, origin: 'store'},
			{
				keptInfos: async () =>
					new Map([
						['2601.00001', record('2601.00001', {models: 1})],
						['2601.00002', record('2601.00002', {})],
					]),
			},
		);
		await app.waitFor('Has models');
		await app.waitFor('Models 1 · Datasets 0 · Spaces 0');
		await app.press('/', ...'models:>0', KEYS.enter);
		await app.waitFor('1 paper without a record (papers fetch --info)');
		expect(app.frame()).not.toContain('Has none');
		expect(app.frame()).not.toContain('Never asked');
	});
});
