import type {Paper} from '../digest/paper.js';
import {summarize, type ReadingLists} from '../lists/model.js';
import {sanitizeLine} from '../output/sanitize.js';
import {RuntimeError} from './errors.js';
import {say, writeOut, type Io} from './io.js';

async function open(dir: string, io: Io) {
	const {openLists} = await import('../lists/store.js');
	const opened = await openLists({dir});
	if (opened.notice) say(io, opened.notice);
	return opened.service;
}

/** `papers lists`: one line per list. */
export async function printLists(dir: string, io: Io): Promise<number> {
	const lists = await (await open(dir, io)).read();
	const summary = summarize(lists);
	if (summary.length === 0) {
		say(io, 'no reading lists yet (papers --save later, or b in the browser)');
		return 0;
	}
	const width = Math.max(...summary.map((l) => l.name.length));
	await writeOut(
		io,
		summary
			.map((l) => `${sanitizeLine(l.name).padEnd(width)}  ${l.count} ${l.count === 1 ? 'paper' : 'papers'}, ${l.unread} unread\n`)
			.join(''),
	);
	return 0;
}

/** The lists, and the one asked for; a missing one is an error naming those that exist. */
export async function readList(dir: string, name: string, io: Io): Promise<{lists: ReadingLists; papers: Paper[]}> {
	const lists = await (await open(dir, io)).read();
	const entries = lists[name];
	if (!entries) {
		const names = Object.keys(lists);
		throw new RuntimeError(
			`no reading list "${sanitizeLine(name)}"; ${names.length ? `the lists are: ${names.map(sanitizeLine).join(', ')}` : 'there are no lists yet'}`,
		);
	}
	return {lists, papers: entries.map((e) => e.paper)};
}

/** `--save NAME`: every matching paper into the list, for cron jobs. */
export async function savePapers(dir: string, name: string, papers: readonly Paper[], io: Io): Promise<number> {
	const added = await (await open(dir, io)).addMany(name, papers);
	const already = papers.length - added;
	await writeOut(
		io,
		`saved ${added} ${added === 1 ? 'paper' : 'papers'} to ${sanitizeLine(name)}${already > 0 ? ` (${already} already there)` : ''}\n`,
	);
	return 0;
}
