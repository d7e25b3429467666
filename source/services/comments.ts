import fs from 'node:fs';
import path from 'node:path';
import {readDiscussion, type Comment, type Discussion} from '../digest/comments.js';
import {API_BUDGET, FetchError, getJson, limiter, pacer} from '../fetch/hf-api.js';
import {readKeptFileSync, writeFileAtomic} from '../file-system.js';
import {INFO_FRESH_MS} from '../store/info-cache.js';
import {errorMessage} from '../text.js';
import {httpOptions, type HttpSettings, type Say} from './http.js';

/*
 * A paper's discussion, kept a day beside the records (`comments/{id}.json`, the answer as Hugging Face gave it, cut
 * to bounds), shown offline when kept. It is best effort: a failure, or an answer of a shape papers does not know,
 * is one line, and the count of comments the daily list gave still stands.
 */

export type LoadedDiscussion = {discussion: Discussion; fetchedAt: string; cached: boolean};
export type DiscussionLoader = (id: string, extra?: {signal?: AbortSignal; refetch?: boolean}) => Promise<LoadedDiscussion>;

/** A discussion is kept up to this many comments, each cut as digest/comments.ts reads it. */
const COMMENTS_KEPT = 2000;

/** The answer within bounds: a record's cap (200 a list) would drop comments of a long discussion without a word. */
function capDiscussion(answer: unknown): unknown {
	const list = Array.isArray(answer) ? answer : null;
	return list && list.length > COMMENTS_KEPT ? list.slice(0, COMMENTS_KEPT) : answer;
}

const fileOf = (storeDir: string, id: string) => path.join(path.dirname(storeDir), 'comments', `${id.replace(/[^\w.-]/g, '_')}.json`);

function readKept(storeDir: string, id: string): {answer: unknown; fetchedAt: string} | null {
	try {
		const value = JSON.parse(readKeptFileSync(fileOf(storeDir, id)).toString('utf8')) as {answer?: unknown; fetchedAt?: unknown};
		return typeof value.fetchedAt === 'string' && !Number.isNaN(Date.parse(value.fetchedAt))
			? {answer: value.answer, fetchedAt: value.fetchedAt}
			: null;
	} catch {
		return null;
	}
}

const read = (answer: unknown): Discussion => {
	const discussion = readDiscussion(answer);
	if (typeof discussion === 'string') throw new FetchError(discussion);
	return discussion;
};

export function discussionLoader(
	options: {offline: boolean; timeoutMs: number},
	storeDir: string,
	io: HttpSettings & {say: Say},
): DiscussionLoader {
	const inFlight = limiter(2);
	const pace = pacer(API_BUDGET.max, API_BUDGET.windowMs);
	return async (id, extra = {}) => {
		const kept = extra.refetch ? null : readKept(storeDir, id);
		const fresh = kept && Date.now() - Date.parse(kept.fetchedAt) < INFO_FRESH_MS;
		if (kept && (fresh || options.offline)) return {discussion: read(kept.answer), fetchedAt: kept.fetchedAt, cached: true};
		if (options.offline) throw new Error(`no discussion of ${id} is kept for reading offline (papers comments ${id} fetches it)`);
		const http = {...httpOptions(options, io), ...(extra.signal ? {signal: extra.signal} : {})};
		try {
			const answer = capDiscussion(
				await inFlight(() =>
					pace(() => getJson(`${http.baseUrl.replace(/\/+$/, '')}/api/papers/${encodeURIComponent(id)}?field=comments`, http)),
				),
			);
			const discussion = read(answer);
			const fetchedAt = new Date().toISOString();
			const file = fileOf(storeDir, id);
			await fs.promises
				.mkdir(path.dirname(file), {recursive: true})
				.then(() => writeFileAtomic(file, `${JSON.stringify({fetchedAt, answer})}\n`))
				.catch((error: unknown) => io.say(`could not keep the discussion of ${id}: ${errorMessage(error)}`));
			return {discussion, fetchedAt, cached: false};
		} catch (error) {
			if (kept && !extra.signal?.aborted) return {discussion: read(kept.answer), fetchedAt: kept.fetchedAt, cached: true};
			if (error instanceof FetchError && error.status === 404)
				throw new FetchError(`Hugging Face has no discussion of ${id} (not indexed)`);
			throw error;
		}
	};
}

/** One loader for a browser session (its limits hold across papers), saying nothing over the screen. */
export function sessionDiscussions(options: {offline: boolean; timeoutMs: number}, storeDir: string, io: HttpSettings) {
	const load = discussionLoader(options, storeDir, {...io, say: () => {}});
	return async (id: string, signal?: AbortSignal): Promise<Discussion | null> => {
		// Offline with none kept, the pane says nothing of it, rather than a line on every paper.
		if (options.offline && !readKept(storeDir, id)) return null;
		const {discussion} = await load(id, signal ? {signal} : {});
		// The markdown as the reader shows it, unwrapped (the pane wraps it to its width); marked loads only now.
		const {renderMarkdown} = await import('../reader/render.js');
		const rendered = (c: Comment): Comment => ({
			...c,
			text: c.hidden
				? ''
				: renderMarkdown(c.text, 10_000)
						.map((l) => l.text.trimEnd())
						.join('\n'),
			replies: c.replies.map(rendered),
		});
		return {...discussion, comments: discussion.comments.map(rendered)};
	};
}
