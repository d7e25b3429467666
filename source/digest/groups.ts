import {addDays, localToday, longDate} from './dates.js';
import type {Paper} from './paper.js';

/*
 * Day, ISO week (Monday to Sunday) and month groups: the site's daily, weekly and monthly views. A group's key
 * sorts as its time does: `2026-11-27`, `2026-W48`, `2026-11`.
 */

export type Grouping = 'day' | 'week' | 'month';
export const GROUPINGS: readonly Grouping[] = ['day', 'week', 'month'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');
const utc = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d));
};
const isoOf = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The ISO week of a day: `2024-12-30` is in `2025-W01`. */
export function isoWeek(day: string): string {
	const date = utc(day);
	// The week's Thursday decides its year (ISO 8601).
	const weekday = (date.getUTCDay() + 6) % 7;
	const thursday = new Date(date);
	thursday.setUTCDate(date.getUTCDate() - weekday + 3);
	const year = thursday.getUTCFullYear();
	// January 4th is always in week 1.
	const firstThursday = new Date(Date.UTC(year, 0, 4));
	const week =
		1 + Math.round(((thursday.getTime() - firstThursday.getTime()) / 86_400_000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
	return `${year}-W${pad(week)}`;
}

/** How many ISO weeks a year has: 53 when it starts or (in a leap year) ends on a Thursday. */
export function weeksInYear(year: number): number {
	return isoWeek(`${year}-12-28`).endsWith('53') ? 53 : 52;
}

/** The Monday a week starts on: `2027-W01` → `2027-01-04`. */
export function weekStart(week: string): string {
	const m = /^(\d{4})-W(\d{2})$/.exec(week)!;
	const jan4 = utc(`${m[1]}-01-04`);
	const monday = addDays(isoOf(jan4), -((jan4.getUTCDay() + 6) % 7));
	return addDays(monday, (Number(m[2]) - 1) * 7);
}

/** The days of a week or a month, first to last. */
export function daysOf(key: string): string[] {
	const days: string[] = [];
	if (/-W\d{2}$/.test(key)) {
		const start = weekStart(key);
		for (let i = 0; i < 7; i++) days.push(addDays(start, i));
		return days;
	}
	for (let d = `${key}-01`; d.startsWith(key); d = addDays(d, 1)) days.push(d);
	return days;
}

export function isWeekKey(text: string): boolean {
	const m = /^(\d{4})-W(\d{2})$/.exec(text);
	return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= weeksInYear(Number(m[1]));
}

export function isMonthKey(text: string): boolean {
	const m = /^(\d{4})-(\d{2})$/.exec(text);
	return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The group a paper's day falls in; null for an undated paper. */
export function groupKey(date: string | null, grouping: Grouping): string | null {
	if (date === null) return null;
	return grouping === 'day' ? date : grouping === 'week' ? isoWeek(date) : date.slice(0, 7);
}

/** `Fri 27 Nov 2026`, `W48 · 23–29 Nov 2026`, `Nov 2026`. */
export function groupSpan(key: string): string {
	if (/^\d{4}-\d{2}-\d{2}$/.test(key)) return longDate(key);
	if (/-W\d{2}$/.test(key)) {
		const [first, last] = [daysOf(key)[0]!, daysOf(key)[6]!];
		const [, fm, fd] = first.split('-').map(Number) as [number, number, number];
		const [ly, lm, ld] = last.split('-').map(Number) as [number, number, number];
		const from = fm === lm ? `${fd}` : `${fd} ${MONTHS[fm - 1]}`;
		return `W${key.slice(6)} · ${from}–${ld} ${MONTHS[lm - 1]} ${ly}`;
	}
	return `${MONTHS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
}

const BLOCKS = '▁▂▃▄▅▆▇█';

/**
 * Upvotes a day across a week or a month, in eighth blocks (`▁▃▇▅▂`); days without papers are the lowest block, and
 * days after today blank (they have not happened: a month in progress is not a month of quiet days).
 */
export function sparkline(papers: readonly Paper[], key: string, today: string = localToday()): string {
	const days = daysOf(key);
	const totals = new Map<string, number>(days.map((d) => [d, 0]));
	for (const p of papers) if (p.date && totals.has(p.date)) totals.set(p.date, totals.get(p.date)! + p.upvotes);
	const max = Math.max(1, ...totals.values());
	return days.map((d) => (d > today ? ' ' : BLOCKS[Math.min(7, Math.floor((totals.get(d)! / max) * 7.999))])).join('');
}

/** Whether the terminal's locale draws UTF-8 (the block characters of a sparkline). */
export function utf8Locale(env: NodeJS.ProcessEnv): boolean {
	const locale = env.LC_ALL || env.LC_CTYPE || env.LANG || '';
	return locale === '' || /utf-?8/i.test(locale);
}

/** A group's header, in the browser and in print: its span, paper count and total upvotes, and from weeks up a sparkline. */
export function groupTitle(key: string | null, papers: readonly Paper[], grouping: Grouping, spark: boolean, today?: string): string {
	const count = `${papers.length} ${papers.length === 1 ? 'paper' : 'papers'}`;
	if (key === null) return `Undated · ${count}`;
	let total = 0;
	for (const p of papers) total += p.upvotes;
	const parts = [groupSpan(key), count, `▲ ${total}`];
	if (spark && grouping !== 'day') parts.push(sparkline(papers, key, today));
	return parts.join(' · ');
}

/** Papers already in group order, cut into their groups. */
export function splitGroups(papers: readonly Paper[], grouping: Grouping): Array<{key: string | null; papers: Paper[]}> {
	const groups: Array<{key: string | null; papers: Paper[]}> = [];
	for (const paper of papers) {
		const key = groupKey(paper.date, grouping);
		const last = groups.at(-1);
		if (last && last.key === key) last.papers.push(paper);
		else groups.push({key, papers: [paper]});
	}
	return groups;
}
