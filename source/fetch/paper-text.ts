import {FetchError, getBody, type HttpOptions} from './hf-api.js';

/**
 * A paper's full text as Hugging Face serves it, markdown made from the arXiv HTML: GET /papers/{id}.md. The answer
 * is checked as the daily lists are: an HTML page, an error body or nothing at all is a FetchError, never a paper.
 */
export async function fetchPaperMarkdown(id: string, options: HttpOptions): Promise<string> {
	const url = `${options.baseUrl.replace(/\/+$/, '')}/papers/${encodeURIComponent(id)}.md`;
	const {body, type} = await getBody(url, options, 'text/markdown, text/plain;q=0.9');
	const host = new URL(url).host;
	if (body.trim() === '') throw new FetchError(`${host} answered nothing for ${id}`);
	if (/html/i.test(type) || /^\s*<(!doctype|html|head|body)/i.test(body))
		throw new FetchError(`${host} answered an HTML page instead of the text of ${id}`);
	if (/^\s*\{/.test(body)) {
		try {
			const value = JSON.parse(body) as {error?: unknown};
			throw new FetchError(`${host} answered an error: ${String(value.error ?? 'no text').slice(0, 200)}`);
		} catch (error) {
			if (error instanceof FetchError) throw error;
		}
	}
	return body;
}
