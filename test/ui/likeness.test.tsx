import {afterEach, describe, expect, it, vi} from 'vitest';
import {makePaper, type Paper} from '../../source/digest/paper.js';
import {runCli, tempHome, writeTemp} from '../helpers/run-cli.js';
import {memoryLists, startApp, type Session} from '../helpers/ui.js';

/* M opens the papers most like the current one, with why, and Esc comes back; s offers "for you". */

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const paper = (id: string, title: string, abstract: string, upvotes: number, date = '2026-01-05'): Paper =>
	makePaper({id, title, abstract, upvotes, date});

function library(): Paper[] {
	return [
		paper('2601.00011', 'Protein folding with diffusion', 'protein folding residue structure enzyme sequence', 90),
		paper('2601.00021', 'Robot grasping from touch', 'robot grasping gripper tactile manipulation arm', 80),
		paper('2601.00012', 'Enzyme structure prediction', 'protein enzyme residue folding structure binding', 10),
		paper('2601.00022', 'Dexterous robot arm', 'robot arm manipulation dexterous gripper grasping', 5),
		paper('2601.00031', 'Speech recognition at scale', 'speech audio acoustic transcription phoneme speaker', 70),
		paper('2601.00032', 'Speaker voice transcription', 'speech speaker voice transcription audio phoneme', 3),
	];
}

describe('more like this in the browser', () => {
	it('M shows the most alike with the words they share; Esc comes back to the same paper', async () => {
		app = startApp({papers: library(), origin: 'store'});
		await app.waitFor('Protein folding with diffusion');
		await app.press('j');
		await app.waitFor(/› +Robot grasping from touch/);
		await app.press('M');
		await app.waitFor('like “Robot grasping from touch”');
		const frame = app.frame();
		expect(frame).toMatch(/› +\S* *Dexterous robot arm +· (robot|grasping|gripper|arm|manipulation)/);
		expect(frame).not.toContain('Protein folding with diffusion');
		expect(frame).toContain('Esc');
		await app.press('\u001b');
		await app.waitFor(/› +Robot grasping from touch/);
		expect(app.frame()).toContain('Protein folding with diffusion');
	});
});

describe('for you', () => {
	it('with no lists, s says so and the order stays by upvotes', async () => {
		app = startApp({papers: library(), origin: 'store'});
		await app.waitFor('Protein folding with diffusion');
		await app.press('s', 's', 's');
		await app.waitFor('sort: for you · no reading lists yet (b saves a paper), so by upvotes');
		const lines = app.frame().split('\n');
		expect(lines.findIndex((l) => l.includes('Protein folding'))).toBeLessThan(lines.findIndex((l) => l.includes('Robot grasping')));
	});

	it('with a list of robot papers, the robot papers come first, and the pane says which saved paper they are close to', async () => {
		const saved = paper('2601.00020', 'A saved robot gripper paper', 'robot gripper grasping manipulation tactile arm', 1, '2026-01-01');
		const lists = {later: [{paper: saved, savedAt: 'x', read: false}]};
		app = startApp({papers: [...library(), saved], origin: 'store', lists, sort: 'for-you'}, {lists: memoryLists(lists)});
		await app.waitFor('for you');
		await app.waitFor(/› +\S* *Robot grasping from touch/);
		await app.waitFor('for you: close to “A saved robot gripper paper”, which you saved');
		const lines = app.frame().split('\n');
		expect(lines.findIndex((l) => l.includes('Dexterous robot arm'))).toBeLessThan(lines.findIndex((l) => l.includes('Protein folding')));
	});
});

describe('on the command line', () => {
	it('papers similar ID prints the most alike in any format; --sort for-you and --for-you LIST print in that order', async () => {
		const home = tempHome();
		const file = writeTemp('lib.json', JSON.stringify(library()));
		const env = {PAPERS_HOME: home, PAPERS_OFFLINE: '1'};
		// Into the store, as fetched days are: the library's one day.
		const fs = await import('node:fs');
		const path = await import('node:path');
		fs.mkdirSync(path.join(home, 'digests'));
		fs.copyFileSync(file, path.join(home, 'digests', '2026-01-05.json'));
		const similar = await runCli(['similar', '2601.00021', '-n', '1', '--json'], {env});
		expect(similar.code).toBe(0);
		expect(JSON.parse(similar.stdout).map((p: Paper) => p.id)).toEqual(['2601.00022']);
		expect((await runCli(['similar', '2601.99999'], {env})).stderr).toBe(
			'papers: 2601.99999 is not in the store (papers fetch --date DAY gets its day)\n',
		);
		expect((await runCli(['similar'], {env})).code).toBe(2);
		const none = await runCli(['--sort', 'for-you', '--json'], {env});
		expect(none.stderr).toBe('papers: for you: no reading lists yet, so by upvotes\n');
		await runCli(['--save', 'robots', '--search', 'gripper', '--limit', '1'], {env});
		// The saved robot paper's like comes first (the saved one itself is no news, and not its own reason).
		const ordered = await runCli(['--for-you', 'robots', '--json', '--limit', '1'], {env});
		expect(ordered.stderr).toBe('');
		expect(JSON.parse(ordered.stdout).map((p: Paper) => p.id)).toEqual(['2601.00022']);
		expect((await runCli(['--for-you', 'nope', '--json'], {env})).stderr).toBe('papers: no reading list "nope" to learn from\n');
	});
});

describe("the browser's heap modes (#39)", () => {
	it('say "building" when the background work on the library starts, "settled" only once the likeness model is in', async () => {
		// V8's optimize-for-size holds while the browser builds, and is let go once it is done (source/heap-flags.ts).
		const told: string[] = [];
		let modelRead = false;
		app = startApp(
			{},
			{
				heap: {building: () => told.push('building'), settled: () => told.push(modelRead ? 'settled' : 'settled too soon')},
				likenessFile: {
					read: async () => {
						modelRead = true;
						return null;
					},
					keep: async () => {},
				},
			},
		);
		await app.waitFor('Day1 Alpha');
		expect(told).toEqual(['building']);
		// The model waits a second after the search index: the first seconds are for keys.
		await vi.waitFor(() => expect(told).toEqual(['building', 'settled']), {timeout: 10_000, interval: 20});
	});
});
