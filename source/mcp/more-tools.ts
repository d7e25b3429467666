import type {McpServer} from '@modelcontextprotocol/sdk/server/mcp.js';
import {z} from 'zod';
import {forYouScores, nearestSaved, orderForYou} from '../digest/for-you.js';
import {paperKey, type Paper} from '../digest/paper.js';
import {similarPapers} from '../digest/similar.js';
import {watchedBy} from '../digest/watch-match.js';
import {savedPapers, summarize} from '../lists/model.js';
import {readWatchRules} from '../lists/watch-rules.js';
import {sanitizeLine} from '../output/sanitize.js';
import {readSeen} from '../seen/store.js';
import {announcedFile} from '../cli/watch-command.js';
import {selectPapers} from '../cli/select.js';
import {plural} from '../text.js';
import {briefs, findPaper, mine, optionsFor, type McpContext} from './context.js';
import {brief, briefShape, briefText} from './shapes.js';
import {addTool} from './tool.js';
import {ToolError} from './tool-error.js';
import {ID} from './read-tools.js';

/* The tools that rank and gather: similar_papers, for_you, watch_hits, reading_lists. */

const named = (names: readonly string[]) => (names.length ? names.map((n) => JSON.stringify(sanitizeLine(n))).join(', ') : 'none yet');

const lines = (head: string, body: readonly string[]) => [head, '', ...body].join('\n').trimEnd();

export function registerMoreTools(server: McpServer, context: McpContext): void {
	addTool(server, context, {
		name: 'similar_papers',
		title: 'Papers like this one',
		description:
			"The papers of the user's store most like one paper (by the words of their titles, abstracts and AI keywords, weighted by rarity), most alike first, each with its likeness (0 to 1) and the words it shares with the paper.",
		input: {id: ID, limit: z.number().int().min(1).max(50).default(10)},
		output: {id: z.string(), papers: z.array(briefShape.extend({likeness: z.number(), shared: z.array(z.string())}))},
		async run({id, limit}, ctx) {
			const my = mine(ctx);
			const {paper} = await findPaper(ctx, id, my);
			const alike = similarPapers(await (await ctx.library.current()).model(), paper, limit);
			const papers = alike.map((a) => ({
				...brief(a.paper, my.own(a.paper)),
				likeness: Math.round(a.score * 1000) / 1000,
				shared: a.reason.map(sanitizeLine),
			}));
			const head = alike.length ? `${plural(papers.length, 'paper')} like ${paper.id}` : `no paper of the store is like ${paper.id}`;
			return {
				text: lines(
					head,
					papers.map((p, i) => briefText(p, i + 1, ` (likeness ${p.likeness}: ${p.shared.join(', ')})`)),
				),
				data: {id: paper.id!, papers},
			};
		},
	});

	addTool(server, context, {
		name: 'for_you',
		title: 'For you',
		description:
			'The store\'s papers in papers\' "for you" order (as papers --sort for-you): newest day first, and within a day the papers most like what the user saved in their reading lists (or in one list) first. Each says its likeness and the saved paper it is most like.',
		input: {
			limit: z.number().int().min(1).max(200).default(20),
			list: z.string().min(1).max(100).optional().describe('learn from this reading list alone'),
		},
		output: {learnedFrom: z.number(), papers: z.array(briefShape.extend({likeness: z.number(), like: z.string().nullable()}))},
		async run({limit, list}, ctx) {
			const my = mine(ctx);
			if (list !== undefined && !Object.hasOwn(my.lists, list))
				throw new ToolError(`no reading list ${JSON.stringify(sanitizeLine(list))}; the lists are: ${named(Object.keys(my.lists))}`);
			const saved = savedPapers(my.lists, list ?? null);
			if (saved.length === 0)
				throw new ToolError(
					list
						? `list ${JSON.stringify(sanitizeLine(list))} is empty: nothing to learn from`
						: 'no papers saved in a reading list yet: for you learns from them',
				);
			const held = await ctx.library.current();
			const model = await held.model();
			const scores = forYouScores(model, saved);
			const ordered = orderForYou(held.papers, model, scores).slice(0, limit);
			const papers = ordered.map((p) => {
				const at = model.place.get(paperKey(p));
				const near = nearestSaved(model, scores, p);
				return {
					...brief(p, my.own(p)),
					likeness: at === undefined ? 0 : Math.round(scores.scores[at]! * 1000) / 1000,
					like: near ? sanitizeLine(near.title) : null,
				};
			});
			const head = `${plural(papers.length, 'paper')} for you, learned from ${plural(saved.length, 'saved paper')}`;
			return {
				text: lines(
					head,
					papers.map((p, i) => briefText(p, i + 1, p.like ? ` (like "${p.like}")` : '')),
				),
				data: {learnedFrom: saved.length, papers},
			};
		},
	});

	registerWatchHits(server, context);
	registerReadingLists(server, context);
}

