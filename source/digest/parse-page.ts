import {earliestOnOrAfter, isoDate, latestOnOrBefore, localToday, monthNumber, type MonthDay} from './dates.js';
import {foldSpace, makePaper, type ParseResult, type Paper, type Warning} from './paper.js';
import {stripBom} from '../text.js';

/*
 * huggingface.co/papers as text, the way a browser saves or copies it:
 *
 *   <chrome: "new", "Subscribe", "Daily Papers", ...>  <header date "Jan 6">
 *   Title
 *   Abstract
 *     • 6 authors            (or an organisation line: "stanfordnlp Stanford NLP")
 *   ·
 *   May 30, 2025 3           (date, then upvotes when there are any)
 *
 * Blank lines may be there or not, the byline block may be missing, and the text may stop anywhere.
 */

type Line = {text: string; number: number; terminated: boolean};

type RawPaper = {
	title: Line;
	abstract: string;
	authorCount: number | null;
	organization: string | null;
	date: {md: MonthDay; year: number | null} | null;
	upvotes: number;
};

const CHROME =
	/^(?:new|subscribe|daily papers|by ?ak and the research community|get trending papers in your email inbox(?: once a day)?!?)$/i;
const GLUED_SUBSCRIBE = /^Subscribe(?=\S)(.+)$/;
const DATE_LINE = /^([A-Za-z]{3,9})\.? (\d{1,2})(?:, (\d{4}))?(?:\s+(\d[\d,]*(?:\.\d+)?[kK]?))?$/;
const AUTHORS_LINE = /^[•·*-]\s*(\d+)\s+authors?$/i;
const DOT_LINE = /^[·•]$/;

type DateLine = {md: MonthDay; year: number | null; upvotes: number};

function parseDateLine(text: string): DateLine | null {
	const m = DATE_LINE.exec(text);
	if (!m) return null;
	const month = monthNumber(m[1]!);
	const day = Number(m[2]);
	// A real day in a leap year proves the month/day pair exists.
	if (month === 0 || isoDate(2024, month, day) === null) return null;
	return {md: {month, day}, year: m[3] ? Number(m[3]) : null, upvotes: m[4] ? parseCount(m[4]) : 0};
}

function parseCount(text: string): number {
	const clean = text.replace(/,/g, '');
	const thousands = /k$/i.test(clean);
	const value = Number.parseFloat(clean);
	if (!Number.isFinite(value)) return 0;
	return Math.round(thousands ? value * 1000 : value);
}

/**
 * An organisation line is either a display name ("Peking University") or a hub handle then the display name
 * ("stanfordnlp Stanford NLP"). The handle is recognised by spelling the same letters as the name, in order.
 */
export function organizationName(line: string): string {
	const text = foldSpace(line);
	const space = text.indexOf(' ');
	if (space === -1) return text;
	const handle = text.slice(0, space);
	const name = text.slice(space + 1);
	const a = handle.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	const b = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
	if (a.length === 0 || b.length === 0 || a[0] !== b[0]) return text;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (short.length < 3) return text;
	return isSubsequence(short, long) ? name : text;
}

function isSubsequence(needle: string, haystack: string): boolean {
	let i = 0;
	for (const ch of haystack) {
		if (ch === needle[i]) i++;
		if (i === needle.length) return true;
	}
	return i === needle.length;
}

/**
 * Whether text can be a saved papers page: somewhere in its first 2 MB stands a line only a page has (the chrome, a
 * date line, a byline, the `·` between them). Other text is said not to be a digest, rather than read as papers.
 */
export function looksLikePage(text: string): boolean {
	const head = text.length > 2_000_000 ? text.slice(0, 2_000_000) : text;
	for (const raw of head.split('\n')) {
		const line = raw.trim();
		if (line.length > 60 || line === '') continue;
		if (CHROME.test(line) || DOT_LINE.test(line) || AUTHORS_LINE.test(line) || parseDateLine(line) || GLUED_SUBSCRIBE.test(line))
			return true;
	}
	return false;
}

function splitLines(text: string): {lines: Line[]} {
	const body = stripBom(text).replace(/\r\n?/g, '\n');
	const parts = body.split('\n');
	const endsClean = body.endsWith('\n');
	const lines: Line[] = [];
	parts.forEach((raw, index) => {
		const trimmed = raw.trim();
		if (trimmed === '') return;
		lines.push({text: trimmed, number: index + 1, terminated: index < parts.length - 1 || endsClean});
	});
	return {lines};
}

type Warn = (line: number | undefined, message: string) => void;

/** Skips the page chrome before the first paper; answers where the papers start and the header date, if any. */
function readHeader(lines: Line[]): {start: number; header: DateLine | null} {
	let i = 0;
	let header: DateLine | null = null;
	// Page chrome comes before the first paper only; anything after it is content.
	while (i < lines.length) {
		const line = lines[i]!;
		if (CHROME.test(line.text)) {
			i++;
			continue;
		}
		const glued = GLUED_SUBSCRIBE.exec(line.text);
		if (glued) {
			lines[i] = {...line, text: glued[1]!.trim()};
			break;
		}
		const date: DateLine | null = header === null ? parseDateLine(line.text) : null;
		if (!date) break;
		header = date;
		i++;
	}
	return {start: i, header};
}

