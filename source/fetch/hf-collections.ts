import {FetchError, getBody, hostOf, type HttpOptions, type Sending} from './hf-api.js';

/*
 * Hugging Face Collections, as huggingface_hub and huggingface.js call them: GET /api/whoami-v2, GET
 * /api/collections?owner= (items cut to 4 there), GET /api/collections/{slug} (whole), POST /api/collections (409
 * carries the slug of the one there), POST …/{slug}/items (409: there already; 404: a paper Hugging Face has not
 * indexed), PATCH and DELETE …/{slug}/items/{_id}. Every answer is read as untrusted: what does not read is skipped.
 */

export type Auth = HttpOptions & {token: string};

/** One paper of a collection: its item id (what PATCH and DELETE take), the arXiv id, and its note. */
export type RemoteItem = {
	itemId: string;
	id: string;
	note: string | null;
	title: string | null;
	upvotes: number;
	publishedAt: string | null;
};

export type RemoteCollection = {slug: string; title: string; private: boolean; items: RemoteItem[]};

/** Hugging Face keeps at most this many characters of an item's note. */
export const NOTE_LIMIT = 500;

const SLUG = /^[\w.-]{1,96}\/[\w.-]{1,200}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const base = (o: HttpOptions) => o.baseUrl.replace(/\/+$/, '');
const slugPath = (slug: string) => slug.split('/').map(encodeURIComponent).join('/');

