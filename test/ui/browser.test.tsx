import {afterEach, describe, expect, it} from 'vitest';
import {KEYMAP, keyLabel} from '../../source/ui/core/keymap.js';
import {KEYS, memoryLists, startApp, threeDays, type Session} from '../helpers/ui.js';

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const start = (...args: Parameters<typeof startApp>) => {
	app = startApp(...args);
	return app;
};

describe('the browser screen', () => {
	it('shows the header, day headers, rows with upvotes, the abstract and key hints', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		const frame = s.frame();
		expect(frame).toMatch(/^papers · test digest · Sat 3 Jan 2026 · 6 papers · sort: upvotes/);
		expect(frame).toContain('── Sat 3 Jan 2026 · 3 papers');
		expect(frame).toMatch(/› {4}Day1 Alpha +▲ 30/);
		expect(frame).toContain('Abstract of Day1 Alpha.');
		expect(frame).toMatch(/\? help +q quit +j move .* L lists/);
	});

	it('j/k/arrows move, and the cursor crosses a day header', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press('j', KEYS.down, 'j');
		await s.waitFor(/› +Day2 Delta/);
		expect(s.frame()).toContain('── Fri 2 Jan 2026 · 2 papers');
		expect(s.frame()).toMatch(/papers · test digest · Fri 2 Jan 2026/);
		await s.press('k', KEYS.up);
		await s.waitFor(/› +Day1 Beta/);
	});

	it("] lands on the next day's first paper, [ goes back", async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press(']');
		await s.waitFor(/› +Day2 Delta/);
		await s.press(']');
		await s.waitFor(/› +Day3 Zeta/);
		await s.press(']');
		await s.waitFor('this is the last day');
		await s.press('[');
		await s.waitFor(/› +Day2 Delta/);
	});

	it('g/G, Home/End, PgDn/PgUp, Ctrl-d/Ctrl-u, Ctrl-f/Ctrl-b', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press('G');
		await s.waitFor(/› +Day3 Zeta/);
		await s.press('g');
		await s.waitFor(/› +Day1 Alpha/);
		await s.press(KEYS.end);
		await s.waitFor(/› +Day3 Zeta/);
		await s.press(KEYS.home);
		await s.waitFor(/› +Day1 Alpha/);
		await s.press(KEYS.pageDown);
		await s.waitFor(/› +Day3 Zeta/);
		await s.press(KEYS.pageUp);
		await s.waitFor(/› +Day1 Alpha/);
		await s.press(KEYS.ctrlD);
		await s.waitFor(/› +Day3 Zeta/);
		await s.press(KEYS.ctrlU);
		await s.waitFor(/› +Day1 Alpha/);
		await s.press('\u0006');
		await s.waitFor(/› +Day3 Zeta/);
		await s.press('\u0002');
		await s.waitFor(/› +Day1 Alpha/);
	});

	it('/rl filters live, Enter keeps the filter, Esc in the box clears it', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press('/', 'r', 'l');
		await s.waitFor('2 match "rl"');
		expect(s.frame()).not.toContain('Day1 Alpha');
		expect(s.frame()).toMatch(/› +Day1 Gamma rl/);
		await s.press(KEYS.enter);
		await s.waitFor('filter: rl');
		await s.press('/');
		await s.waitFor('Enter keep · Esc clear');
		await s.press(KEYS.escape);
		await s.waitFor('6 papers');
		expect(s.frame()).toContain('Day1 Alpha');
	});

	it('typing in the search box does not run commands (q, j, s are letters there)', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press('/', 'q', 'j', 's');
		await s.waitFor('0 match "qjs"');
		expect(s.frame()).toContain('No paper matches "qjs"');
		await s.press(KEYS.backspace, KEYS.backspace, KEYS.backspace);
		await s.waitFor('6 papers');
	});

	it('s cycles the sort: upvotes, date (oldest day first), title, for you', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press('s');
		await s.waitFor('sort: date (oldest day first)');
		const lines = s.frame().split('\n');
		expect(lines.findIndex((l) => l.includes('Day3 Zeta'))).toBeLessThan(lines.findIndex((l) => l.includes('Day1 Alpha')));
		await s.press('s');
		await s.waitFor('sort: title');
		await s.press('s');
		await s.waitFor('sort: for you · no reading lists yet (b saves a paper), so by upvotes');
		await s.press('s');
		await s.waitFor('sort: upvotes');
	});

	it('Space twice then Enter returns exactly those two papers', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press(' ');
		await s.waitFor('1 picked');
		await s.press(KEYS.tab);
		await s.waitFor('2 picked');
		expect(s.frame()).toMatch(/ ● {3}Day1 Alpha/);
		await s.press(KEYS.enter);
		const result = (await s.waitUntilExit()) as {code: number; papers: Array<{title: string}>};
		expect(result.code).toBe(0);
		expect(result.papers.map((p) => p.title)).toEqual(['Day1 Alpha', 'Day1 Beta']);
	});

	it('Space on a picked paper unpicks it; Enter with no picks returns the current paper', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press(' ', 'k', ' ');
		await s.waitFor(/sort: upvotes\n/);
		await s.press('j', 'j', KEYS.enter);
		const result = (await s.waitUntilExit()) as {papers: Array<{title: string}>};
		expect(result.papers.map((p) => p.title)).toEqual(['Day2 Delta rl']);
	});

	it('J/K scroll the abstract', async () => {
		const long = Array.from({length: 80}, (_, i) => `word${i}`).join(' ');
		const papers = threeDays();
		papers[0] = {...papers[0]!, abstract: `First ${long} LAST`};
		const s = start({papers, viewport: {columns: 60, rows: 14}});
		await s.waitFor('Day1 Alpha');
		expect(s.frame()).toContain('more lines (J/K scroll)');
		for (let i = 0; i < 15; i++) await s.press('J');
		await s.waitFor('LAST');
		await s.press('K');
		await s.waitFor(/more lines/);
	});

	it('o opens the URL; a paper without one gets a message', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press('o');
		await s.waitFor('opened https://huggingface.co/papers/day1alpha');
		expect(s.opened).toEqual(['https://huggingface.co/papers/day1alpha']);
		s.unmount();
		// Page text gives no id: o searches Hugging Face for the title, and says so.
		const noUrl = start({papers: threeDays().map((p) => ({...p, id: null, url: null}))});
		await noUrl.waitFor('Day1 Alpha');
		await noUrl.press('o');
		await noUrl.waitFor('searching Hugging Face for its title');
		expect(noUrl.opened).toEqual(['https://huggingface.co/papers?q=Day1%20Alpha']);
	});

	it('? shows help drawn from the key map; any key closes it', async () => {
		const s = start({viewport: {columns: 200, rows: 60}});
		await s.waitFor('Day1 Alpha');
		await s.press('?');
		await s.waitFor('Browsing');
		const help = s.frame();
		for (const binding of KEYMAP) {
			expect(help, `help misses ${binding.command}`).toContain(keyLabel(binding));
			expect(help, `help misses ${binding.command}`).toContain(binding.help);
		}
		await s.press('x');
		await s.waitFor('Day1 Alpha');
	});

	it('q quits printing nothing (exit 0); Ctrl-C exits 130', async () => {
		const s = start();
		await s.waitFor('Day1 Alpha');
		await s.press('q');
		expect(await s.waitUntilExit()).toEqual({code: 0, papers: []});
		const c = start();
		await c.waitFor('Day1 Alpha');
		await c.press(KEYS.ctrlC);
		expect(await c.waitUntilExit()).toEqual({code: 130, papers: []});
	});

	it('the command line sets the start: a day, a search, a sort', async () => {
		const s = start({day: '2026-01-02', query: 'epsilon', sort: 'title'});
		await s.waitFor(/› +Day2 Epsilon/);
		expect(s.frame()).toContain('1 match "epsilon" · sort: title');
	});

	it('no papers: a clear message, and the keys still work', async () => {
		const s = start({papers: [], message: 'no papers for today (2026-01-05)'});
		await s.waitFor('No papers to show.');
		expect(s.frame()).toContain('no papers for today (2026-01-05)');
		await s.press('j', ']', 'G', ' ', 's');
		await s.waitFor('sort: date');
		await s.press('q');
		expect(await s.waitUntilExit()).toEqual({code: 0, papers: []});
	});

	it('a too small terminal gets one line until it grows', async () => {
		const s = start({viewport: {columns: 30, rows: 8}});
		await s.waitFor('Terminal too small (30×8); papers needs 40×10.');
	});

	it('escape sequences in a digest show as plain text', async () => {
		const papers = threeDays();
		papers[0] = {...papers[0]!, title: 'Evil\u001b]0;owned\u0007 Title', abstract: 'Clears\u001b[2J the \u001b[31mscreen\u009b2J.'};
		const s = start({papers});
		await s.waitFor('Evil]0;owned Title');
		expect(s.frame()).toContain('Clears[2J the [31mscreen2J.');
		expect(s.frame()).not.toMatch(/[\u0007\u001b\u009b]/);
	});

	it('the frame fills the terminal, never more: the rows Ink writes are the rows that changed', async () => {
		const many = Array.from({length: 300}, (_, i) => ({
			...threeDays()[0]!,
			id: `p${i}`,
			title: `Paper ${i}`,
			date: `2026-01-${String((i % 9) + 1).padStart(2, '0')}`,
		}));
		for (const viewport of [
			{columns: 100, rows: 30},
			{columns: 140, rows: 40},
			{columns: 40, rows: 10},
		]) {
			const s = start({papers: many, viewport});
			await s.waitFor('Paper');
			expect(s.frame().split('\n').length).toBe(viewport.rows);
			s.unmount();
		}
	});
});

