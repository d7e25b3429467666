import {afterEach, describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {displayWidth} from '../../source/output/width.js';
import {KEYS, memoryLists, startApp, threeDays, type Session} from '../helpers/ui.js';

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});
const start = (...args: Parameters<typeof startApp>) => (app = startApp(...args));

describe('keys that arrive together', () => {
	it('every key of one read is applied, in order', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		s.stdin.write('jjj');
		await s.waitFor(/› +Day2 Delta/);
		s.stdin.write('kjk');
		await s.waitFor(/› +Day1 Gamma/);
	});

	it('a bracketed paste in the list is ignored; in the search box it is all kept', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		s.stdin.write('\u001b[200~jjjq\u001b[201~');
		await s.press('s');
		await s.waitFor('sort: date');
		expect(s.frame()).toMatch(/› +Day1 Alpha/);
		await s.press('/');
		await s.waitFor('Enter keep');
		s.stdin.write('\u001b[200~delta rl\u001b[201~');
		await s.waitFor('1 match "delta rl"');
	});
});

describe('help at any size', () => {
	it('lays out in one column when narrow, scrolls with j/k, and q, Esc or ? close it without quitting', async () => {
		for (const viewport of [
			{columns: 80, rows: 24},
			{columns: 40, rows: 10},
		]) {
			const s = start({viewport});
			await s.waitFor('Day1 Alpha');
			await s.press('?');
			await s.waitFor('Browsing');
			const lines = s.frame().split('\n');
			expect(lines.every((l) => displayWidth(l) <= viewport.columns)).toBe(true);
			// One column: every binding line starts at the left edge, no second column runs into it.
			expect(lines.filter((l) => /\S {2,}\S.* {2}[a-zA-Z?/[\]]{1,3} {2,}/.test(l.trim()))).toEqual([]);
			await s.press('j', 'j', 'j');
			expect(s.frame()).not.toBe(lines.join('\n'));
			for (const close of ['q', KEYS.escape, '?']) {
				await s.press(close);
				await s.waitFor('Day1 Alpha');
				await s.press('?');
				await s.waitFor(/Browsing|next paper|help/);
			}
			s.unmount();
		}
	});
});

describe('the list and its header', () => {
	it('Esc in the list clears a kept filter first, and the footer says so while it is on', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press('/', 'r', 'l', KEYS.enter);
		await s.waitFor('filter: rl · Esc clears');
		await s.press(KEYS.escape);
		await s.waitFor('6 papers');
		expect(s.frame()).toContain('Day1 Alpha');
		expect(s.frame()).not.toContain('Esc clears');
	});

	it('on a narrow header the source path shortens first; picks and counts stay', async () => {
		const origin = `/home/someone/very/long/path/to/a/folder/of/digests/${'x'.repeat(40)}/digest.txt`;
		const s = start({origin, viewport: {columns: 100, rows: 30}});
		await s.waitFor('Day1 Alpha');
		await s.press(' ', ' ');
		await s.waitFor('2 picked');
		const header = s.frame().split('\n')[0]!;
		expect(header).toMatch(/^papers · ….*digest\.txt · .* · 6 papers · .*2 picked$/);
		expect(displayWidth(header)).toBeLessThanOrEqual(99);
	});

	it('upvote counts of six or more digits keep every row on one line', async () => {
		const papers = threeDays();
		papers[1] = {...papers[1]!, upvotes: 1_234_567};
		const s = start({papers});
		await s.waitFor('Day1 Alpha');
		expect(s.frame()).toMatch(/Day1 Beta +▲ 1234567\n/);
		expect(s.frame()).toMatch(/ {4}Day1 Alpha +▲ 30\n/);
		// Six list rows end in their count.
		expect(
			s
				.frame()
				.split('\n')
				.filter((l) => /Day\d .*▲ \d+$/.test(l)),
		).toHaveLength(6);
	});

	it('reading list names in CJK line up in the L view', async () => {
		const lists = memoryLists({
			論文: [{paper: threeDays()[0]!, savedAt: '1', read: false}],
			later: [{paper: threeDays()[1]!, savedAt: '2', read: false}],
		});
		const s = start({}, {lists});
		await s.waitFor('Day1 Alpha');
		await s.press('L');
		await s.waitFor('Reading lists');
		const rows = s
			.frame()
			.split('\n')
			.filter((l) => l.includes('unread'));
		expect(rows).toHaveLength(2);
		expect(new Set(rows.map((r) => displayWidth(r.slice(0, r.indexOf('·')))))).toHaveProperty('size', 1);
	});

	it('a day header is never the last row with its papers below it', async () => {
		const many = Array.from({length: 12}, (_, i) =>
			makePaper({id: `p${i}`, title: `Paper ${i}`, date: i < 5 ? '2026-01-03' : '2026-01-02', upvotes: 20 - i}),
		);
		const s = start({papers: many, viewport: {columns: 100, rows: 20}});
		await s.waitFor('Paper 0');
		const listRows = s
			.frame()
			.split('\n')
			.slice(1, 1 + 7);
		const last = listRows.filter((l) => l.trim() !== '').at(-1)!;
		expect(last).not.toMatch(/── /);
	});

	it('counts read right: "1 paper", and an empty list has no "no papers · 0 papers"', async () => {
		const one = start({papers: threeDays().slice(5)});
		await one.waitFor('Day3 Zeta');
		expect(one.frame()).toContain('── Thu 1 Jan 2026 · 1 paper · ▲ 1\n');
		expect(one.frame()).toMatch(/· 1 paper ·/);
		one.unmount();
		const none = start({papers: []});
		await none.waitFor('No papers to show.');
		expect(none.frame().split('\n')[0]).toBe('papers · test digest · 0 papers · sort: upvotes');
	});

	it('a saved and read paper has a space between its marks and its title', async () => {
		const papers = threeDays();
		const lists = memoryLists({later: [{paper: papers[0]!, savedAt: '1', read: true}]});
		const s = start({list: 'later', lists: {later: [{paper: papers[0]!, savedAt: '1', read: true}]}}, {lists});
		await s.waitFor('Day1 Alpha');
		expect(s.frame()).toMatch(/› ★✓ Day1 Alpha/);
	});
});

describe('search in the browser', () => {
	it('a query that cannot be read keeps the last results and says what is wrong in the footer', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press('/', 'r', 'l');
		await s.waitFor('2 match "rl"');
		await s.press(' ', '"', 'x');
		await s.waitFor('a quote is not closed');
		expect(s.frame()).toMatch(/› +Day1 Gamma rl/);
		expect(s.frame()).toContain('Day2 Delta rl');
		await s.press('"');
		await s.waitFor('0 match');
	});

	it('while a search is on, s offers relevance: title matches first, in one flat list with dates', async () => {
		const papers = [
			makePaper({id: 'a', title: 'Plain Title', abstract: 'All about agents.', date: '2026-01-03', upvotes: 90}),
			makePaper({id: 'b', title: 'Agents at Work', abstract: 'Nothing else.', date: '2026-01-02', upvotes: 5}),
		];
		const s = start({papers});
		await s.waitFor('Plain Title');
		await s.press('/', 'a', 'g', 'e', 'n', 't', KEYS.enter, 's', 's', 's', 's');
		await s.waitFor('sort: relevance');
		const rows = s.frame().split('\n');
		expect(rows[1]).toMatch(/By relevance · 2 papers/);
		expect(rows[2]).toMatch(/2026-01-02 {2}Agents at Work/);
		expect(rows[3]).toMatch(/2026-01-03 {2}Plain Title/);
	});
});
