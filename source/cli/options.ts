import {listNameProblem} from '../lists/model.js';
import {checkWatchWords} from './watch-words.js';
import {addDays, isIsoDate, localToday} from '../digest/dates.js';
import {SORT_KEYS, type Filter, type SortKey} from '../digest/collection.js';
import {FORMATS, type Format} from '../output/format.js';
import {parseQuery} from '../digest/query.js';
import {daysOf, groupKey, GROUPINGS, isMonthKey, isWeekKey, type Grouping} from '../digest/groups.js';
import {UsageError} from './errors.js';
import {COMMANDS} from './command-words.js';
import {FLAGS, flagName, type RawFlags} from './flags.js';

/** What papers was asked to do: browse (or print) papers, fetch days, or list the reading lists. */
export type Subcommand = Named | 'browse';

export type Options = {
	command: Subcommand;
	inputs: string[];
	print: boolean;
	/** Print format; picks in the browser use it too. */
	format: Format;
	filter: Filter;
	today: string;
	todayOnly: boolean;
	/** null: the browser's order (newest day first, upvotes within a day). */
	sort: SortKey | null;
	/** `--sort for-you` or `--for-you LIST`: ordered by likeness to the saved papers (of LIST alone, when given). */
	forYou: {list: string | null} | null;
	limit: number | null;
	list: string | null;
	save: string | null;
	offline: boolean;
	/** Only papers not seen yet. */
	onlyNew: boolean;
	/** Group headers: by day, ISO week or month (null: print without headers, the browser by day). */
	grouping: Grouping | null;
	/** --week or --month: the range's key (`2026-W47`, `2026-11`). */
	range: {kind: 'week' | 'month'; key: string} | null;
	/** The trending list, not the days. */
	trending: boolean;
	/** With fetch: keep the papers' Hugging Face records. */
	info: boolean;
	/** papers note ID --rm. */
	rm: boolean;
	/** papers pdf ID --open. */
	open: boolean;
	/** With fetch: the reading list whose papers' full texts to keep. */
	papers: string | null;
	/** Printing marks what it printed seen. */
	markSeen: boolean;
	/** papers fetch -q: errors only. */
	quiet: boolean;
	force: boolean;
	/** `papers fetch --check`: list the day files that did not read. */
	check: boolean;
	/** --save may save more than SAVE_WITHOUT_ASKING papers. */
	yes: boolean;
	timeoutMs: number;
	/** --timeout was given (not the default). */
	timeoutSet: boolean;
	days: number | null;
	/** papers mcp --allow-write: the agent may change lists, notes and tags. */
	allowWrite: boolean;
	/** papers lists push/pull/sync: the collection named (--to), made private (--private), the list named (--as), nothing changed (--dry-run). */
	collection: {to: string | null; private: boolean; as: string | null; dryRun: boolean};
};

function date(flag: string, value: string | undefined): string | null {
	if (value === undefined) return null;
	if (!isIsoDate(value)) throw new UsageError(`--${flag} must be YYYY-MM-DD, got ${value}`);
	return value;
}

function count(flag: string, value: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number | null {
	if (value === undefined) return null;
	if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
		throw new UsageError(
			`--${flag} must be a whole number${max < Number.MAX_SAFE_INTEGER ? ` from ${min} to ${max}` : ` of at least ${min}`}, got ${value}`,
		);
	}
	return Number(value);
}

