import type {Paper} from '../digest/paper.js';
import {removeHidden} from '../text.js';
import {nameParts} from './cite.js';
import {arxivId, mainLink} from './links.js';

/*
 * RIS, for the reference managers that do not read CSL-JSON (EndNote, Citavi, RefWorks, Mendeley's importer): one
 * record per paper, `TAG  - value` lines ended with CRLF as the format expects, `ER  - ` closing each. A paper with
 * an arXiv id is a preprint (UNPB) with its DOI; one without is a journal-like record (JOUR).
 */

const CRLF = '\r\n';

/** A field's value on one line: RIS has no escapes, so line ends and control characters become spaces. */
const one = (text: string) => removeHidden(text, ' ').replace(/\s+/g, ' ').trim();

/** `Family, Given`, as RIS's AU wants it; a literal name (an organisation) as it is. */
function risName(name: string): string {
	const parts = nameParts(one(name));
	if ('literal' in parts) return parts.literal;
	const family = [parts.particle, parts.family].filter(Boolean).join(' ');
	return parts.given ? `${family}, ${parts.given}` : family;
}

function risRecord(paper: Paper): string {
	const id = arxivId(paper);
	const lines: Array<[string, string]> = [['TY', id ? 'UNPB' : 'JOUR']];
	for (const author of paper.authors) lines.push(['AU', risName(author)]);
	lines.push(['TI', one(paper.title)]);
	if (paper.abstract) lines.push(['AB', one(paper.abstract)]);
	const date = paper.arxivDate ?? paper.date;
	if (date) lines.push(['PY', date.slice(0, 4)], ['DA', date.replace(/-/g, '/')]);
	lines.push(['UR', id ? `https://arxiv.org/abs/${id}` : mainLink(paper).url]);
	if (id) lines.push(['DO', `10.48550/arXiv.${id}`]);
	if (paper.note) lines.push(['N1', one(paper.note)]);
	for (const tag of paper.tags ?? []) lines.push(['KW', one(tag)]);
	return `${lines.map(([tag, value]) => `${tag}  - ${value}`).join(CRLF)}${CRLF}ER  - ${CRLF}`;
}

export function formatRis(papers: readonly Paper[]): string {
	return papers.map(risRecord).join(CRLF);
}
