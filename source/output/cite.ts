import type {Paper} from '../digest/paper.js';
import {fold} from '../digest/query.js';
import {arxivId, mainLink} from './links.js';

/*
 * Citations: BibTeX for LaTeX, CSL-JSON for Zotero and pandoc. Every paper is a @misc (an arXiv preprint, or a
 * Hugging Face page); cite keys are stable (first author, year, first title word) and unique within one output.
 */

/** `Ada Lovelace` → `Lovelace`; a name with no space is its own family name. */
function familyName(name: string): string {
	const parts = name.trim().split(/\s+/);
	return parts.at(-1) ?? name;
}

function year(paper: Paper): string | null {
	return (paper.arxivDate ?? paper.date)?.slice(0, 4) ?? null;
}

const STOP = new Set(['a', 'an', 'the', 'on', 'of', 'in', 'for', 'to', 'and', 'with', 'is', 'are', 'towards', 'toward']);

function baseKey(paper: Paper): string {
	const ascii = (text: string) => fold(text).replace(/[^a-z0-9]/g, '');
	const author = paper.authors[0] ? ascii(familyName(paper.authors[0])) : '';
	const word =
		fold(paper.title)
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

/** BibTeX's special characters escaped; control characters (from the web) gone. */
function escapeBibtex(text: string): string {
	return text
		.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
		.replace(/\\/g, '\\textbackslash{}')
		.replace(/([{}&%$#_])/g, '\\$1')
		.replace(/~/g, '\\textasciitilde{}')
		.replace(/\^/g, '\\textasciicircum{}');
}

function bibtexEntry(paper: Paper, key: string): string {
	const id = arxivId(paper);
	const fields: Array<[string, string]> = [['title', `{${escapeBibtex(paper.title)}}`]];
	if (paper.authors.length > 0) fields.push(['author', paper.authors.map(escapeBibtex).join(' and ')]);
	const y = year(paper);
	if (y) fields.push(['year', y]);
	if (id) fields.push(['eprint', id], ['archivePrefix', 'arXiv'], ['url', `https://arxiv.org/abs/${id}`]);
	else fields.push(['url', escapeBibtex(mainLink(paper).url)]);
	if (paper.organization) fields.push(['note', `${escapeBibtex(paper.organization)}; on Hugging Face Daily Papers`]);
	return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`;
}

export function formatBibtex(papers: readonly Paper[]): string {
	const keys = citeKeys(papers);
	return papers.map((p, i) => bibtexEntry(p, keys[i]!)).join('\n');
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
			author: paper.authors.map((name) => {
				const family = familyName(name);
				const given = name
					.trim()
					.slice(0, name.trim().length - family.length)
					.trim();
				return given ? {family, given} : {literal: name};
			}),
			...(date ? {issued: {'date-parts': [date.split('-').map(Number)]}} : {}),
			...(paper.abstract ? {abstract: paper.abstract} : {}),
			URL: id ? `https://arxiv.org/abs/${id}` : mainLink(paper).url,
			...(id ? {number: id, publisher: 'arXiv', genre: 'Preprint'} : {publisher: 'Hugging Face'}),
		};
	});
}