function oneOf<T extends string>(flag: string, value: string | undefined, choices: readonly T[], fallback: T): T {
	if (value === undefined) return fallback;
	if (!(choices as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${choices.join(', ')}, got ${value}`);
	return value as T;
}

function name(flag: string, value: string | undefined): string | null {
	if (value === undefined) return null;
	const trimmed = value.trim();
	if (!trimmed) throw new UsageError(`--${flag} needs a list name`);
	// A new list's name: what `papers lists` and the browser show of it must stay one short line.
	const problem = flag === 'save' ? listNameProblem(trimmed) : null;
	if (problem) throw new UsageError(`--${flag}: ${problem}`);
	return trimmed;
}

/** A flag that takes a value and was given none (`--search` last, or before another flag) is a usage error. */
function checkValuesGiven(flags: RawFlags): void {
	for (const [name, value] of Object.entries(flags)) {
		if (value !== '' || (FLAGS as Record<string, {type: string}>)[name]?.type !== 'string') continue;
		// --week and --month stand alone for this week and this month.
		if (name === 'week' || name === 'month') continue;
		const flag = flagName(name);
		const hint = name === 'search' ? ' (a query may start with a dash: --search -survey)' : '';
		throw new UsageError(`--${flag} needs a value${hint}`);
	}
}

/** The command words that run a command of their own (completion, help and version are answered before options). */
type Named = Exclude<(typeof COMMANDS)[number], 'completion' | 'help' | 'version'>;
const SUBCOMMANDS: readonly Named[] = COMMANDS.filter((c): c is Named => c !== 'completion' && c !== 'help' && c !== 'version');

/** What each command takes after its name: words, one paper id (or several words after one), or nothing. */
function checkWords(command: Subcommand, inputs: readonly string[], flags: RawFlags): void {
	if (command === 'lists') return checkListsWords(inputs);
	if (command === 'watch') return checkWatchWords(inputs);
	if (command === 'search') return checkSearchWords(inputs, flags);
	// Digests to choose papers from, as for browsing.
	if (command === 'browse' || command === 'zotero') return;
	if (command === 'config') {
		if (inputs.length !== 1 || !['path', 'edit', 'check'].includes(inputs[0]!))
			throw new UsageError(`papers config takes path, edit or check${inputs.length ? `, got ${inputs.join(' ')}` : ''}`);
		return;
	}
	const oneId = command === 'read' || command === 'similar' || command === 'info' || command === 'comments' || command === 'pdf';
	const takesId = oneId || command === 'note' || command === 'tag';
	if (takesId && inputs.length === 0) throw new UsageError(`papers ${command} needs a paper id, as in papers ${command} 2608.19880`);
	if ((!takesId && inputs.length > 0) || (oneId && inputs.length > 1))
		throw new UsageError(`papers ${command} takes ${oneId ? 'one paper id' : 'no inputs'}, got ${inputs.join(' ')}`);
}

/** `papers search` needs words, and asks for at most 120 answers. */
function checkSearchWords(words: readonly string[], flags: RawFlags): void {
	if (words.join(' ').trim() === '')
		throw new UsageError('papers search needs words to look for, as in papers search speculative decoding');
	count('limit', flags.limit, 1, 120);
}

/** papers fetch asks for one run of days, and none that has not begun (it would head the store from then on). */
function checkFetchDays(day: string | null, since: string | null, days: number | null, today: string): void {
	const given = [day && '--date', since && '--since', days !== null && '--days'].filter(Boolean);
	if (given.length > 1) throw new UsageError(`papers fetch takes one of --date, --since and --days, got ${given.join(' and ')}`);
	// A day ahead of the local date is still today somewhere.
	const last = addDays(today, 1);
	for (const [flag, value] of [
		['date', day],
		['since', since],
	] as const)
		if (value && value > last) throw new UsageError(`--${flag} ${value} is after today (${today}): it has no papers yet`);
}

/** --sort's value: one of the orders of a day's papers; `for-you` is read apart (Options.forYou). */
function sortOf(value: string | undefined): SortKey | null {
	if (value === undefined || value === 'for-you') return null;
	return oneOf('sort', value, [...SORT_KEYS, 'for-you'] as SortKey[], 'upvotes');
}

/** --week [YYYY-Www] and --month [YYYY-MM]: a range, this week or month without a value; they set the grouping. */
function parseRange(flags: RawFlags, today: string, day: string | null): Pick<Options, 'range' | 'grouping'> {
	if (flags.week !== undefined && flags.month !== undefined) throw new UsageError('--week and --month both name a range; give one');
	const kind = flags.week !== undefined ? 'week' : flags.month !== undefined ? 'month' : null;
	const grouping = flags.group === undefined ? null : oneOf('group', flags.group, GROUPINGS, 'day');
	if (!kind) return {range: null, grouping};
	if (day || flags.today) throw new UsageError(`--${kind} and --${day ? 'date' : 'today'} both choose the papers; give one`);
	const given = (kind === 'week' ? flags.week : flags.month)!;
	const key = given === '' ? groupKey(today, kind)! : given;
	const valid = kind === 'week' ? isWeekKey(key) : isMonthKey(key);
	if (!valid)
		throw new UsageError(
			kind === 'week' ? `--week must be YYYY-Www, a week that year has, got ${given}` : `--month must be YYYY-MM, got ${given}`,
		);
	return {range: {kind, key}, grouping: grouping ?? kind};
}

/** `papers lists`, `lists rm NAME`, `lists mv OLD NEW`, `lists copy OLD NEW`: anything else is a usage error. */
function checkListsWords(words: readonly string[]): void {
	const [verb, ...names] = words;
	const wanted = verb === 'rm' || verb === 'import' || verb === 'push' || verb === 'pull' ? 1 : verb === 'mv' || verb === 'copy' ? 2 : null;
	if (words.length === 0 || verb === 'export' || (verb === 'sync' && names.length <= 1)) return;
	if (wanted === null || names.length !== wanted)
		throw new UsageError(
			`papers lists takes rm NAME, mv OLD NEW, copy OLD NEW, export [NAME...], import FILE, push NAME, pull SLUG or sync [NAME], got ${words.join(' ')}`,
		);
	const problem = wanted === 2 ? listNameProblem(names[1]!) : null;
	if (problem) throw new UsageError(`${JSON.stringify(names[1])}: ${problem}`);
}

/** What a command cannot take with these flags (offline, a list without --info, a format it does not print). */
function checkCommandFlags(command: Subcommand, flags: RawFlags, env: NodeJS.ProcessEnv, format: Format): void {
	const offline = flags.offline ? '--offline' : env.PAPERS_OFFLINE === '1' ? 'PAPERS_OFFLINE=1' : null;
	if (command === 'fetch' && offline) throw new UsageError(`papers fetch cannot run offline (${offline}); drop it to fetch`);
	if (command === 'fetch' && flags.list !== undefined && !flags.info)
		throw new UsageError('papers fetch --list goes with --info (the full texts of a list: --papers LIST)');
	if (command === 'search' && offline) throw new UsageError(`papers search asks Hugging Face, and cannot run offline (${offline})`);
	if (command === 'read' && format !== 'text' && format !== 'markdown')
		throw new UsageError(`papers read prints text or markdown, not ${format}`);
}

function filterOf(flags: RawFlags, today: string, day: string | null, since: string | null, range: Options['range']): Filter {
	return {
		day: flags.today ? today : day,
		since: range ? daysOf(range.key)[0]! : since,
		until: range ? daysOf(range.key).at(-1)! : null,
		text: flags.search ?? null,
		minUpvotes: count('min-upvotes', flags.minUpvotes, 0),
	};
}

/** `--for-you LIST`, or `--sort for-you` (every list). */
const forYouOf = (flags: RawFlags): Options['forYou'] =>
	flags.forYou !== undefined ? {list: name('for-you', flags.forYou)} : flags.sort === 'for-you' ? {list: null} : null;

export function parseOptions(
	input: readonly string[],
	flags: RawFlags,
	env: NodeJS.ProcessEnv = process.env,
	todayOverride?: string,
): Options {
	const [first, ...rest] = input;
	const command: Subcommand = (SUBCOMMANDS as readonly string[]).includes(first ?? '') ? (first as Subcommand) : 'browse';
	const inputs = command === 'browse' ? [...input] : rest;
	checkWords(command, inputs, flags);
	checkValuesGiven(flags);
	const today = todayOverride ?? (env.PAPERS_TODAY && isIsoDate(env.PAPERS_TODAY) ? env.PAPERS_TODAY : localToday());
	const day = date('date', flags.date);
	const since = date('since', flags.since);
	if (flags.today && day) throw new UsageError('--today and --date both name a day; give one');
	const days = count('days', flags.days, 1, 3650);
	if (days !== null && command !== 'fetch') throw new UsageError('--days goes with papers fetch (to filter, use --since)');
	const timeout = count('timeout', flags.timeout, 1, 600);
	const format = oneOf('format', flags.format, FORMATS, flags.json ? 'json' : 'text');
	checkCommandFlags(command, flags, env, format);
	if (command === 'fetch') checkFetchDays(day, since, days, today);
	const {range, grouping} = parseRange(flags, today, day);
	const search = flags.search === undefined ? null : parseQuery(flags.search);
	if (search && !search.ok) throw new UsageError(`--search ${JSON.stringify(flags.search)}: ${search.problem}`);
	if (flags.json && flags.format !== undefined && flags.format !== 'json')
		throw new UsageError(`--json and --format ${flags.format} disagree; give one`);
	return {
		command,
		inputs,
		print: Boolean(flags.print || flags.json),
		format,
		filter: filterOf(flags, today, day, since, range),
		today,
		todayOnly: Boolean(flags.today),
		sort: sortOf(flags.sort),
		forYou: forYouOf(flags),
		limit: count('limit', flags.limit, 1),
		list: name('list', flags.list),
		save: name('save', flags.save),
		offline: Boolean(flags.offline) || env.PAPERS_OFFLINE === '1',
		onlyNew: Boolean(flags.new),
		grouping,
		range,
		trending: Boolean(flags.trending),
		papers: name('papers', flags.papers),
		info: Boolean(flags.info),
		rm: Boolean(flags.rm),
		open: Boolean(flags.open),
		markSeen: Boolean(flags.markSeen),
		force: Boolean(flags.force),
		check: Boolean(flags.check),
		yes: Boolean(flags.yes),
		quiet: Boolean(flags.quiet),
		timeoutMs: (timeout ?? 10) * 1000,
		timeoutSet: timeout !== null,
		// papers fetch alone is today; with --since or --date, the days they name.
		days: command !== 'fetch' || days !== null ? days : since || day ? null : 1,
		allowWrite: Boolean(flags.allowWrite),
		collection: {to: flags.to ?? null, private: Boolean(flags.private), as: name('as', flags.as), dryRun: Boolean(flags.dryRun)},
	};
}

/** The days `papers fetch` asks for, oldest first. */
export function daysToFetch(options: Options): string[] {
	if (options.filter.day) return [options.filter.day];
	const start = options.filter.since ?? addDays(options.today, -((options.days ?? 1) - 1));
	const days: string[] = [];
	for (let d = start; d <= options.today && days.length < 3650; d = addDays(d, 1)) days.push(d);
	return days;
}
