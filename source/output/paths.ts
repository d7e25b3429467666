import os from 'node:os';
import path from 'node:path';
import {displayWidth, fitWidth, fitWidthLeft} from './width.js';

/*
 * Paths in messages: the point of a message comes first and its file last, shortened (`$PAPERS_HOME/…`, `~/…`) with
 * the file's name always kept, so a footer that must cut a long one cuts the folders, never the name.
 */

/** A path as messages show it: `$PAPERS_HOME` for papers' own folder when set, `~` for the home folder. */
export function shortPath(file: string, env: NodeJS.ProcessEnv = process.env): string {
	const trim = (folder: string) => folder.replace(/\/+$/, '');
	const under = (folder: string | undefined) =>
		folder && trim(folder) !== '' && (file === trim(folder) || file.startsWith(trim(folder) + path.sep));
	if (under(env.PAPERS_HOME)) return `$PAPERS_HOME${file.slice(trim(env.PAPERS_HOME!).length)}`;
	const home = os.homedir();
	if (under(home)) return `~${file.slice(trim(home).length)}`;
	return file;
}

/** A path as a shell word: as it is when it needs no quotes, else single-quoted. */
export function shellWord(text: string): string {
	return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}

/**
 * A message cut to a width: one that ends with a path keeps its point and the path's end (the file's name), cutting
 * the folders between (`PDF of 2601.00001 kept: …/pdfs/2601.00001.pdf`); any other is cut at its end.
 */
export function fitMessage(text: string, width: number): string {
	if (displayWidth(text) <= width) return text;
	const at = text.lastIndexOf(' ');
	const tail = text.slice(at + 1);
	if (at < 0 || !tail.includes('/')) return fitWidth(text, width);
	const point = text.slice(0, at + 1);
	const room = width - displayWidth(point);
	// Room for the name at least; else the point alone matters more.
	if (room < Math.min(displayWidth(path.basename(tail)) + 1, 24)) return fitWidth(text, width);
	return point + fitWidthLeft(tail, room);
}