/** A slug as typed or pasted: `user/title-64f9…`, or its https://huggingface.co/collections/… address. */
export function slugOf(text: string): string | null {
	const m = /^(?:https?:\/\/[^/]+\/collections\/)?([^?#\s]+?)\/?(?:[?#].*)?$/.exec(text.trim());
	return m && SLUG.test(m[1]!) ? m[1]! : null;
}

export const collectionUrl = (slug: string, o: HttpOptions) => `${base(o)}/collections/${slugPath(slug)}`;

/** What a failure of an account request means for the user: one line that says what to do. */
export function accountFailure(error: unknown, auth: Auth): Error {
	if (!(error instanceof FetchError)) return error as Error;
	const host = hostOf(auth.baseUrl);
	if (error.status === 401) return new FetchError(`${host} refused the token (expired? run hf auth login again, or set HF_TOKEN)`);
	if (error.status === 403) return new FetchError(`the token cannot write to ${host}: make one with write access (hf auth login)`);
	return error;
}

async function ask(path: string, auth: Auth, sending: Sending = {}): Promise<unknown> {
	try {
		const {body} = await getBody(`${base(auth)}${path}`, auth, 'application/json', {...sending, token: auth.token});
		return body.trim() === '' ? null : (JSON.parse(body) as unknown);
	} catch (error) {
		if (error instanceof SyntaxError) throw new FetchError(`${hostOf(auth.baseUrl)} answered something that is not JSON`);
		throw accountFailure(error, auth);
	}
}

export async function whoami(auth: Auth): Promise<string> {
	const answer = await ask('/api/whoami-v2', auth);
	if (!isObject(answer) || typeof answer.name !== 'string' || !/^[\w.-]{1,96}$/.test(answer.name))
		throw new FetchError(`${hostOf(auth.baseUrl)} did not say whose token this is`);
	return answer.name;
}

function readItem(value: unknown): RemoteItem | null {
	if (!isObject(value) || value.type !== 'paper' || typeof value._id !== 'string' || typeof value.id !== 'string') return null;
	if (!/^\w[\w.-]{0,63}$/.test(value.id) || !/^[\w-]{1,64}$/.test(value._id)) return null;
	const note = isObject(value.note) && typeof value.note.text === 'string' ? value.note.text : null;
	const title = typeof value.title === 'string' ? value.title : null;
	const upvotes = typeof value.upvotes === 'number' && Number.isFinite(value.upvotes) && value.upvotes >= 0 ? Math.round(value.upvotes) : 0;
	const publishedAt = typeof value.publishedAt === 'string' ? value.publishedAt : null;
	return {itemId: value._id, id: value.id.replace(/v\d+$/, ''), note, title, upvotes, publishedAt};
}

function readCollection(value: unknown): RemoteCollection | null {
	if (!isObject(value) || typeof value.slug !== 'string' || !SLUG.test(value.slug)) return null;
	const items = Array.isArray(value.items) ? value.items.flatMap((i) => readItem(i) ?? []) : [];
	return {slug: value.slug, title: typeof value.title === 'string' ? value.title : value.slug, private: value.private === true, items};
}

/** A collection whole (the listing cuts items to 4); null when there is none the token may see. */
export async function getCollection(slug: string, auth: Auth): Promise<RemoteCollection | null> {
	try {
		const collection = readCollection(await ask(`/api/collections/${slugPath(slug)}`, auth));
		if (!collection) throw new FetchError(`${hostOf(auth.baseUrl)} answered something that is not a collection`);
		return collection;
	} catch (error) {
		if (error instanceof FetchError && error.status === 404) return null;
		throw error;
	}
}

/** The slug of the owner's collection of this title, when there is one. */
export async function findCollection(owner: string, title: string, auth: Auth): Promise<string | null> {
	const answer = await ask(`/api/collections?owner=${encodeURIComponent(owner)}&q=${encodeURIComponent(title)}&limit=100`, auth);
	const found = (Array.isArray(answer) ? answer : []).map(readCollection).find((c) => c?.title === title);
	return found?.slug ?? null;
}

/** Makes a collection, or finds the one of that title there already (409): its slug. */
export async function createCollection(title: string, owner: string, isPrivate: boolean, auth: Auth): Promise<string> {
	try {
		const made = readCollection(
			await ask('/api/collections', auth, {method: 'POST', json: {title, namespace: owner, private: isPrivate, description: ''}}),
		);
		if (!made) throw new FetchError(`${hostOf(auth.baseUrl)} made a collection and did not say which`);
		return made.slug;
	} catch (error) {
		const there = error instanceof FetchError && error.status === 409 && error.body ? readSlug(error.body) : null;
		if (there) return there;
		throw error;
	}
}

function readSlug(body: string): string | null {
	try {
		const value = JSON.parse(body) as unknown;
		return isObject(value) && typeof value.slug === 'string' && SLUG.test(value.slug) ? value.slug : null;
	} catch {
		return null;
	}
}

/** A paper added: 'added', 'there' (409: it was already), or 'not-indexed' (404: Hugging Face has no such paper). */
export async function addItem(slug: string, id: string, note: string | null, auth: Auth): Promise<'added' | 'there' | 'not-indexed'> {
	try {
		await ask(`/api/collections/${slugPath(slug)}/items`, auth, {
			method: 'POST',
			json: {item: {id, type: 'paper'}, ...(note ? {note} : {})},
		});
		return 'added';
	} catch (error) {
		if (error instanceof FetchError && error.status === 409) return 'there';
		if (error instanceof FetchError && error.status === 404) return 'not-indexed';
		throw error;
	}
}

export async function setItemNote(slug: string, itemId: string, note: string, auth: Auth): Promise<void> {
	await ask(`/api/collections/${slugPath(slug)}/items/${encodeURIComponent(itemId)}`, auth, {method: 'PATCH', json: {note}});
}

/** An item removed; one already gone (404) is as good. */
export async function removeItem(slug: string, itemId: string, auth: Auth): Promise<void> {
	try {
		await ask(`/api/collections/${slugPath(slug)}/items/${encodeURIComponent(itemId)}`, auth, {method: 'DELETE'});
	} catch (error) {
		if (!(error instanceof FetchError && error.status === 404)) throw error;
	}
}

/** A note as Hugging Face keeps it: at most NOTE_LIMIT characters (UTF-16, as the site counts), a longer one cut with `…`. */
export function remoteNote(text: string): string {
	const note = text.trim();
	if (note.length <= NOTE_LIMIT) return note;
	// Never half of a surrogate pair at the cut.
	return `${note.slice(0, NOTE_LIMIT - 1).replace(/[\ud800-\udbff]$/, '')}…`;
}
