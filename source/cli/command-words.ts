import fs from 'node:fs';

/** The words papers takes as commands; any other first word is a file or folder of digests. */
export const COMMANDS = [
	'fetch',
	'lists',
	'read',
	'similar',
	'watch',
	'search',
	'info',
	'comments',
	'note',
	'tag',
	'tags',
	'zotero',
	'pdf',
	'config',
	'keys',
	'mcp',
	'completion',
	'help',
	'version',
] as const;

/** Edits between two short words (Levenshtein): how near a mistyped command is to a real one. */
function distance(a: string, b: string): number {
	let row = Array.from({length: b.length + 1}, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const next = [i];
		for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		row = next;
	}
	return row[b.length]!;
}

/**
 * Why a first word is neither a command nor a file (`papers list`, `papers fetsh`), with the command it was most
 * likely meant to be; null when it is either.
 */
export function unknownCommand(word: string | undefined, exists: (path: string) => boolean = fs.existsSync): string | null {
	if (!word || !/^[a-z][a-z_-]*$/.test(word) || (COMMANDS as readonly string[]).includes(word) || exists(word)) return null;
	const [near] = [...COMMANDS].sort((a, b) => distance(word, a) - distance(word, b));
	const hint = near && distance(word, near) <= 2 ? ` (did you mean ${near}?)` : '';
	return `unknown command "${word}"${hint}, and no file or folder of that name; papers --help lists the commands`;
}
