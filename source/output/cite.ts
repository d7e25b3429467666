import type {Paper} from '../digest/paper.js';
import {fold} from '../digest/query.js';
import {removeHidden} from '../text.js';
import {arxivId, mainLink} from './links.js';

/*
 * Citations: BibTeX for LaTeX, CSL-JSON for Zotero and pandoc. Every paper is a @misc (an arXiv preprint, or a
 * Hugging Face page); cite keys are stable (first author, year, first title word) and unique within one output.
 */

/** A name as citation tools read it: given names, particles (`van`, `de la`), family name; or one literal name. */
export type NameParts = {given?: string; particle?: string; family: string} | {literal: string};

/** A team or a name BibTeX cannot split safely: the word `and` in it (in any case: BibTeX splits at it), or more than one comma. Such names stand whole. */
const isLiteral = (name: string) =>
	/(?:^|\s)and(?:\s|$)/i.test(name) || (name.match(/,/g) ?? []).length > 1 || !/\S\s+\S|,/.test(name.trim());

/** A word that starts (its first letter) in lower case: in BibTeX, a particle, unless it is the last word. */
const lowerWord = (word: string) => /^\P{L}*\p{Ll}/u.test(word);

/**
 * BibTeX's reading of a name, which CSL follows: `Family, Given`, or `Given von Family` where the particle runs from
 * the first to the last lower-case word before the last word: `Ludwig van Beethoven`, `Jean de la Fontaine`.
 */
export function nameParts(name: string): NameParts {
	const clean = name.trim().replace(/\s+/g, ' ');
	if (isLiteral(clean)) return {literal: clean};
	const comma = clean.indexOf(',');
	const familyPart = comma >= 0 ? clean.slice(0, comma).trim().split(' ') : [];
	const given = comma >= 0 ? clean.slice(comma + 1).trim() : '';
	if (comma >= 0) {
		let von = 0;
		for (let i = 0; i < familyPart.length - 1; i++) if (lowerWord(familyPart[i]!)) von = i + 1;
		return withParts(given, familyPart.slice(0, von).join(' '), familyPart.slice(von).join(' '));
	}
	const words = clean.split(' ');
	const inner = words.slice(0, -1);
	const first = inner.findIndex(lowerWord);
	if (first < 0) return withParts(inner.join(' '), '', words.at(-1)!);
	const last = inner.findLastIndex(lowerWord);
	return withParts(words.slice(0, first).join(' '), words.slice(first, last + 1).join(' '), words.slice(last + 1).join(' '));
}

function withParts(given: string, particle: string, family: string): NameParts {
	return {...(given ? {given} : {}), ...(particle ? {particle} : {}), family};
}

/** The family name alone (`Beethoven`), for cite keys. */
function familyName(name: string): string {
	const parts = nameParts(name);
	return 'literal' in parts ? parts.literal : parts.family;
}

function year(paper: Paper): string | null {
	return (paper.arxivDate ?? paper.date)?.slice(0, 4) ?? null;
}

const STOP = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'is', 'are', 'towards', 'toward']);

/** Text without its TeX commands (`\\textit`, `\\alpha`): they are markup, not words of a key. */
const withoutTex = (text: string) => text.replace(/\\[a-zA-Z]+/g, ' ');

function baseKey(paper: Paper): string {
	const ascii = (text: string) => fold(withoutTex(text)).replace(/[^a-z0-9]/g, '');
	const author = paper.authors[0] ? ascii(familyName(paper.authors[0])) : '';
	const word =
		fold(withoutTex(paper.title))
			.match(/[a-z0-9]+/g)
			?.find((w) => !STOP.has(w)) ?? 'paper';
	return `${author || 'anon'}${year(paper) ?? ''}${word}`;
}

/** One key per paper, in order: `huang2026envharness`, then `…a`, `…b` where two would clash. */
export function citeKeys(papers: readonly Paper[]): string[] {
	const bases = papers.map(baseKey);
	const count = new Map<string, number>();
	for (const b of bases) count.set(b, (count.get(b) ?? 0) + 1);
	const used = new Map<string, number>();
	return bases.map((b) => {
		if (count.get(b) === 1) return b;
		const n = used.get(b) ?? 0;
		used.set(b, n + 1);
		return `${b}${String.fromCharCode(97 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ''}`;
	});
}

