import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {groupPapers} from '../../source/digest/collection.js';
import {daysOf, groupSpan, isoWeek, isWeekKey, sparkline, weekStart, weeksInYear} from '../../source/digest/groups.js';
import {makePaper} from '../../source/digest/paper.js';
import {apiItem, startApiServer} from '../helpers/api-server.js';
import {fixture, HAS_FIXTURES, REAL} from '../helpers/fixtures.js';
import {runCli, tempHome, writeTemp} from '../helpers/run-cli.js';
import {KEYS, startApp, type Session} from '../helpers/ui.js';

let app: Session | undefined;
let server: Awaited<ReturnType<typeof startApiServer>> | undefined;
afterEach(async () => {
	app?.unmount();
	app = undefined;
	await server?.close();
	server = undefined;
});

describe('ISO weeks and months', () => {
	it('2026 has a W53, 2027-W01 starts on 4 Jan 2027, and 2024-12-30 is in 2025-W01', () => {
		expect(weeksInYear(2026)).toBe(53);
		expect(isWeekKey('2026-W53')).toBe(true);
		expect(isWeekKey('2026-W54')).toBe(false);
		expect(isWeekKey('2025-W53')).toBe(false);
		expect(weekStart('2027-W01')).toBe('2027-01-04');
		expect(isoWeek('2024-12-30')).toBe('2025-W01');
		expect(isoWeek('2021-01-03')).toBe('2020-W53');
		expect(groupSpan('2026-W47')).toBe('W47 · 16–22 Nov 2026');
		expect(daysOf('2024-02')).toHaveLength(29);
		expect(
			sparkline(
				[makePaper({title: 'a', date: '2026-11-16', upvotes: 8}), makePaper({title: 'b', date: '2026-11-18', upvotes: 4})],
				'2026-W47',
			),
		).toBe('█▁▄▁▁▁▁');
	});

	it('week and month grouping match a naive reference, for any library', () => {
		const day = fc
			.date({min: new Date('2023-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true})
			.map((d) => d.toISOString().slice(0, 10));
		const papers = fc
			.array(fc.record({day, upvotes: fc.nat(99)}), {maxLength: 40})
			.map((ps) => ps.map((p, i) => makePaper({id: `p${i}`, title: `Paper ${i}`, date: p.day, upvotes: p.upvotes})));
		// The naive reference: a week is the Monday on or before the day (counted by hand), a month the first 7 characters.
		const monday = (d: string) => {
			const date = new Date(`${d}T00:00:00Z`);
			date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
			return date.toISOString().slice(0, 10);
		};
		fc.assert(
			fc.property(papers, (ps) => {
				const weeks = groupPapers(ps, 'upvotes', 'week');
				for (const g of weeks) {
					expect(new Set(g.papers.map((p) => monday(p.date!)))).toEqual(new Set([weekStart(g.date!)]));
					expect(g.papers.map((p) => p.upvotes)).toEqual([...g.papers.map((p) => p.upvotes)].sort((a, b) => b - a));
				}
				expect(new Set(weeks.map((g) => g.date)).size).toBe(new Set(ps.map((p) => monday(p.date!))).size);
				const months = groupPapers(ps, 'upvotes', 'month');
				for (const g of months) expect(new Set(g.papers.map((p) => p.date!.slice(0, 7)))).toEqual(new Set([g.date]));
				expect(months.map((g) => g.date)).toEqual([...new Set(ps.map((p) => p.date!.slice(0, 7)))].sort().reverse());
			}),
		);
	});
});

const twoWeeks = () => [
	makePaper({id: 'a', title: 'Week47 Small', date: '2026-11-16', upvotes: 5}),
	makePaper({id: 'b', title: 'Week47 Best', date: '2026-11-18', upvotes: 90}),
	makePaper({id: 'c', title: 'Week48 Best', date: '2026-11-23', upvotes: 40}),
	makePaper({id: 'd', title: 'Week48 Other', date: '2026-11-27', upvotes: 30}),
];

describe('grouping in the browser and in print', () => {
	it('w changes the headers; ] moves by week; by upvotes the week’s best comes first, across days', async () => {
		app = startApp({papers: twoWeeks()});
		const s = app;
		await s.waitFor('Week48 Other');
		expect(s.frame()).toContain('── Fri 27 Nov 2026 · 1 paper');
		await s.press('w');
		await s.waitFor('W48 · 23–29 Nov 2026 · 2 papers · ▲ 70');
		expect(s.frame()).toContain('by week');
		expect(s.frame()).toContain('W47 · 16–22 Nov 2026 · 2 papers · ▲ 95');
		const rows = s.frame().split('\n');
		expect(rows.findIndex((l) => l.includes('Week47 Best'))).toBeLessThan(rows.findIndex((l) => l.includes('Week47 Small')));
		await s.press('g', ']');
		await s.waitFor(/› +Week47 Best/);
		await s.press('w');
		await s.waitFor('── Nov 2026 · 4 papers');
		await s.press(KEYS.escape);
	});

	it('--group week --format markdown prints week headers with counts', async () => {
		const file = writeTemp('d.json', JSON.stringify(twoWeeks()));
		const run = await runCli(['--print', file, '--group', 'week', '--format', 'markdown'], {env: {LANG: 'C.UTF-8'}});
		const headers = run.stdout.split('\n').filter((l) => l.startsWith('# '));
		expect(headers).toEqual(['# W48 · 23–29 Nov 2026 · 2 papers · ▲ 70 · █▁▁▁▆▁▁', '# W47 · 16–22 Nov 2026 · 2 papers · ▲ 95 · ▁▁█▁▁▁▁']);
		const plain = await runCli(['--print', file, '--group', 'week'], {env: {LANG: 'C'}});
		expect(plain.stdout.split('\n')[0]).toBe('── W48 · 23–29 Nov 2026 · 2 papers · ▲ 70');
	});

	it('--week and --month select a range; bad values and a range with --date are one line, exit 2', async () => {
		const file = writeTemp('d.json', JSON.stringify(twoWeeks()));
		const titles = async (...args: string[]) =>
			JSON.parse((await runCli(['--json', file, ...args])).stdout).map((p: {title: string}) => p.title);
		expect(await titles('--week', '2026-W47')).toEqual(['Week47 Small', 'Week47 Best'].reverse());
		expect(await titles('--month', '2026-11')).toHaveLength(4);
		for (const [args, line] of [
			[['--week', '2026-W54'], 'papers: --week must be YYYY-Www, a week that year has, got 2026-W54\n'],
			[['--month', '2026-13'], 'papers: --month must be YYYY-MM, got 2026-13\n'],
			[['--week', '2026-W47', '--date', '2026-11-16'], 'papers: --week and --date both choose the papers; give one\n'],
		] as const) {
			expect(await runCli(['--print', file, ...args])).toEqual({code: 2, stdout: '', stderr: line});
		}
	});
});

describe('fetching a week, a month, the trending list', () => {
	const item = (day: string, n: number) => {
		const base = apiItem(day, n, n);
		return {
			...base,
			paper: {...base.paper, id: `2611.${day.slice(8)}${String(n).padStart(3, '0')}`, submittedOnDailyAt: `${day}T00:00:00.000Z`},
		};
	};

	it('--week asks once for the range, follows its pages, and splits the answer into the right day files', async () => {
		const items = [
			...Array.from({length: 3}, (_, i) => item('2026-11-16', i + 1)),
			...Array.from({length: 2}, (_, i) => item('2026-11-18', i + 1)),
		];
		server = await startApiServer({ranges: {'2026-W47': items}});
		const home = tempHome();
		const run = await runCli(['fetch', '--week', '2026-W47'], {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url}, today: '2026-11-28'});
		expect(run.stderr).toBe('');
		expect(run.stdout.split('\n')[0]).toBe('2026-11-16  3 papers');
		const stored = (day: string) => JSON.parse(fs.readFileSync(path.join(home, 'digests', `${day}.json`), 'utf8')) as unknown[];
		expect(stored('2026-11-16')).toHaveLength(3);
		expect(stored('2026-11-17')).toEqual([]);
		expect(stored('2026-11-18')).toHaveLength(2);
		expect(fs.readdirSync(path.join(home, 'digests')).filter((f) => f.endsWith('.json'))).toHaveLength(7);
		// A page size of 100 and 5 items: one page. Asked again, every day is stored and old: no question at all.
		const asked = server.requests.length;
		await runCli(['fetch', '--week', '2026-W47'], {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url}, today: '2026-11-28'});
		expect(server.requests).toHaveLength(asked);
	});

	it('--trending keeps a snapshot with its time and leaves the days alone; --trending shows it in that order', async () => {
		server = await startApiServer({ranges: {trending: [item('2026-11-20', 1), item('2026-11-27', 2)]}});
		const home = tempHome();
		const run = await runCli(['fetch', '--trending'], {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url}});
		expect(run).toMatchObject({code: 0, stdout: 'trending  2 papers\n'});
		expect(fs.readdirSync(path.join(home, 'digests'))).toEqual(['trending.json']);
		const shown = JSON.parse((await runCli(['--trending', '--json'], {env: {PAPERS_HOME: home}})).stdout) as Array<{date: string}>;
		expect(shown.map((p) => p.date)).toEqual(['2026-11-20', '2026-11-27']);
		const none = await runCli(['--trending', '--json'], {env: {PAPERS_HOME: tempHome()}});
		expect(none).toEqual({code: 1, stdout: '', stderr: 'papers: no trending list yet: papers fetch --trending gets one\n'});
	});
});

describe.skipIf(!HAS_FIXTURES)(`grouping on ${REAL}`, () => {
	it('the 47-paper search page in month grouping has one header a month, about half as many as days', async () => {
		const run = await runCli(['--print', fixture('hf-papers-search-page.txt'), '--group', 'month'], {today: '2026-11-28'});
		const months = run.stdout.split('\n').filter((l) => l.startsWith('── '));
		const days = new Set(
			(
				JSON.parse((await runCli(['--json', fixture('hf-papers-search-page.txt')], {today: '2026-11-28'})).stdout) as Array<{date: string}>
			).map((p) => p.date),
		);
		// Its papers span years, not weeks: 45 days make 23 months, one header a month with papers.
		expect(days.size).toBeGreaterThan(40);
		expect(months).toHaveLength(new Set([...days].map((d) => d.slice(0, 7))).size);
		expect(months.length).toBeLessThan(days.size / 1.9);
	});
});
