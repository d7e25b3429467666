import {LIMITS} from '../limits.js';
import {HIDDEN_CHARS, removeHidden} from '../text.js';
import type {Paper} from './paper.js';

/*
 * Every paper from any input passes here as it is loaded: a field longer than any real one is cut (text handling
 * stays fast whatever a digest holds), and a link that is not plain http(s) is dropped, so a `javascript:` or
 * `file:` URL, or an option like `--new-window`, never reaches a browser.
 */

/** A link with no space and no hidden character in it: the common case. */
const PLAIN_LINK = new RegExp(`^https?://[^\\s${HIDDEN_CHARS}]+$`, 'i');

/** The link as it may be kept, or null when it is no http(s) link. */
export function cleanLink(url: string): string | null {
	if (PLAIN_LINK.test(url)) {
		// The common case: still parsed, since `http://` alone or `https://[` is no link.
		return URL.canParse(url) ? url : null;
	}
	const clean = removeHidden(url).trim();
	if (!URL.canParse(clean)) return null;
	const parsed = new URL(clean);
	return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}

const LINK_FIELDS = ['url', 'githubRepo', 'projectPage'] as const;
const TEXT_FIELDS = [
	['title', LIMITS.titleChars],
	['abstract', LIMITS.abstractChars],
	['aiSummary', LIMITS.abstractChars],
] as const;

/** The paper as papers keeps it, and what was cut or dropped from it (one phrase each). */
export function checkPaper(paper: Paper): {paper: Paper; problems: string[]} {
	let checked = paper;
	const problems: string[] = [];
	for (const [field, max] of TEXT_FIELDS) {
		const text = checked[field];
		if (text !== undefined && text.length > max) {
			checked = {...checked, [field]: `${text.slice(0, max)}…`};
			problems.push(`${field} cut to ${max.toLocaleString('en')} characters`);
		}
	}
	for (const field of LINK_FIELDS) {
		const url = checked[field];
		if (url === undefined || url === null) continue;
		const kept = cleanLink(url);
		if (kept === url) continue;
		checked = {...checked, [field]: kept ?? (field === 'url' ? null : undefined)};
		if (kept === null) {
			if (field !== 'url') delete (checked as Record<string, unknown>)[field];
			problems.push(`${field} dropped: not an http(s) link`);
		}
	}
	return {paper: checked, problems};
}
