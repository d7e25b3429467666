import type {McpServer} from '@modelcontextprotocol/sdk/server/mcp.js';
import {z} from 'zod';
import {newestDayBy} from '../digest/collection.js';
import {longDate} from '../digest/dates.js';
import {paperKey, type Paper} from '../digest/paper.js';
import {readSeen} from '../seen/store.js';
import {fetchedLabel, readTrending, staleness} from '../store/trending.js';
import type {RawFlags} from '../cli/flags.js';
import type {Options} from '../cli/options.js';
import {selectPapers} from '../cli/select.js';
import {plural} from '../text.js';
import {briefs, mine, optionsFor, type McpContext} from './context.js';
import {briefShape, briefText} from './shapes.js';
import {addTool} from './tool.js';
import {ToolError} from './tool-error.js';

/* list_papers: a day, a week, a month or the trending list, in the browser's order. */

type Asked = {date?: string | undefined; week?: string | undefined; month?: string | undefined; trending: boolean};

/** The command line's flags for what was asked: `papers --date D`, `--today`, `--week [W]`, `--month [M]`, `--trending`. */
function flagsFor(asked: Asked): RawFlags {
	const given = [asked.date && 'date', asked.week && 'week', asked.month && 'month', asked.trending && 'trending'].filter(Boolean);
	if (given.length > 1) throw new ToolError(`give one of date, week, month and trending, not ${given.join(' and ')}`);
	if (asked.week) return {week: asked.week === 'this' ? '' : asked.week};
	if (asked.month) return {month: asked.month === 'this' ? '' : asked.month};
	if (asked.trending) return {trending: true};
	return !asked.date || asked.date === 'today' ? {today: true} : {date: asked.date};
}

/** Today, or, when today has no papers yet (a weekend, the morning before they are out), the newest day before it. */
function todayOrNewest(papers: readonly Paper[], options: Options): {options: Options; note: string | null} {
	if (!options.todayOnly || papers.some((p) => p.date === options.today)) return {options, note: null};
	const newest = newestDayBy(papers, options.today);
	if (!newest) return {options, note: `no papers for today (${options.today}), and none before it in the store`};
	const note = `no papers for today (${options.today}) yet; these are of ${longDate(newest)}, the newest day with papers`;
	return {options: {...options, filter: {...options.filter, day: newest}}, note};
}

async function chosen(context: McpContext, options: Options): Promise<{papers: readonly Paper[]; selection: string; notes: string[]}> {
	if (options.trending) {
		const trending = await readTrending(context.paths.store);
		if (!trending) throw new ToolError('no trending list is kept yet: papers fetch --trending gets one');
		const old = staleness(trending.fetchedAt);
		return {
			papers: trending.papers,
			selection: `trending · fetched ${fetchedLabel(trending.fetchedAt)}`,
			notes: old ? [`the list is ${old}`] : [],
		};
	}
	const held = await context.library.current();
	const notes = held.isSample ? ['the store is empty: these are the bundled sample digest (papers fetch gets the latest days)'] : [];
	const range = options.range ? `${options.range.kind} ${options.range.key}` : (options.filter.day ?? 'today');
	return {papers: held.papers, selection: range, notes};
}

export function registerListTool(server: McpServer, context: McpContext): void {
	addTool(server, context, {
		name: 'list_papers',
		title: 'List papers of a day, week, month or trending',
		description:
			"The Daily Papers of one day (default today: on a day without papers yet, the newest day before it), an ISO week, a month, or Hugging Face's trending list (as papers fetch --trending kept it), from the user's store. Newest day first, most upvoted first within a day; trending in the site's order. new_only: only papers the user has not seen in papers' browser.",
		input: {
			date: z
				.string()
				.regex(/^(today|\d{4}-\d{2}-\d{2})$/, 'YYYY-MM-DD or today')
				.optional(),
			week: z
				.string()
				.regex(/^(this|\d{4}-W\d{2})$/, 'YYYY-Www or this')
				.optional(),
			month: z
				.string()
				.regex(/^(this|\d{4}-\d{2})$/, 'YYYY-MM or this')
				.optional(),
			trending: z.boolean().default(false),
			new_only: z.boolean().default(false).describe('only papers not yet seen in the browser'),
			limit: z.number().int().min(1).max(500).default(50),
		},
		output: {selection: z.string(), total: z.number(), notes: z.array(z.string()), papers: z.array(briefShape)},
		async run(args, ctx) {
			const base = optionsFor(ctx, {...flagsFor(args), limit: String(args.limit)});
			const {papers: all, selection, notes} = await chosen(ctx, base);
			const {options, note} = todayOrNewest(all, base);
			const seen = args.new_only ? readSeen(ctx.paths.seen).keys : null;
			const papers = seen ? all.filter((p) => !seen.has(paperKey(p))) : all;
			const picked = selectPapers(papers, {...options, limit: null});
			const shown = options.filter.day && options.todayOnly ? options.filter.day : selection;
			const said = [...(note ? [note] : []), ...notes];
			const answer = briefs(picked.slice(0, args.limit), mine(ctx));
			const head = `${plural(picked.length, args.new_only ? 'new paper' : 'paper')} · ${shown}${picked.length > answer.length ? `, the first ${answer.length}` : ''}`;
			return {
				text: [head, ...said.map((n) => `(${n})`), '', ...answer.map((p, i) => briefText(p, i + 1))].join('\n').trimEnd(),
				data: {selection: shown, total: picked.length, notes: said, papers: answer},
			};
		},
	});
}
