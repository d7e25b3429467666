import {slugOf} from '../fetch/hf-collections.js';
import {readLinks} from '../lists/collections.js';
import {readLists} from '../lists/read.js';
import {quoted, sanitizeLine} from '../output/sanitize.js';
import {shellWord} from '../output/paths.js';
import {hubOf, pullCollection, pushList, syncList, type Hub, type SyncOutcome} from '../services/collections.js';
import type {PapersPaths} from '../store/paths.js';
import {errorMessage, plural} from '../text.js';
import {RuntimeError, UsageError} from './errors.js';
import {say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';

/*
 * `papers lists push NAME`, `lists pull SLUG`, `lists sync [NAME]`: reading lists as Hugging Face Collections.
 * What moved is said one line a list; a failure is one line naming the list, and the lists not reached stay as they were.
 */

export async function collectionsCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	if (options.offline) throw new UsageError('papers lists push, pull and sync ask Hugging Face, and cannot run offline');
	const [verb, name] = options.inputs as [string, string | undefined];
	try {
		if (verb === 'push') return await push(options, paths, io, name!);
		if (verb === 'pull') return await pull(options, paths, io, name!);
		return await sync(options, paths, io, name);
	} catch (error) {
		if (error instanceof UsageError || error instanceof RuntimeError) throw error;
		throw new RuntimeError(`papers lists ${verb}${name ? ` ${sanitizeLine(name)}` : ''}: ${errorMessage(error)}`);
	}
}

async function push(options: Options, paths: PapersPaths, io: Io, name: string): Promise<number> {
	const to = options.collection.to === null ? null : slugOf(options.collection.to);
	if (options.collection.to !== null && !to)
		throw new UsageError(`--to ${options.collection.to}: not a collection's slug (user/title-id) or address`);
	const done = await pushList(hubOf(options, io, paths), name, {slug: to, private: options.collection.private});
	const parts = [
		`${done.added} added`,
		done.there ? `${done.there} there already` : '',
		done.notes ? plural(done.notes, 'note') + ' updated' : '',
	];
	if (done.notIndexed.length) parts.push(`${done.notIndexed.length} not indexed by Hugging Face: ${done.notIndexed.join(', ')}`);
	if (done.noId) parts.push(`${done.noId} without an arXiv id, kept here only`);
	await writeOut(io, `${sanitizeLine(done.url)}\n${quoted(name)}: ${parts.filter(Boolean).join(', ')}\n`);
	return 0;
}

async function pull(options: Options, paths: PapersPaths, io: Io, given: string): Promise<number> {
	const slug = slugOf(given);
	if (!slug) throw new UsageError(`${given}: not a collection's slug (user/title-id) or address`);
	// Anyone's public collection reads without a token; the user's private ones need theirs.
	const done = await pullCollection(hubOf(options, io, paths, false), slug, options.collection.as);
	const notes = done.notes ? `, ${plural(done.notes, 'note')}` : '';
	await writeOut(io, `${quoted(done.list)}: ${done.added} added from ${sanitizeLine(done.slug)}${notes}\n`);
	return 0;
}

function syncLine(done: SyncOutcome, dryRun: boolean): string {
	const {send, take, removeThere, removeHere} = done.plan;
	const sent = send.length - done.notIndexed.length;
	const moved = `${dryRun ? 'would send' : 'sent'} ${sent}, ${dryRun ? 'take' : 'took'} ${take.length}, remove ${removeThere.length} there and ${removeHere.length} here`;
	const skipped = done.notIndexed.length ? `; ${done.notIndexed.length} not indexed by Hugging Face: ${done.notIndexed.join(', ')}` : '';
	const kept = done.backup
		? `; the list was emptied there: a copy is kept (papers lists import ${shellWord(sanitizeLine(done.backup))})`
		: '';
	return `${quoted(done.list)} ⇄ ${sanitizeLine(done.slug)}: ${moved}${skipped}${kept}\n`;
}

async function sync(options: Options, paths: PapersPaths, io: Io, only: string | undefined): Promise<number> {
	const links = readLinks(paths.config);
	const {lists} = readLists(paths.config);
	if (only !== undefined && !Object.hasOwn(lists, only)) throw new RuntimeError(`no reading list ${quoted(only)}`);
	if (only !== undefined && !Object.hasOwn(links, only))
		throw new RuntimeError(`list ${quoted(only)} has no collection yet: papers lists push ${shellWord(sanitizeLine(only))} makes one`);
	const names = only !== undefined ? [only] : Object.keys(links).filter((n) => Object.hasOwn(lists, n));
	if (names.length === 0) {
		say(io, 'no list has a collection yet: papers lists push NAME makes one');
		return 0;
	}
	const hub: Hub = hubOf(options, io, paths);
	let failed = 0;
	for (const name of names) {
		try {
			await writeOut(io, syncLine(await syncList(hub, name, links[name]!, options.collection.dryRun), options.collection.dryRun));
		} catch (error) {
			failed++;
			say(io, `${quoted(name)}: ${errorMessage(error)}`);
		}
	}
	return failed > 0 ? 1 : 0;
}
