import type {Paper} from '../digest/paper.js';
import {arxivId, mainLink} from './links.js';

/*
 * The user's commands get a paper's facts as arguments: `run` is split into words as a shell would split them
 * (quotes and backslashes), once, from the settings file; each placeholder is then filled inside one word. No shell
 * ever reads a filled word, so a title holding `$(touch pwned)`, backquotes or `;` reaches the program as text.
 */

/** `llm -s 'three bullets'` → ['llm', '-s', 'three bullets']; null when a quote is not closed. */
export function splitArgs(text: string): string[] | null {
	const out: string[] = [];
	let word: string | null = null;
	let quote: '"' | "'" | null = null;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quote) {
			if (ch === quote) quote = null;
			else if (ch === '\\' && quote === '"' && i + 1 < text.length) word += text[++i]!;
			else word += ch;
		} else if (ch === '"' || ch === "'") {
			quote = ch;
			word ??= '';
		} else if (ch === '\\' && i + 1 < text.length) word = (word ?? '') + text[++i]!;
		else if (/\s/.test(ch)) {
			if (word !== null) out.push(word);
			word = null;
		} else word = (word ?? '') + ch;
	}
	if (quote) return null;
	if (word !== null) out.push(word);
	return out.length > 0 ? out : null;
}

export const PLACEHOLDERS = ['id', 'title', 'hf', 'arxiv', 'pdf', 'github', 'project', 'date'] as const;

/** A paper's value of each placeholder ('' when it has none). */
export function placeholderValues(paper: Paper): Record<(typeof PLACEHOLDERS)[number], string> {
	const id = arxivId(paper);
	return {
		// Only an id of a known shape: a value from the web that starts with a dash (`-rf`, `--output=…`) could be read
		// as an option by the program. Titles can, too: the template puts `--` before them.
		id: id ?? (paper.id && /^[\w.][\w.:/-]*$/.test(paper.id) ? paper.id : ''),
		title: paper.title,
		hf: mainLink(paper).url,
		arxiv: id ? `https://arxiv.org/abs/${id}` : '',
		pdf: id ? `https://arxiv.org/pdf/${id}` : '',
		github: paper.githubRepo ?? '',
		project: paper.projectPage ?? '',
		date: paper.date ?? '',
	};
}

/** The words with each `{name}` filled with the paper's value, inside the word it stands in. */
export function fillArgs(argv: readonly string[], paper: Paper): string[] {
	const values = placeholderValues(paper);
	return argv.map((word) =>
		word.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name as keyof typeof values] : whole)),
	);
}

/** The same values as environment variables (PAPERS_ID, PAPERS_TITLE…), for a command that would rather read those. */
export function placeholderEnv(paper: Paper): Record<string, string> {
	return Object.fromEntries(Object.entries(placeholderValues(paper)).map(([k, v]) => [`PAPERS_${k.toUpperCase()}`, v]));
}

/** Why filled words cannot be handed to a program: a NUL (a title can hold one), which no argument or variable can. */
export function unfillable(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): string | null {
	const nul = (text: string | undefined) => text?.includes('\u0000') ?? false;
	return argv.some(nul) || Object.values(env).some(nul)
		? "not run: a value filled in from the paper holds a NUL character, which no program's arguments can"
		: null;
}
