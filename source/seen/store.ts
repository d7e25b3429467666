import {tornWrite} from '../fault.js';
import fs from 'node:fs';
import path from 'node:path';
import {errnoWords, keepAside, readKeptFileSync} from '../file-system.js';
import {errorMessage} from '../text.js';

/*
 * Which papers were looked at: one paper key a line, in a file of its own. Marks are only ever appended, each
 * batch in one write with O_APPEND, so two windows marking at once both land whole, and a crash can at worst cut
 * the last line, which the reader drops. A line no key looks like (a write a full disk tore) is skipped; a file of
 * which no line reads (not such a list at all) is copied aside, as config.json is, and a fresh one is started.
 */

export type SeenFile = {
	/** Every key marked seen, in this or any earlier session. */
	keys: ReadonlySet<string>;
	/** Said once: a damaged file was kept aside. */
	notice: string | null;
};

const KEY_LINE = /^(?:arxiv|title):[^\u0000-\u001f]{1,500}$/;
/** A mark taken back (`U`, or `m` on a day all seen): the key after a minus. Later lines win. */
const UNMARK_LINE = /^-(?:arxiv|title):[^\u0000-\u001f]{1,500}$/;

/** `what` names the marks in what is said: seen papers, or (announced.txt) announced ones. */
export function readSeen(file: string, what: 'seen' | 'announced' = 'seen'): SeenFile {
	let bytes: Buffer;
	try {
		bytes = readKeptFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT' || code === 'ENOTDIR') return {keys: new Set(), notice: null};
		return {keys: new Set(), notice: `cannot read ${file} (${errnoWords(error)}); no paper shows as ${what}`};
	}
	const text = bytes.toString('utf8');
	const lines = text.split('\n');
	// A last line without its newline is a write a crash cut short: the rest is sound.
	if (!text.endsWith('\n')) lines.pop();
	const keys = new Set<string>();
	let bad = 0;
	for (const line of lines) {
		if (line === '') continue;
		if (KEY_LINE.test(line)) keys.add(line);
		else if (UNMARK_LINE.test(line)) keys.delete(line.slice(1));
		else bad++;
	}
	// A torn write (a full disk) leaves a bad line among good ones: it is skipped, as a cut last line is, and every
	// other mark kept. Said on every read it would never end (the file is only appended to), so it is not said.
	if (keys.size > 0 || bad === 0) return {keys, notice: null};
	try {
		const {backup} = keepAside(file, bytes);
		fs.rmSync(file);
		return {keys, notice: `${file} was not a list of ${what} papers; kept it as ${backup} and started afresh`};
	} catch (error) {
		return {keys, notice: `${file} is not a list of ${what} papers, and could not be set aside (${errorMessage(error)})`};
	}
}

/**
 * Appends keys in one write; a failure is answered, never thrown (seen marks are a help, not the job). Unseen keys
 * are written as `-KEY` lines, so two windows still only append.
 */
/** Why seen marks were not kept: the whole line, and its cause in a word or two (`disk full`), for the header. */
export type SeenProblem = {text: string; cause: string};

export function appendSeen(file: string, keys: readonly string[], unseen = false): SeenProblem | null {
	const clean = keys.filter((k) => KEY_LINE.test(k)).map((k) => (unseen ? `-${k}` : k));
	if (clean.length === 0) return null;
	try {
		fs.mkdirSync(path.dirname(file), {recursive: true});
		// After a crash cut the last line short, the next mark starts on a line of its own.
		const cut = endsMidLine(file);
		const text = `${cut ? '\n' : ''}${clean.join('\n')}\n`;
		if (!tornWrite('seen:torn-append', text, (part) => fs.appendFileSync(file, part))) fs.appendFileSync(file, text);
		return null;
	} catch (error) {
		const cause = errnoWords(error);
		return {text: `could not keep seen marks in ${file} (${cause})`, cause};
	}
}

function endsMidLine(file: string): boolean {
	let fd: number;
	try {
		fd = fs.openSync(file, 'r');
	} catch {
		return false;
	}
	try {
		const size = fs.fstatSync(fd).size;
		if (size === 0) return false;
		const last = Buffer.alloc(1);
		fs.readSync(fd, last, 0, 1, size - 1);
		return last[0] !== 0x0a;
	} finally {
		fs.closeSync(fd);
	}
}
