import {paperKey, type Paper} from '../digest/paper.js';
import type {PaperInfo} from '../digest/paper-info.js';
import path from 'node:path';
import {annotationsOf, type Annotations} from '../lists/annotations.js';
import {toReadingLists} from '../lists/document.js';
import {readSnapshot} from '../lists/read.js';
import type {ReadingLists} from '../lists/model.js';
import {paperIdOf} from '../output/links.js';
import {sanitizeLine} from '../output/sanitize.js';
import {readInfo} from '../store/info-cache.js';
import type {PapersPaths} from '../store/paths.js';
import {parseOptions, type Options} from '../cli/options.js';
import type {RawFlags} from '../cli/flags.js';
import {UsageError} from '../cli/errors.js';
import type {Io} from '../cli/io.js';
import {heldLibrary, type HeldLibrary} from './held-library.js';
import {brief, type Brief, type Own} from './shapes.js';
import {ToolError} from './tool-error.js';

/*
 * What every tool of `papers mcp` stands on: the held store, the user's lists, notes and tags (read from disk on
 * each question, so the browser's changes are seen at once), and the command line's own options, so that a tool
 * and the command it mirrors choose the same papers.
 */

export type McpContext = {
	paths: PapersPaths;
	io: Io;
	/** The command line's options as `papers mcp` was started: timeouts, offline, today. */
	options: Options;
	allowWrite: boolean;
	library: HeldLibrary;
	say: (line: string) => void;
};

export function makeContext(options: Options, paths: PapersPaths, io: Io, say: (line: string) => void): McpContext {
	return {paths, io, options, allowWrite: options.allowWrite, library: heldLibrary(paths.store, options.today, say), say};
}

/** The user's notes and tags on papers, and the lists that hold each. */
export type Mine = {annotations: Annotations; lists: ReadingLists; own: (paper: Paper) => Own; holding: (paper: Paper) => string[]};

export function mine(context: McpContext): Mine {
	// config.json read once a question: the lists and the notes and tags are two parts of the one file.
	const {doc} = readSnapshot(path.join(context.paths.config, 'config.json'), new Date());
	const annotations = annotationsOf(doc.rest);
	const lists = toReadingLists(doc.raw);
	return {
		annotations,
		lists,
		own: (paper) => {
			const key = paperKey(paper);
			return {note: annotations.notes[key]?.text, tags: annotations.tags[key]};
		},
		holding: (paper) => {
			const key = paperKey(paper);
			return Object.keys(lists).filter((name) => lists[name]!.some((e) => paperKey(e.paper) === key));
		},
	};
}

/** Papers in their brief shape, with the user's own words on each. */
export const briefs = (papers: readonly Paper[], my: Mine): Brief[] => papers.map((p) => brief(p, my.own(p)));

/** The id an agent gave, as papers keys it: `2608.19880v2` and its links are `2608.19880`. */
export function idFrom(text: string): string {
	const id = paperIdOf(text);
	if (!id) throw new ToolError(`${sanitizeLine(text).slice(0, 80)} is not an arXiv id (as 2608.19880) or a Hugging Face or arXiv link`);
	return id;
}

const sameId = (paper: Paper, id: string) => paper.id !== null && paper.id.replace(/v\d+$/, '') === id;

/**
 * A paper by its id: from the store, else from a reading list (a saved paper is kept whole), else from the record
 * papers keeps of it (`papers info`). Nothing is fetched: an unknown id is a tool error saying where to look.
 */
export async function findPaper(context: McpContext, idText: string, my: Mine): Promise<{paper: Paper; info: PaperInfo | null}> {
	const id = idFrom(idText);
	const info = readInfo(context.paths.store, id)?.info ?? null;
	const stored = (await context.library.current()).papers.find((p) => sameId(p, id));
	const saved = stored ? undefined : Object.values(my.lists).flatMap((entries) => entries.filter((e) => sameId(e.paper, id)))[0]?.paper;
	const paper = stored ?? saved ?? info?.paper ?? null;
	if (!paper)
		throw new ToolError(
			`unknown paper ${id}: not in the store, a reading list or a kept record (search_papers with remote: true asks Hugging Face; papers fetch --date DAY keeps its day)`,
		);
	return {paper, info};
}

/**
 * The command line's options for these flags, so a tool chooses papers as the command it mirrors does: a value the
 * command line refuses is refused here too, named as the tool's argument (`date`, not `--date`).
 */
export function optionsFor(context: McpContext, flags: RawFlags): Options {
	try {
		const options = parseOptions([], flags, context.io.env, context.options.today);
		return {...options, offline: context.options.offline, timeoutMs: context.options.timeoutMs};
	} catch (error) {
		if (error instanceof UsageError) throw new ToolError(error.message.replace(/--(\w+)/g, (_, name: string) => name.replace(/-/g, '_')));
		throw error;
	}
}
