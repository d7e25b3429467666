import {asText} from '../sources/files.js';
import {FetchError, getBody, type HttpOptions} from './hf-api.js';
import {LIMITS} from '../limits.js';

/**
 * A paper's full text as Hugging Face serves it, markdown made from the arXiv HTML: GET /papers/{id}.md. The answer
 * is checked as the daily lists are: markdown or plain text, at most LIMITS.paperTextBytes, that reads as text; an
 * HTML page, an error body, JSON or nothing at all is a FetchError, never a paper.
 */
export async function fetchPaperMarkdown(id: string, options: HttpOptions): Promise<string> {
	const url = `${options.baseUrl.replace(/\/+$/, '')}/papers/${encodeURIComponent(id)}.md`;
	const {body, type} = await getBody(url, {...options, maxBytes: LIMITS.paperTextBytes}, 'text/markdown, text/plain;q=0.9');
	const host = new URL(url).host;
	if (body.trim() === '') throw new FetchError(`${host} answered nothing for ${id}`);
	if (/html/i.test(type) || /^\s*<(!doctype|html|head|body)/i.test(body))
		throw new FetchError(`${host} answered an HTML page instead of the text of ${id}`);
	if (/^\s*[[{]/.test(body)) {
		let value: unknown;
		try {
			value = JSON.parse(body);
		} catch {
			value = undefined;
		}
		if (value !== undefined) {
			const error = (value as {error?: unknown} | null)?.error;
			throw new FetchError(`${host} answered ${error ? `an error: ${String(error).slice(0, 200)}` : 'JSON'} instead of the text of ${id}`);
		}
	}
	if (type && !/^text\/(markdown|plain|x-markdown)\b/i.test(type))
		throw new FetchError(`${host} answered ${type.split(';')[0]} instead of the text of ${id} (papers keeps markdown or plain text)`);
	if (asText(Buffer.from(body.slice(0, 8192))) === null) throw new FetchError(`${host} answered something that is not text for ${id}`);
	return body;
}
