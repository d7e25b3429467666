import fs from 'node:fs';
import type {Paper} from '../digest/paper.js';
import type {OpenedLists} from '../lists/store.js';
import {cleanListName, LIST_NAME_MAX, summarize} from '../lists/model.js';
import {readLinks} from '../lists/collections.js';
import {jsonSafe, quoted, sanitizeLine} from '../output/sanitize.js';
import {shellWord} from '../output/paths.js';
import {displayWidth, fitWidth, padToWidth} from '../output/width.js';
import {errorMessage, plural} from '../text.js';
import {RuntimeError, UsageError} from './errors.js';
import {say, writeOut, type Io} from './io.js';
import {readLists} from '../lists/read.js';
import {ListProblem} from '../lists/manage.js';
import {IMPORT_LIMITS, readLibraryDocument} from '../lists/transfer.js';

/** `papers lists`: one line per list, or with --json an array of {name, count, unread, collection?}. Reads only: no lock, no write. */
export async function printLists(dir: string, io: Io, options: {json: boolean}): Promise<number> {
	const {lists, notice} = readLists(dir);
	if (notice) say(io, notice);
	const links = readLinks(dir);
	// A list synced with a Hugging Face collection says which.
	const summary = summarize(lists).map((l) => (Object.hasOwn(links, l.name) ? {...l, collection: links[l.name]!.slug} : l));
	if (options.json) {
		await writeOut(io, `${jsonSafe(JSON.stringify(summary, null, 2))}\n`);
		return 0;
	}
	if (summary.length === 0) {
		say(io, 'no reading lists yet (papers --save later, or b in the browser)');
		return 0;
	}
	// A name from before names had a length limit is cut: it must not pad every line to its width.
	const names = summary.map((l) => fitWidth(sanitizeLine(l.name), LIST_NAME_MAX));
	const width = Math.max(...names.map(displayWidth));
	const lines = summary.map(
		(l, i) =>
			`${padToWidth(names[i]!, width)}  ${plural(l.count, 'paper')}, ${l.unread} unread${'collection' in l ? `  ⇄ ${sanitizeLine(l.collection)}` : ''}\n`,
	);
	await writeOut(io, lines.join(''));
	return 0;
}

/** `papers lists rm NAME`, `mv OLD NEW`, `copy OLD NEW`: whole lists changed, under the lock, nothing lost. */
export async function manageLists(dir: string, words: readonly string[], io: Io): Promise<number> {
	const [verb, from, to] = words as [string, string, string | undefined];
	if ((verb === 'mv' || verb === 'copy') && to !== undefined && cleanListName(to) === from)
		throw new UsageError(`papers lists ${verb} takes two different names; ${quoted(from)} was given twice`);
	const {openLists} = await import('../lists/store.js');
	const opened = await openLists({dir});
	if (opened.notice) say(io, opened.notice);
	try {
		if (verb === 'export') {
			await writeOut(io, opened.service.exportLibrary(words.slice(1)));
			return 0;
		}
		if (verb === 'import') return await importLibrary(opened.service, from, io);
		if (verb === 'rm') {
			const {count, backup} = await opened.service.removeList(from);
			await writeOut(
				io,
				`removed ${quoted(from)} (${plural(count, 'paper')}); a copy is kept: papers lists import ${shellWord(sanitizeLine(backup))} brings it back\n`,
			);
		} else if (verb === 'mv') {
			await opened.service.renameList(from, to!);
			await writeOut(io, `renamed ${quoted(from)} to ${quoted(to!)}\n`);
		} else {
			const {added} = await opened.service.copyList(from, to!);
			await writeOut(io, `copied ${plural(added, 'paper')} from ${quoted(from)} to ${quoted(to!)}\n`);
		}
		return 0;
	} catch (error) {
		if (error instanceof RuntimeError) throw error;
		if (error instanceof ListProblem) throw new RuntimeError(sanitizeLine(error.message));
		throw new RuntimeError(`reading lists not changed: ${errorMessage(error)}`);
	}
}

/** `papers lists import FILE`: the document checked whole first; a malformed or foreign one changes nothing. */
async function importLibrary(service: OpenedLists['service'], file: string, io: Io): Promise<number> {
	let text: string;
	try {
		if (fs.statSync(file).size > IMPORT_LIMITS.fileBytes)
			throw new RuntimeError(
				`${sanitizeLine(file)}: it is over ${IMPORT_LIMITS.fileBytes / 1024 / 1024} MB, papers' limit for an import; nothing changed`,
			);
		text = fs.readFileSync(file, 'utf8');
	} catch (error) {
		if (error instanceof RuntimeError) throw error;
		throw new RuntimeError(`${sanitizeLine(file)}: cannot read it (${errorMessage(error)}); nothing changed`);
	}
	const doc = readLibraryDocument(text);
	if (typeof doc === 'string') throw new RuntimeError(`${sanitizeLine(file)}: ${doc}; nothing changed`);
	if (doc.leftOut.length > 0) say(io, `${sanitizeLine(file)}: left out ${doc.leftOut.join(', ')} (papers' limits for one import)`);
	const done = await service.importLibrary(doc);
	const replaced =
		done.replaced > 0 ? `, ${plural(done.replaced, 'note')} replaced by a newer one (the other kept in ${sanitizeLine(done.backup!)})` : '';
	await writeOut(
		io,
		`imported ${plural(done.papers, 'paper')} into ${plural(done.lists, 'list')}, ${plural(done.notes, 'note')}, tags on ${plural(done.tags, 'paper')}${replaced}\n`,
	);
	return 0;
}

/** `--save NAME`: every matching paper into the list, for cron jobs. */
/** More than this many papers saved at once is more likely a filter forgotten than a wish: it asks for --yes. */
export const SAVE_WITHOUT_ASKING = 200;

export async function savePapers(dir: string, name: string, papers: readonly Paper[], io: Io, yes = false): Promise<number> {
	if (papers.length > SAVE_WITHOUT_ASKING && !yes)
		throw new UsageError(
			`--save ${sanitizeLine(name)} would save ${papers.length} papers; narrow it (--today, --search, --min-upvotes) or add --yes`,
		);
	const {openLists} = await import('../lists/store.js');
	const opened = await openLists({dir});
	if (opened.notice) say(io, opened.notice);
	const added = await opened.service.addMany(name, papers).catch((error: unknown) => {
		throw new RuntimeError(`nothing saved to ${sanitizeLine(name)}: ${errorMessage(error)}`);
	});
	const already = papers.length - added;
	const why = papers.length === 0 ? ' (none matched)' : already > 0 ? ` (${already} already there)` : '';
	await writeOut(io, `saved ${plural(added, 'paper')} to ${sanitizeLine(name)}${why}\n`);
	return 0;
}
