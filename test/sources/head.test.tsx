import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {loadLibrary} from '../../source/sources/load.js';
import {HEAD_FROM, readStoreHead} from '../../source/store/store.js';
import {tempHome} from '../helpers/run-cli.js';
import {KEYS, startApp, threeDays, type Session} from '../helpers/ui.js';

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** A store of 20 days of 120 papers: over the size from which a head is kept. */
function bigStore(): string {
	const store = path.join(tempHome(), 'digests');
	fs.mkdirSync(store);
	for (let d = 1; d <= 20; d++) {
		const day = `2026-01-${String(d).padStart(2, '0')}`;
		const items = Array.from({length: 120}, (_, i) => ({
			paper: {
				id: `2601.${String(d).padStart(2, '0')}${String(i).padStart(3, '0')}`,
				title: `Paper ${i} of ${day}`,
				summary: 'S.',
				authors: [],
				upvotes: i,
			},
		}));
		fs.writeFileSync(path.join(store, `${day}.json`), JSON.stringify(items));
	}
	return store;
}

describe("a large store's head", () => {
	it('is kept beside the index: the newest 14 days alone, read without the whole index', async () => {
		const store = bigStore();
		expect(20 * 120).toBeGreaterThan(HEAD_FROM);
		const full = await loadLibrary({inputs: [], storeDir: store, stdinPiped: false});
		expect(full.papers).toHaveLength(2400);
		const head = await readStoreHead(store);
		expect(new Set(head!.papers.map((p) => p.date))).toEqual(
			new Set(Array.from({length: 14}, (_, i) => `2026-01-${String(i + 7).padStart(2, '0')}`)),
		);
		const first = await loadLibrary({inputs: [], storeDir: store, stdinPiped: false, headFirst: true});
		expect(first).toMatchObject({partial: true, origin: 'store (20 days)'});
		expect(first.papers).toHaveLength(14 * 120);
	});

	it('is not believed once a day file changes, or when it is half written: the whole store is read instead', async () => {
		const store = bigStore();
		await loadLibrary({inputs: [], storeDir: store, stdinPiped: false});
		fs.writeFileSync(
			path.join(store, '2026-01-21.json'),
			JSON.stringify([{paper: {id: '2601.21000', title: 'New', summary: 'S.', authors: [], upvotes: 1}}]),
		);
		expect(await readStoreHead(store)).toBeNull();
		const library = await loadLibrary({inputs: [], storeDir: store, stdinPiped: false, headFirst: true});
		expect(library.partial).toBeUndefined();
		expect(library.papers).toHaveLength(2401);
		// An old day written again (its size, its time): the head was made from other files.
		await loadLibrary({inputs: [], storeDir: store, stdinPiped: false});
		expect(await readStoreHead(store)).not.toBeNull();
		fs.appendFileSync(path.join(store, '2026-01-02.json'), '\n');
		expect(await readStoreHead(store)).toBeNull();
		fs.writeFileSync(path.join(store, '.index-v5-head.jsonl'), '{"version": 5, "count": 5, "stamp": {"2026-01-01": [');
		expect(await readStoreHead(store)).toBeNull();
	});
});

describe('the browser on a head', () => {
	it('draws the newest days, says the rest is loading, holds back what needs every paper, then takes the rest in', async () => {
		const all = threeDays();
		let release: (papers: typeof all) => void = () => {};
		const rest = new Promise<typeof all>((resolve) => (release = resolve));
		app = startApp({papers: all.slice(0, 3), partial: true}, {loadRest: () => rest});
		const s = app;
		await s.waitFor('Day1 Alpha');
		expect(s.frame()).toContain('loading older days…');
		expect(s.frame()).not.toContain('Day3 Zeta');
		await s.press('G');
		await s.waitFor('reading the rest of the store (3 papers so far): G');
		// A search opens at once; what is typed waits for the whole store, and no letter is taken as a command.
		await s.press('/', 'z', 'e', 't', 'q');
		await s.waitFor('waiting: the store is loading (3 papers in so far)');
		expect(s.frame()).toContain('/ zetq');
		await s.press(KEYS.backspace, 'a');
		release([...all, makePaper({id: 'extra', title: 'Day4 Extra', date: '2025-12-31', upvotes: 1})]);
		await s.waitFor('1 match "zeta"');
		expect(s.frame()).toMatch(/› +Day3 Zeta/);
		expect(s.frame()).not.toContain('loading older days');
		await s.press(KEYS.escape, 'G');
		await s.waitFor(/› +Day4 Extra/);
	});

	/** The head drawn, a key pressed while the rest is held back, said to be on its way; then the rest let in. */
	async function pressedWhileLoading(key: string) {
		const all = threeDays();
		let release: (papers: typeof all) => void = () => {};
		const rest = new Promise<typeof all>((resolve) => (release = resolve));
		app = startApp({papers: all.slice(0, 3), partial: true}, {loadRest: () => rest});
		await app.waitFor('Day1 Alpha');
		await app.press(key);
		await app.waitFor('comes when it is in');
		release([...all, makePaper({id: 'extra', title: 'Day4 Extra', date: '2025-12-31', upvotes: 1})]);
		return app;
	}

	it('takes what needs every paper while the store loads, says it is on its way, and answers it when the store is in (#35.5)', async () => {
		const s = await pressedWhileLoading('G');
		await s.waitFor(/› +Day4 Extra/);
	});

	it('M while the store loads opens "more like this" on the paper it was pressed on, once the store is in (#35.5)', async () => {
		const s = await pressedWhileLoading('M');
		await s.waitFor(/like this one · Esc comes back|no paper here is like this one/);
	});
});
