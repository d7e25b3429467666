import fs from 'node:fs/promises';
import path from 'node:path';
import {parseDigest} from '../digest/detect.js';
import type {Paper, Warning} from '../digest/paper.js';
import {errnoWords} from '../file-system.js';

export type SourceResult = {
	papers: Paper[];
	warnings: Warning[];
	/** Inputs that could not be read or held nothing usable: one line each, naming the input. */
	errors: string[];
	/** How many inputs gave at least one paper. */
	loaded: number;
};

const DIGEST_FILE = /\.(txt|json|jsonl)$/i;

export function emptyResult(): SourceResult {
	return {papers: [], warnings: [], errors: [], loaded: 0};
}

/** Appends one by one: a spread of a very large list overflows the call stack. */
export function append<T>(to: T[], items: readonly T[]): void {
	for (const item of items) to.push(item);
}

export type AddOptions = {
	date?: string | null;
	today?: string;
	/** A day fetched before its papers came: empty, not broken. */
	emptyIsFine?: boolean;
	/** A stored day that cannot be read is a warning: the other days still make the store. */
	failureIsWarning?: boolean;
};

export function addParsed(result: SourceResult, text: string, source: string, options: AddOptions = {}): void {
	const parsed = parseDigest(text, {source, ...options});
	append(result.papers, parsed.papers);
	if (parsed.papers.length > 0) {
		result.loaded++;
		append(result.warnings, parsed.warnings);
	} else if (parsed.warnings.length > 0) {
		// Nothing came out of it: the first warning says why, naming the input.
		const first = parsed.warnings[0]!;
		if (options.failureIsWarning) result.warnings.push(first);
		else result.errors.push(`${source}${first.line ? `:${first.line}` : ''}: ${first.message}`);
	} else if (!options.emptyIsFine) {
		result.errors.push(`${source}: no papers found in it`);
	}
}

/**
 * The bytes as text, or null when they are not text: a NUL byte, or mostly invalid UTF-8, in the first 8 KB
 * (an executable, an image, an archive). Such a file is no digest, and is said to be none before any parsing.
 */
export function asText(bytes: Buffer): string | null {
	const head = bytes.subarray(0, 8192);
	if (head.includes(0)) return null;
	const decoded = new TextDecoder('utf-8').decode(head);
	let bad = 0;
	for (let i = decoded.indexOf('\uFFFD'); i !== -1; i = decoded.indexOf('\uFFFD', i + 1)) bad++;
	if (bad > 8 && bad * 10 > decoded.length) return null;
	return bytes.toString('utf8');
}

export const reasonOf = errnoWords;

/** Every digest file under a folder, in name order, walked without recursion; an unreadable subfolder is one warning. */
async function listDigestFiles(folder: string, warnings: Warning[]): Promise<string[]> {
	const files: string[] = [];
	// Depth first, each folder's entries in name order, as a recursive walk would give them.
	const pending: Array<{path: string; folder: boolean}> = [{path: folder, folder: true}];
	while (pending.length > 0) {
		const item = pending.pop()!;
		if (!item.folder) {
			files.push(item.path);
			continue;
		}
		let entries;
		try {
			entries = await fs.readdir(item.path, {withFileTypes: true});
		} catch (error) {
			if (item.path === folder) throw error;
			warnings.push({source: item.path, message: `cannot read: ${reasonOf(error)}; skipped`});
			continue;
		}
		const next = entries
			.filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
			.filter((e) => e.isDirectory() || (e.isFile() && DIGEST_FILE.test(e.name)))
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((e) => ({path: path.join(item.path, e.name), folder: e.isDirectory()}));
		for (let i = next.length - 1; i >= 0; i--) pending.push(next[i]!);
	}
	return files;
}

async function addFile(result: SourceResult, file: string, today: string | undefined): Promise<void> {
	try {
		const text = asText(await fs.readFile(file));
		if (text === null) result.errors.push(`${file}: not a digest (binary); skipped`);
		else addParsed(result, text, file, {today});
	} catch (error) {
		result.errors.push(`${file}: cannot read: ${reasonOf(error)}`);
	}
}

/** Reads files and folders (recursively: .txt, .json, .jsonl); `-` is standard input. */
export async function readInputs(
	inputs: readonly string[],
	options: {readStdin: () => Promise<string>; today?: string},
): Promise<SourceResult> {
	const result = emptyResult();
	for (const input of inputs) {
		if (input === '-') {
			addParsed(result, await options.readStdin(), '-', {today: options.today});
			continue;
		}
		try {
			const stat = await fs.stat(input);
			const files = stat.isDirectory() ? await listDigestFiles(input, result.warnings) : [input];
			if (stat.isDirectory() && files.length === 0) result.errors.push(`${input}: no .txt, .json or .jsonl digests in this folder`);
			for (const file of files) await addFile(result, file, options.today);
		} catch (error) {
			result.errors.push(`${input}: cannot read: ${reasonOf(error)}`);
		}
	}
	return result;
}