describe('reading lists in the browser', () => {
	it('b saves to "later" with a ★, b again removes', async () => {
		const lists = memoryLists();
		const s = start({}, {lists});
		await s.waitFor('Day1 Alpha');
		await s.press('b');
		await s.waitFor('★ saved to "later"');
		expect(s.frame()).toMatch(/› ★ {2}Day1 Alpha/);
		expect(lists.current().later!.map((e) => e.paper.title)).toEqual(['Day1 Alpha']);
		await s.press('b');
		await s.waitFor('removed from "later"');
		expect(lists.current().later).toEqual([]);
	});

	it('B asks for a name, offers the existing ones, and saves there', async () => {
		const lists = memoryLists({later: [{paper: threeDays()[5]!, savedAt: 'x', read: false}]});
		const s = start({}, {lists});
		await s.waitFor('Day1 Alpha');
		await s.press('B');
		await s.waitFor('save to list:');
		expect(s.frame()).toContain('lists: later');
		await s.press('t', 'o', 'r', 'e', 'a', 'd', KEYS.enter);
		await s.waitFor('★ saved to "toread"');
		expect(lists.current().toread!.map((e) => e.paper.title)).toEqual(['Day1 Alpha']);
	});

	it('L lists the lists; Enter opens one as a browser; d removes, u undoes, r marks read; Esc goes back', async () => {
		const papers = threeDays();
		const lists = memoryLists({
			later: [
				{paper: papers[0]!, savedAt: '1', read: false},
				{paper: papers[3]!, savedAt: '2', read: false},
			],
			other: [{paper: papers[1]!, savedAt: '3', read: true}],
		});
		const s = start({}, {lists});
		await s.waitFor('Day1 Alpha');
		await s.press('L');
		await s.waitFor('Reading lists');
		expect(s.frame()).toMatch(/› later +2 papers · 2 unread/);
		expect(s.frame()).toMatch(/ other +1 paper {2}· 0 unread/);
		await s.press(KEYS.enter);
		await s.waitFor('list "later"');
		expect(s.frame()).toContain('2 papers');
		expect(s.frame()).toMatch(/\? help +q quit +d remove +u undo +r read +> move +Esc back/);
		await s.press('r');
		await s.waitFor('marked read');
		expect(s.frame()).toMatch(/› ★✓ Day1 Alpha/);
		expect(lists.current().later![0]!.read).toBe(true);
		await s.press('d');
		await s.waitFor('removed from "later" · u undoes');
		expect(s.frame()).not.toContain('Day1 Alpha');
		expect(lists.current().later!.map((e) => e.paper.title)).toEqual(['Day2 Delta rl']);
		await s.press('u');
		await s.waitFor('restored to "later"');
		expect(lists.current().later!.map((e) => e.paper.title)).toEqual(['Day1 Alpha', 'Day2 Delta rl']);
		await s.press(KEYS.escape);
		await s.waitFor('Reading lists');
		await s.press(KEYS.escape);
		await s.waitFor('test digest');
	});
});