function registerWatchHits(server: McpServer, context: McpContext): void {
	addTool(server, context, {
		name: 'watch_hits',
		title: 'What the watch rules match',
		description:
			"The papers of the store the user's watch rules match (saved searches: papers watch add NAME QUERY), each with the rules that match it, newest day first. new_only: only those not seen in the browser and not announced by papers watch --new. Reading this marks nothing announced.",
		input: {
			rule: z.string().min(1).max(100).optional(),
			new_only: z.boolean().default(false),
			limit: z.number().int().min(1).max(500).default(50),
		},
		output: {
			rules: z.array(z.object({name: z.string(), query: z.string(), matches: z.number()})),
			total: z.number(),
			papers: z.array(briefShape.extend({rules: z.array(z.string())})),
		},
		async run({rule, new_only, limit}, ctx) {
			const {rules: all} = readWatchRules(ctx.paths.config);
			if (rule !== undefined && !Object.hasOwn(all, rule))
				throw new ToolError(`no watch rule ${JSON.stringify(sanitizeLine(rule))}; the rules are: ${named(Object.keys(all))}`);
			const rules = rule === undefined ? all : {[rule]: all[rule]!};
			const held = await ctx.library.current();
			// Rules watch the store: the bundled sample is no news.
			const watched = watchedBy(held.isSample ? [] : held.papers, rules);
			const told = new_only ? new Set([...readSeen(ctx.paths.seen).keys, ...readSeen(announcedFile(ctx.paths), 'announced').keys]) : null;
			const matched = [...watched.keys()].filter((p) => !told?.has(paperKey(p)));
			const picked = selectPapers(matched, {...optionsFor(ctx, {}), limit: null});
			const my = mine(ctx);
			const papers = picked.slice(0, limit).map((p: Paper) => ({...brief(p, my.own(p)), rules: (watched.get(p) ?? []).map(sanitizeLine)}));
			const counts = Object.entries(rules).map(([name, query]) => ({
				name: sanitizeLine(name),
				query: sanitizeLine(query),
				matches: [...watched.values()].filter((names) => names.includes(name)).length,
			}));
			const head =
				counts.length === 0
					? 'no watch rules yet (papers watch add NAME QUERY)'
					: `${plural(picked.length, new_only ? 'new paper' : 'paper')} watched`;
			return {
				text: lines(
					head,
					papers.map((p, i) => briefText(p, i + 1, ` [${p.rules.join(', ')}]`)),
				),
				data: {rules: counts, total: picked.length, papers},
			};
		},
	});
}

function registerReadingLists(server: McpServer, context: McpContext): void {
	addTool(server, context, {
		name: 'reading_lists',
		title: 'Reading lists',
		description:
			"The user's reading lists with how many papers each holds and how many are unread; with name, that list's papers in the order they were saved, each with its note, tags and whether it was read.",
		input: {name: z.string().min(1).max(100).optional()},
		output: {
			lists: z.array(z.object({name: z.string(), count: z.number(), unread: z.number()})),
			papers: z.array(briefShape.extend({read: z.boolean(), savedAt: z.string()})).optional(),
		},
		async run({name}, ctx) {
			const my = mine(ctx);
			const lists = summarize(my.lists).map((l) => ({...l, name: sanitizeLine(l.name)}));
			if (name === undefined) {
				const text = lists.length
					? lists.map((l) => `${l.name}: ${plural(l.count, 'paper')}, ${l.unread} unread`).join('\n')
					: 'no reading lists yet';
				return {text, data: {lists}};
			}
			if (!Object.hasOwn(my.lists, name))
				throw new ToolError(`no reading list ${JSON.stringify(sanitizeLine(name))}; the lists are: ${named(Object.keys(my.lists))}`);
			const entries = my.lists[name]!;
			const papers = briefs(
				entries.map((e) => e.paper),
				my,
			).map((p, i) => ({...p, read: entries[i]!.read, savedAt: entries[i]!.savedAt}));
			const head = `${sanitizeLine(name)}: ${plural(papers.length, 'paper')}`;
			return {
				text: lines(
					head,
					papers.map((p, i) => briefText(p, i + 1, p.read ? ' (read)' : '')),
				),
				data: {lists, papers},
			};
		},
	});
}
