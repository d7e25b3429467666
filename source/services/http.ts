import type {HttpOptions} from '../fetch/hf-api.js';
import {VERSION} from '../version.js';

/*
 * The services floor: what both the command line and the browser ask of the fetch layer and the store (catch-up,
 * a paper's text, the HTTP settings), above them and below cli/, which only parses and dispatches.
 */

/** Where papers asks and how patiently: the environment's PAPERS_API_URL, and the tests' shorter retries. */
export type HttpSettings = {env: NodeJS.ProcessEnv; retryBaseMs?: number; retries?: number};

/** What a service says on the side (a failure it went past): one line to stderr, from the command line. */
export type Say = (line: string) => void;

export function httpOptions(options: {timeoutMs: number}, io: HttpSettings): HttpOptions {
	return {
		baseUrl: io.env.PAPERS_API_URL || 'https://huggingface.co',
		timeoutMs: options.timeoutMs,
		userAgent: `papers/${VERSION}`,
		...(io.retryBaseMs === undefined ? {} : {backoffMs: io.retryBaseMs}),
		...(io.retries === undefined ? {} : {retries: io.retries}),
	};
}
