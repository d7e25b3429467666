import {stripBom} from '../text.js';
import {dateFromFileName, parseApiText, parseJsonLines} from './parse-api.js';
import {looksLikePage, parsePage} from './parse-page.js';
import {checkPaper} from './checked-paper.js';
import type {ParseResult} from './paper.js';

export type DigestKind = 'json' | 'jsonl' | 'page';

/** Which parser fits: a .json name or a bracket first is JSON, a brace on every line JSON lines; anything else page text. */
export function detectKind(text: string, name = ''): DigestKind {
	const head = stripBom(text).trimStart();
	if (/\.jsonl$/i.test(name)) return 'jsonl';
	if (/\.json$/i.test(name) || head.startsWith('[')) return 'json';
	if (head.startsWith('{')) {
		const firstLine = head.split('\n', 1)[0]!.trim();
		if (firstLine.endsWith('}') && firstLine.length > 2) {
			try {
				JSON.parse(firstLine);
				return head.includes('\n{') ? 'jsonl' : 'json';
			} catch {
				return 'json';
			}
		}
		return 'json';
	}
	return 'page';
}

/** Every parser's papers, checked (checked-paper.ts): what was cut or dropped is a warning naming the paper. */
export function parseDigest(text: string, options: {source: string; date?: string | null; today?: string}): ParseResult {
	const result = parseByKind(text, options);
	const warnings = [...result.warnings];
	const papers = result.papers.map((paper) => {
		const checked = checkPaper(paper);
		if (checked.problems.length > 0)
			warnings.push({source: options.source, message: `"${checked.paper.title.slice(0, 60)}": ${checked.problems.join('; ')}`});
		return checked.paper;
	});
	return warnings.length === result.warnings.length ? {...result, papers} : {papers, warnings};
}

function parseByKind(text: string, options: {source: string; date?: string | null; today?: string}): ParseResult {
	const date = options.date ?? dateFromFileName(options.source);
	switch (detectKind(text, options.source)) {
		case 'json':
			return parseApiText(text, {source: options.source, date});
		case 'jsonl':
			return parseJsonLines(text, {source: options.source, date});
		case 'page':
			if (text.trim() !== '' && !looksLikePage(text)) {
				return {papers: [], warnings: [{source: options.source, message: 'not a digest (no papers page or API answer in it)'}]};
			}
			return parsePage(text, {source: options.source, ...(options.today ? {today: options.today} : {})});
	}
}