function isBlockStart(lines: Line[], j: number): boolean {
	const t = lines[j]?.text;
	if (t === undefined) return false;
	if (AUTHORS_LINE.test(t) || DOT_LINE.test(t) || parseDateLine(t) !== null) return true;
	const next = lines[j + 1]?.text;
	return next !== undefined && DOT_LINE.test(next) && t.length <= 120;
}

/** The byline, the `·` and the date line after an abstract, each of them optional; answers the next line's index. */
function readBlock(lines: Line[], raw: RawPaper, start: number, warn: Warn): number {
	let j = start;
	let sawByline = false;
	const authors = lines[j] && AUTHORS_LINE.exec(lines[j]!.text);
	if (authors) {
		raw.authorCount = Number(authors[1]);
		sawByline = true;
		j++;
	} else if (lines[j] && !DOT_LINE.test(lines[j]!.text) && lines[j + 1] && DOT_LINE.test(lines[j + 1]!.text)) {
		raw.organization = organizationName(lines[j]!.text);
		sawByline = true;
		j++;
	}
	let sawDot = false;
	if (lines[j] && DOT_LINE.test(lines[j]!.text)) {
		sawDot = true;
		j++;
	}
	const dateLine = lines[j];
	const date: DateLine | null = dateLine ? parseDateLine(dateLine.text) : null;
	if (dateLine && date) {
		raw.date = {md: date.md, year: date.year};
		raw.upvotes = date.upvotes;
		return j + 1;
	}
	if (!sawByline && !sawDot) return j;
	if (dateLine && !dateLine.terminated) {
		warn(dateLine.number, `text cut off in the date line of "${clip(raw.title.text)}"`);
		return j + 1;
	}
	if (!dateLine) {
		warn(raw.title.number, `"${clip(raw.title.text)}" has no date (text cut off?)`);
		return j;
	}
	if (sawDot) {
		warn(dateLine.number, `"${clip(dateLine.text)}" is not a date; "${clip(raw.title.text)}" kept without one`);
		return j + 1;
	}
	return j;
}

/** Title, abstract and block, paper after paper, until the lines run out or stop in the middle of one. */
function readPapers(lines: Line[], start: number, warn: Warn): RawPaper[] {
	const raws: RawPaper[] = [];
	let i = start;
	while (i < lines.length) {
		const title = lines[i]!;
		if (isBlockStart(lines, i)) {
			warn(title.number, `unexpected "${clip(title.text)}" where a paper title should be; line skipped`);
			i++;
			continue;
		}
		i++;
		if (!title.terminated) {
			warn(title.number, 'text cut off in a paper title; that paper is skipped');
			break;
		}
		const raw: RawPaper = {title, abstract: '', authorCount: null, organization: null, date: null, upvotes: 0};
		raws.push(raw);
		if (i >= lines.length) {
			warn(title.number, `"${clip(title.text)}" has no abstract (text cut off?)`);
			break;
		}
		if (!isBlockStart(lines, i)) {
			const abstract = lines[i]!;
			raw.abstract = abstract.text;
			i++;
			if (!abstract.terminated) {
				warn(abstract.number, `the text ends inside the abstract of "${clip(title.text)}" (cut off?)`);
				break;
			}
		}
		i = readBlock(lines, raw, i, warn);
	}
	return raws;
}

/** The page's own day: its header, given a year from the newest dated paper, or the latest such day up to today. */
function pageDateOf(header: DateLine | null, raws: readonly RawPaper[], today: string): string | null {
	if (!header) return null;
	if (header.year) return isoDate(header.year, header.md.month, header.md.day);
	let newestExplicit: string | null = null;
	for (const raw of raws) {
		if (!raw.date?.year) continue;
		const day = isoDate(raw.date.year, raw.date.md.month, raw.date.md.day);
		if (day && (newestExplicit === null || day > newestExplicit)) newestExplicit = day;
	}
	return newestExplicit ? earliestOnOrAfter(header.md, newestExplicit) : latestOnOrBefore(header.md, today);
}

function paperDate(raw: RawPaper, pageDate: string | null, today: string): string | null {
	if (!raw.date) return pageDate;
	if (raw.date.year) return isoDate(raw.date.year, raw.date.md.month, raw.date.md.day);
	if (!pageDate) return latestOnOrBefore(raw.date.md, today);
	// The page's year, except where that would put a listed paper in the future.
	const inPageYear = isoDate(Number(pageDate.slice(0, 4)), raw.date.md.month, raw.date.md.day);
	return inPageYear && inPageYear <= today ? inPageYear : latestOnOrBefore(raw.date.md, today);
}

export function parsePage(text: string, options: {source: string; today?: string}): ParseResult {
	const warnings: Warning[] = [];
	const warn: Warn = (line, message) => {
		warnings.push({source: options.source, ...(line === undefined ? {} : {line}), message});
	};
	const {lines} = splitLines(text);
	const {start, header} = readHeader(lines);
	const raws = readPapers(lines, start, warn);
	const today = options.today ?? localToday();
	const pageDate = pageDateOf(header, raws, today);
	const papers: Paper[] = raws.map((raw) =>
		makePaper({
			title: foldSpace(raw.title.text),
			abstract: foldSpace(raw.abstract),
			authorCount: raw.authorCount,
			organization: raw.organization,
			date: paperDate(raw, pageDate, today),
			upvotes: raw.upvotes,
		}),
	);
	return {papers, warnings};
}

function clip(text: string): string {
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
