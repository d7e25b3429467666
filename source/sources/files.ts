import fs from 'node:fs/promises';
import path from 'node:path';
import {parseDigest} from '../digest/detect.js';
import type {Paper, Warning} from '../digest/paper.js';

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

export function addParsed(
	result: SourceResult,
	text: string,
	source: string,
	options: {
		date?: string | null;
		today?: string;
		/** A day fetched before its papers came: empty, not broken. */ emptyIsFine?: boolean;
	} = {},
): void {
	const parsed = parseDigest(text, {source, ...options});
	result.papers.push(...parsed.papers);
	if (parsed.papers.length > 0) {
		result.loaded++;
		result.warnings.push(...parsed.warnings);
	} else if (parsed.warnings.length > 0) {
		// Nothing came out of it: the first warning says why, naming the input.
		const first = parsed.warnings[0]!;
		result.errors.push(`${source}${first.line ? `:${first.line}` : ''}: ${first.message}`);
	} else if (!options.emptyIsFine) {
		result.errors.push(`${source}: no papers found in it`);
	}
}

export function describe(error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file or folder';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	if (code === 'EISDIR') return 'is a folder';
	return (error as Error).message;
}

async function listDigestFiles(folder: string): Promise<string[]> {
	const entries = await fs.readdir(folder, {withFileTypes: true});
	const files: string[] = [];
	for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
		if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
		const full = path.join(folder, entry.name);
		if (entry.isDirectory()) files.push(...(await listDigestFiles(full)));
		else if (entry.isFile() && DIGEST_FILE.test(entry.name)) files.push(full);
	}
	return files;
}

/** Writes a file so a reader sees the old one or the new one, never half of one: a temporary file, synced, renamed. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
	const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
	try {
		const handle = await fs.open(temp, 'w');
		try {
			await handle.writeFile(text);
			await handle.sync();
		} finally {
			await handle.close();
		}
		await fs.rename(temp, file);
	} catch (error) {
		await fs.rm(temp, {force: true});
		throw error;
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
			const files = stat.isDirectory() ? await listDigestFiles(input) : [input];
			if (stat.isDirectory() && files.length === 0) result.errors.push(`${input}: no .txt, .json or .jsonl digests in this folder`);
			for (const file of files) {
				try {
					addParsed(result, await fs.readFile(file, 'utf8'), file, {today: options.today});
				} catch (error) {
					result.errors.push(`${file}: cannot read: ${describe(error)}`);
				}
			}
		} catch (error) {
			result.errors.push(`${input}: cannot read: ${describe(error)}`);
		}
	}
	return result;
}
