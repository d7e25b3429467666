import {sanitizeLine, sanitizeText} from '../output/sanitize.js';
import type {Paper} from '../digest/paper.js';
import {nameParts} from '../output/cite.js';
import {arxivId, mainLink} from '../output/links.js';
import {removeHidden} from '../text.js';

/*
 * Zotero's connector, as the browser extension reaches it: a running Zotero listens on 127.0.0.1:23119 (or
 * PAPERS_ZOTERO_URL). `GET /connector/ping` says it is there; `POST /connector/saveItems` takes items in Zotero's
 * own shape, which Zotero files in the collection selected in its window.
 */

export const ZOTERO = 'http://127.0.0.1:23119';

export class ZoteroAbsent extends Error {}

type Creator = {firstName: string; lastName: string; creatorType: 'author'} | {name: string; creatorType: 'author'};

/** A name split as citation tools split it (`Given von Family`, `Family, Given`); an organisation as one field. */
function creator(name: string): Creator {
	const parts = nameParts(removeHidden(name, ' '));
	if ('literal' in parts) return {name: parts.literal, creatorType: 'author'};
	return {firstName: parts.given ?? '', lastName: [parts.particle, parts.family].filter(Boolean).join(' '), creatorType: 'author'};
}

/** One item of saveItems: a preprint, with the user's note as a child note and the arXiv PDF as a linked attachment. */
export function zoteroItem(paper: Paper, index: number): Record<string, unknown> {
	const id = arxivId(paper);
	const date = paper.arxivDate ?? paper.date;
	return {
		id: `papers-${index + 1}`,
		itemType: 'preprint',
		title: sanitizeLine(paper.title),
		creators: paper.authors.map((a) => creator(sanitizeLine(a))),
		...(date ? {date} : {}),
		url: id ? `https://arxiv.org/abs/${id}` : mainLink(paper).url,
		...(id ? {archiveID: `arXiv:${id}`, repository: 'arXiv', DOI: `10.48550/arXiv.${id}`} : {}),
		// Text from the web, as every output has it: no control or bidi characters (a library keeps them for good).
		abstractNote: sanitizeText(paper.abstract),
		tags: (paper.tags ?? []).map((tag) => ({tag: sanitizeLine(tag)})),
		notes: paper.note
			? [
					{
						note: sanitizeText(paper.note)
							.split('\n')
							.map((l) => `<p>${escapeHtml(l)}</p>`)
							.join(''),
					},
				]
			: [],
		attachments: id ? [{title: 'arXiv PDF', url: `https://arxiv.org/pdf/${id}`, mimeType: 'application/pdf', snapshot: false}] : [],
	};
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&${{'&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot'}[c]!};`);

const NOT_RUNNING = (base: string) =>
	`Zotero is not running (nothing answers at ${base}); start it and try again, or write a file any reference manager imports: papers --print --format ris > papers.ris`;

/** Sends the papers; answers how many went. Throws ZoteroAbsent with one line when no Zotero answers. */
export async function sendToZotero(papers: readonly Paper[], env: NodeJS.ProcessEnv, timeoutMs = 5000): Promise<number> {
	const base = (env.PAPERS_ZOTERO_URL || ZOTERO).replace(/\/+$/, '');
	const ask = (path: string, init: RequestInit = {}) =>
		fetch(`${base}${path}`, {
			...init,
			// The connector answers itself: a redirect is something else on that port, and is not followed.
			redirect: 'error',
			signal: AbortSignal.timeout(timeoutMs),
			headers: {'Content-Type': 'application/json', 'X-Zotero-Version': '5.0.97', 'X-Zotero-Connector-API-Version': '3'},
		});
	try {
		const ping = await ask('/connector/ping');
		await ping.body?.cancel();
		if (!ping.ok) throw new Error(`${ping.status}`);
	} catch {
		throw new ZoteroAbsent(NOT_RUNNING(base));
	}
	const body = JSON.stringify({items: papers.map(zoteroItem), uri: 'https://huggingface.co/papers'});
	let answer: Response;
	try {
		answer = await ask('/connector/saveItems', {method: 'POST', body});
	} catch {
		throw new ZoteroAbsent(NOT_RUNNING(base));
	}
	await answer.body?.cancel();
	if (answer.status !== 201 && !answer.ok)
		throw new Error(
			`Zotero refused the papers (${answer.status}${answer.status === 500 ? ': is a collection that takes items selected?' : ''})`,
		);
	return papers.length;
}
