import path from 'node:path';
import {paperKey, type Paper} from '../digest/paper.js';
import {watchedBy, type Watched} from '../digest/watch-match.js';
import {readWatchRules, type WatchRules} from '../lists/watch-rules.js';
import {formatPapers} from '../output/format.js';
import {jsonSafe, quoted, sanitizeLine} from '../output/sanitize.js';
import {displayWidth, padToWidth} from '../output/width.js';
import {readSeen} from '../seen/store.js';
import {loadLibrary} from '../sources/load.js';
import type {PapersPaths} from '../store/paths.js';
import {annotatedFrom} from '../lists/annotations.js';
import {errorMessage, plural} from '../text.js';
import {RuntimeError} from './errors.js';
import {printWidth, say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {selectPapers} from './select.js';

/*
 * `papers watch`: the rules, with how many new papers each matches; `watch add NAME QUERY`, `watch rm NAME`;
 * `watch [NAME] --new` prints the watched papers not announced yet and not seen, once each (for cron); `watch NAME`
 * prints what a rule matches, in any --format (a feed too).
 */

export const announcedFile = (paths: PapersPaths) => path.join(path.dirname(paths.seen), 'announced.txt');

export async function watchCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const [verb, name, ...query] = options.inputs;
	if (verb === 'add' || verb === 'rm') return changeRule(paths, io, name!, verb === 'add' ? query.join(' ') : null);
	const {rules: all, notice} = readWatchRules(paths.config);
	if (notice) say(io, notice);
	const rules = verb === undefined ? all : onlyRule(all, verb);
	const library = await loadLibrary({inputs: [], storeDir: paths.store, today: options.today, stdinPiped: false});
	// Rules watch the store: the bundled sample is no news.
	if (library.isSample) say(io, 'the store is empty: papers fetch gets the latest days');
	const papers = library.isSample ? [] : library.papers;
	const watched = watchedBy(papers, rules);
	const matched = papers.filter((p) => watched.has(p));
	if (options.onlyNew) return announceNew(matched, options, paths, io, watchSelection(verb, true));
	// The rules themselves, as lines or JSON; a rule's name, or any other format (a feed), prints the papers watched.
	if (verb === undefined && (options.format === 'json' || (options.format === 'text' && !options.print)))
		return listRules(all, watched, paths, io, options.format === 'json');
	await print(annotatedFrom(paths.config, selectPapers(matched, {...options, order: null})), options, io, watchSelection(verb));
	return 0;
}

function onlyRule(rules: WatchRules, name: string): WatchRules {
	if (!Object.hasOwn(rules, name)) {
		const names = Object.keys(rules);
		throw new RuntimeError(`no watch rule ${quoted(name)}${names.length ? `; the rules are: ${names.map(sanitizeLine).join(', ')}` : ''}`);
	}
	return {[name]: rules[name]!};
}

/** What a feed of watched papers holds: one rule's, or every rule's. */
const watchSelection = (rule: string | undefined, fresh = false) =>
	`${rule === undefined ? 'watched' : `watch "${rule}"`}${fresh ? ' new' : ''}`;

/** Answers whether the reader has it all (false: it went away early, `| head`). */
function print(papers: readonly Paper[], options: Options, io: Io, selection: string): Promise<boolean> {
	return writeOut(io, formatPapers(papers, options.format, {width: printWidth(io), grouping: options.grouping, selection}));
}

/** The watched papers not announced and not seen, printed once: a second run prints nothing, and exits 0. */
async function announceNew(matched: readonly Paper[], options: Options, paths: PapersPaths, io: Io, selection: string): Promise<number> {
	const seen = readSeen(paths.seen).keys;
	const fresh = selectPapers(
		matched.filter((p) => !seen.has(paperKey(p))),
		{...options, order: null},
	);
	const {announceOnce} = await import('../seen/announced.js');
	const picking = new Set<string>();
	// Delivered, then recorded, under the announced file's lock: a second run waits, and announces nothing twice.
	await announceOnce(
		announcedFile(paths),
		(announced) =>
			// Each paper once (one paper from two digests is one paper), the first of it, and not announced before.
			fresh.flatMap((paper) => {
				const key = paperKey(paper);
				if (announced.has(key) || picking.has(key)) return [];
				picking.add(key);
				return [{paper, key}];
			}),
		(picked) =>
			print(
				picked.map((p) => p.paper),
				options,
				io,
				selection,
			),
	).catch((error: unknown) => {
		if (error instanceof RuntimeError) throw error;
		throw new RuntimeError(`watch --new: ${errorMessage(error)}`);
	});
	return 0;
}

/** The rules with their counts, from the one matching already made of every rule (each paper with its rules' names). */
async function listRules(rules: WatchRules, watched: Watched, paths: PapersPaths, io: Io, json: boolean): Promise<number> {
	const seen = readSeen(paths.seen).keys;
	const announced = readSeen(announcedFile(paths), 'announced').keys;
	const rows = Object.entries(rules).map(([name, query]) => {
		const matched = [...watched].filter(([, names]) => names.includes(name)).map(([paper]) => paper);
		const fresh = matched.filter((p) => !seen.has(paperKey(p)) && !announced.has(paperKey(p))).length;
		return {name, query, matches: matched.length, new: fresh};
	});
	if (json) {
		await writeOut(io, `${jsonSafe(JSON.stringify(rows, null, 2))}\n`);
		return 0;
	}
	if (rows.length === 0) {
		say(io, 'no watch rules yet (papers watch add NAME QUERY)');
		return 0;
	}
	const names = rows.map((r) => sanitizeLine(r.name));
	const width = Math.max(...names.map(displayWidth));
	await writeOut(
		io,
		rows
			.map((r, i) => `${padToWidth(names[i]!, width)}  ${sanitizeLine(r.query)}  (${plural(r.matches, 'paper')}, ${r.new} new)\n`)
			.join(''),
	);
	return 0;
}

async function changeRule(paths: PapersPaths, io: Io, name: string, query: string | null): Promise<number> {
	const {openLists} = await import('../lists/store.js');
	const opened = await openLists({dir: paths.config});
	if (opened.notice) say(io, opened.notice);
	const had = await opened.service.setRule(name, query).catch((error: unknown) => {
		throw new RuntimeError(`watch rules not changed: ${errorMessage(error)}`);
	});
	const shown = quoted(name);
	if (query === null && !had) throw new RuntimeError(`no watch rule ${shown}`);
	await writeOut(io, query === null ? `stopped watching ${shown}\n` : `${had ? 'now' : 'watching'} ${shown}: ${sanitizeLine(query)}\n`);
	return 0;
}
