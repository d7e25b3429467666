import {LIMITS, megabytes} from '../limits.js';

/*
 * A GET as papers makes it of a host it does not trust: redirects followed only within the same site and only a few
 * times, and the body read as it streams, stopped as soon as it passes its limit (a gzip bomb, a server that never
 * stops), so no answer can take more memory than the limit.
 */

/** Thrown for an answer refused whole: over a limit, or sent elsewhere. Never retried. */
export class Refused extends Error {}

/** Hugging Face and its subdomains, or the host papers was pointed at (PAPERS_API_URL). */
export function sameSite(url: URL, baseUrl: string): boolean {
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
	let base: URL | null = null;
	try {
		base = new URL(baseUrl);
	} catch {
		// no base to compare with
	}
	return url.host === base?.host || url.hostname === 'huggingface.co' || url.hostname.endsWith('.huggingface.co');
}

async function readLimited(response: Response, maxBytes: number, host: string): Promise<Buffer> {
	const declared = Number(response.headers.get('content-length'));
	const tooBig = () => new Refused(`${host} answered more than ${megabytes(maxBytes)}, papers' limit for one answer`);
	// A gzip body's length is the compressed one: only a plain body's declared length can be judged before reading.
	if (!response.headers.get('content-encoding') && Number.isFinite(declared) && declared > maxBytes) {
		await response.body?.cancel();
		throw tooBig();
	}
	if (!response.body) return Buffer.alloc(0);
	const reader = response.body.getReader();
	const parts: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const {done, value} = await reader.read();
		if (done) break;
		total += value.byteLength;
		if (total > maxBytes) {
			await reader.cancel();
			throw tooBig();
		}
		parts.push(value);
	}
	return Buffer.concat(parts);
}

/** The response and its whole body (bytes: a PDF is not text), after the redirects papers allows. */
export async function getWithin(
	url: string,
	init: RequestInit,
	options: {baseUrl: string; maxBytes: number},
): Promise<{response: Response; body: Buffer}> {
	let current = new URL(url);
	for (let hop = 0; ; hop++) {
		const response = await fetch(current, {...init, redirect: 'manual'});
		const location = response.status >= 300 && response.status < 400 ? response.headers.get('location') : null;
		if (!location) return {response, body: await readLimited(response, options.maxBytes, current.host)};
		await response.body?.cancel();
		const next = new URL(location, current);
		if (!sameSite(next, options.baseUrl)) throw new Refused(`${current.host} sent papers to ${next.host}, another site: not followed`);
		if (hop >= LIMITS.redirects) throw new Refused(`${current.host} redirected more than ${LIMITS.redirects} times`);
		current = next;
	}
}
