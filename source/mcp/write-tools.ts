import type {McpServer} from '@modelcontextprotocol/sdk/server/mcp.js';
import {z} from 'zod';
import {paperKey} from '../digest/paper.js';
import {cleanTag, NOTE_MAX} from '../lists/annotations.js';
import {listNameProblem} from '../lists/model.js';
import type {OpenedLists} from '../lists/store.js';
import {sanitizeLine} from '../output/sanitize.js';
import {errorMessage} from '../text.js';
import {findPaper, idFrom, mine, type McpContext} from './context.js';
import {addTool} from './tool.js';
import {ToolError} from './tool-error.js';
import {ID} from './read-tools.js';

/*
 * The tools that change the user's papers, served only with --allow-write: each change is the lists store's locked
 * read-modify-write of config.json, the browser's own, so a browser open beside the agent loses nothing.
 */

const LIST = z.string().min(1).max(100).describe('a reading list (made when it does not exist)');

type Service = OpenedLists['service'];
type Change = <T>(what: string, run: (lists: Service) => Promise<T>) => Promise<T>;

/** Changes through the lists store, opened at the first (conf and the lock load then); a failure is one line. */
function changer(context: McpContext): Change {
	let opening: Promise<Service> | undefined;
	const open = () =>
		(opening ??= import('../lists/store.js').then(async ({openLists}) => {
			const opened = await openLists({dir: context.paths.config});
			if (opened.notice) context.say(opened.notice);
			return opened.service;
		}));
	return async (what, run) => {
		try {
			return await run(await open());
		} catch (error) {
			throw new ToolError(`${what} not changed: ${errorMessage(error)}`);
		}
	};
}

const done = {id: z.string(), changed: z.boolean()};
const shown = (name: string) => JSON.stringify(sanitizeLine(name));

export function registerWriteTools(server: McpServer, context: McpContext): void {
	const change = changer(context);
	registerListWrites(server, context, change);
	registerNoteWrites(server, context, change);
}

function registerListWrites(server: McpServer, context: McpContext, change: Change): void {
	addTool(server, context, {
		name: 'save_to_list',
		title: 'Save a paper to a reading list',
		description:
			"Saves a paper (from the store, a list or a kept record) to one of the user's reading lists, as b does in papers' browser. Needs papers mcp --allow-write.",
		input: {id: ID, list: LIST},
		output: {...done, list: z.string()},
		writes: true,
		async run({id, list}, ctx) {
			const problem = listNameProblem(list.trim());
			if (problem) throw new ToolError(`list ${shown(list)}: ${problem}`);
			const {paper} = await findPaper(ctx, id, mine(ctx));
			const {added} = await change(`list ${shown(list)}`, (lists) => lists.add(list.trim(), paper));
			const text = added ? `saved ${paper.id} to ${shown(list.trim())}` : `${paper.id} was in ${shown(list.trim())} already`;
			return {text, data: {id: paper.id!, changed: added, list: sanitizeLine(list.trim())}};
		},
	});

	addTool(server, context, {
		name: 'remove_from_list',
		title: 'Remove a paper from a reading list',
		description: "Takes a paper off one of the user's reading lists (its note and tags stay). Needs papers mcp --allow-write.",
		input: {id: ID, list: LIST},
		output: {...done, list: z.string()},
		writes: true,
		destructive: true,
		async run({id: given, list}, ctx) {
			const id = idFrom(given);
			const key = paperKey({id, title: ''});
			const my = mine(ctx);
			if (!Object.hasOwn(my.lists, list)) throw new ToolError(`no reading list ${shown(list)}`);
			const had = my.lists[list]!.some((e) => paperKey(e.paper) === key);
			if (had) await change(`list ${shown(list)}`, (lists) => lists.remove(list, key));
			return {
				text: had ? `removed ${id} from ${shown(list)}` : `${id} was not in ${shown(list)}`,
				data: {id, changed: had, list: sanitizeLine(list)},
			};
		},
	});
}

function registerNoteWrites(server: McpServer, context: McpContext, change: Change): void {
	addTool(server, context, {
		name: 'set_note',
		title: "Set a paper's note",
		description:
			"Sets the user's note on a paper (markdown, replacing the note it had); an empty text removes it. Needs papers mcp --allow-write.",
		input: {id: ID, text: z.string().max(NOTE_MAX)},
		output: done,
		writes: true,
		async run({id: given, text}) {
			const id = idFrom(given);
			const after = await change(`the note on ${id}`, (lists) => lists.setNote(paperKey({id, title: ''}), text.trim() ? text : null));
			const noted = Boolean(after.notes[paperKey({id, title: ''})]);
			return {text: noted ? `noted ${id}` : `no note on ${id} now`, data: {id, changed: true}};
		},
	});

	addTool(server, context, {
		name: 'tag_paper',
		title: 'Tag a paper',
		description:
			'Adds and removes the user\'s tags on a paper (letters and digits, then also _ . : / + -, at most 40; lower-cased, without "#"); a tag in both add and remove is removed. Needs papers mcp --allow-write.',
		input: {id: ID, add: z.array(z.string().max(41)).max(50).default([]), remove: z.array(z.string().max(41)).max(50).default([])},
		output: {...done, tags: z.array(z.string())},
		writes: true,
		async run({id: given, add, remove}) {
			const id = idFrom(given);
			const clean = (tags: readonly string[]): string[] =>
				tags.map((t) => {
					const tag = cleanTag(t);
					if (!tag) throw new ToolError(`${shown(t)} is not a tag: letters and digits, then also _ . : / + -, at most 40`);
					return tag;
				});
			const key = paperKey({id, title: ''});
			// A tag both added and removed is removed: the agent asked for it gone at least once.
			const removing = clean(remove);
			const adding = clean(add).filter((t) => !removing.includes(t));
			const after = await change(`the tags of ${id}`, (lists) => lists.setTags(key, adding, removing));
			const tags = [...(after.tags[key] ?? [])];
			return {
				text: `${id}: ${tags.length ? tags.map((t) => `#${t}`).join(' ') : 'no tags'}`,
				data: {id, changed: add.length + remove.length > 0, tags},
			};
		},
	});
}