/** BibTeX's special characters as plain text, and the pairs TeX would make into dashes or quotes kept apart. */
function escapeText(text: string): string {
	return text.replace(/[\\{}$&%#_~^`]|-(?=-)|'(?=')/g, (c) => {
		switch (c) {
			case '\\':
				return '{\\textbackslash}';
			case '~':
				return '{\\textasciitilde}';
			case '^':
				return '{\\textasciicircum}';
			case '`':
				return '{`}';
			case '-':
			case "'":
				return `${c}{}`;
			default:
				return `\\${c}`;
		}
	});
}

/** TeX math in a title (`$\alpha$`, `$\textit{Trans-LoRA}$`, `$x^2$`): a command or a script in it, and braces that balance. */
const MATH = /\$([^$]+)\$/g;

function isMath(inner: string): boolean {
	if (!/[\\^_]/.test(inner)) return false;
	let depth = 0;
	for (const c of inner.replace(/\\[{}]/g, '')) {
		depth += c === '{' ? 1 : c === '}' ? -1 : 0;
		if (depth < 0) return false;
	}
	return depth === 0;
}

/** Whether a title holds TeX math, which BibTeX keeps as math (and so as TeX). */
export const hasMath = (text: string) => [...text.matchAll(MATH)].some((m) => isMath(m[1]!));

/** Text for a BibTeX field: TeX math kept as math, everything else escaped to read back as it was. */
export function escapeBibtex(text: string): string {
	// Controls and bidi characters from the web are never part of a citation.
	const clean = removeHidden(text, ' ');
	let out = '';
	let from = 0;
	for (const m of clean.matchAll(MATH)) {
		if (!isMath(m[1]!)) continue;
		out += escapeText(clean.slice(from, m.index)) + m[0];
		from = m.index + m[0].length;
	}
	return out + escapeText(clean.slice(from));
}

/** An author for BibTeX's author field: a team (or a name it cannot split) braced whole, so ` and ` does not split it. */
function bibtexName(name: string): string {
	const parts = nameParts(name);
	return 'literal' in parts ? `{${escapeBibtex(parts.literal)}}` : escapeBibtex(name.trim().replace(/\s+/g, ' '));
}

function bibtexEntry(paper: Paper, key: string): string {
	const id = arxivId(paper);
	const fields: Array<[string, string]> = [['title', `{${escapeBibtex(paper.title)}}`]];
	if (paper.authors.length > 0) fields.push(['author', paper.authors.map(bibtexName).join(' and ')]);
	const y = year(paper);
	if (y) fields.push(['year', y]);
	if (id) fields.push(['eprint', id], ['archivePrefix', 'arXiv'], ['url', `https://arxiv.org/abs/${id}`]);
	else fields.push(['url', escapeBibtex(mainLink(paper).url)]);
	if (paper.organization) fields.push(['note', `${escapeBibtex(paper.organization)}; on Hugging Face Daily Papers`]);
	if (paper.note) fields.push(['annote', escapeBibtex(paper.note)]);
	if (paper.tags?.length) fields.push(['keywords', paper.tags.map(escapeBibtex).join(', ')]);
	return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

export function formatBibtex(papers: readonly Paper[]): string {
	const keys = citeKeys(papers);
	return papers.map((p, i) => bibtexEntry(p, keys[i]!)).join('\n');
}

function cslName(name: string): Record<string, string> {
	const parts = nameParts(removeHidden(name, ' '));
	if ('literal' in parts) return {literal: parts.literal};
	return {
		family: parts.family,
		...(parts.given ? {given: parts.given} : {}),
		...(parts.particle ? {'non-dropping-particle': parts.particle} : {}),
	};
}

/** CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html): a list of items. */
export function cslItems(papers: readonly Paper[]): Array<Record<string, unknown>> {
	const keys = citeKeys(papers);
	return papers.map((paper, i) => {
		const id = arxivId(paper);
		const date = paper.arxivDate ?? paper.date;
		return {
			id: keys[i],
			type: 'article',
			title: paper.title,
			author: paper.authors.map(cslName),
			...(date ? {issued: {'date-parts': [date.split('-').map(Number)]}} : {}),
			...(paper.abstract ? {abstract: paper.abstract} : {}),
			URL: id ? `https://arxiv.org/abs/${id}` : mainLink(paper).url,
			...(id ? {number: id, publisher: 'arXiv', genre: 'Preprint'} : {publisher: 'Hugging Face'}),
			...(paper.note ? {note: paper.note} : {}),
			// CSL's keyword is one string; citation tools split it at commas.
			...(paper.tags?.length ? {keyword: paper.tags.join(', ')} : {}),
		};
	});
}
