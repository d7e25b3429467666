const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export type MonthDay = {month: number; day: number};

/** Month index 1-12 from a name or abbreviation (`Jan`, `January`, `Sept`), or 0. */
export function monthNumber(name: string): number {
	const key = name.slice(0, 3).toLowerCase();
	return MONTHS.indexOf(key) + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string | null {
	if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 9999) return null;
	const probe = new Date(Date.UTC(year, month - 1, day));
	if (probe.getUTCMonth() !== month - 1) return null;
	return `${year}-${pad(month)}-${pad(day)}`;
}

/** Strict YYYY-MM-DD that names a real day. */
export function isIsoDate(text: string): boolean {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

const validDays = new Map<string, boolean>();

/** The day part of an ISO timestamp (`2024-05-27T03:50:58Z` → `2024-05-27`), or null. */
export function dayOfTimestamp(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const day = value.slice(0, 10);
	// A digest holds few distinct days and many papers: check each day once.
	let valid = validDays.get(day);
	if (valid === undefined) {
		valid = isIsoDate(day);
		if (validDays.size < 10_000) validDays.set(day, valid);
	}
	return valid ? day : null;
}

/** Today in the user's local time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The earliest day with this month and day on or after `floor` (YYYY-MM-DD). */
export function earliestOnOrAfter(md: MonthDay, floor: string): string | null {
	const year = Number(floor.slice(0, 4));
	for (let y = year; y <= year + 4; y++) {
		const day = isoDate(y, md.month, md.day);
		if (day && day >= floor) return day;
	}
	return null;
}

/** The latest day with this month and day on or before `ceiling` (YYYY-MM-DD). */
export function latestOnOrBefore(md: MonthDay, ceiling: string): string | null {
	const year = Number(ceiling.slice(0, 4));
	for (let y = year; y >= year - 4; y--) {
		const day = isoDate(y, md.month, md.day);
		if (day && day <= ceiling) return day;
	}
	return null;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-27` → `Fri 27 Nov`. */
export function shortDate(iso: string): string {
	return longDate(iso).slice(0, -5);
}

/** `2026-11-27` → `Fri 27 Nov 2026`. */
export function longDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
	return `${weekday} ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

export function addDays(iso: string, days: number): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const t = new Date(Date.UTC(y, m - 1, d + days));
	return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
