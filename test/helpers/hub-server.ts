import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {closedAfterEach} from './api-server.js';

/*
 * A stand-in for Hugging Face's collections API and a paper's comments, on 127.0.0.1, with the site's rules: tokens
 * that can write and tokens that can only read, 401 for any other, 403 for a write the token may not make, 409 for a
 * collection or item there already (the collection's slug in the body), 404 for a paper it has not indexed, notes
 * over 500 characters refused, listings that cut each collection to 4 items, private collections seen only by their
 * owner's token.
 */

export type HubItem = {_id: string; id: string; type: 'paper'; title: string; upvotes: number; note?: {text: string; html: string}};
export type HubCollection = {slug: string; title: string; owner: string; private: boolean; items: HubItem[]};

export const TOKENS: Record<string, {name: string; write: boolean}> = {
	hf_write_alice: {name: 'alice', write: true},
	hf_read_alice: {name: 'alice', write: false},
	hf_write_bob: {name: 'bob', write: true},
};

export type HubOptions = {
	/** Papers Hugging Face has indexed: adding any other is a 404. */
	indexed?: readonly string[];
	collections?: HubCollection[];
	/** /api/papers/{id}?field=comments answers, by id (any JSON; a function for a shape that changes). */
	comments?: Record<string, unknown>;
};

export type HubServer = Awaited<ReturnType<typeof startHubServer>>;

export const hubServers = () => closedAfterEach((options?: HubOptions) => startHubServer(options));

const slugify = (title: string) =>
	title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'collection';

export async function startHubServer(options: HubOptions = {}) {
	const indexed = new Set(options.indexed ?? []);
	const collections = new Map((options.collections ?? []).map((c) => [c.slug, c]));
	const requests: Array<{method: string; url: string; authorization: string | undefined}> = [];
	let made = 0;
	const server = http.createServer((req, res) => {
		let text = '';
		req.setEncoding('utf8').on('data', (d: string) => (text += d));
		req.on('end', () => {
			requests.push({method: req.method ?? 'GET', url: req.url ?? '', authorization: req.headers.authorization});
			const json = (status: number, value: unknown) => {
				res.writeHead(status, {'content-type': 'application/json'});
				res.end(JSON.stringify(value));
			};
			const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
			const user = token ? TOKENS[token] : undefined;
			if (token && !user) return json(401, {error: 'Invalid credentials in Authorization header'});
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
			const visible = (c: HubCollection | undefined) => (c && (!c.private || c.owner === user?.name) ? c : undefined);
			const writable = (c: HubCollection) => (!user ? 401 : !user.write || c.owner !== user.name ? 403 : 0);
			const comments = /^\/api\/papers\/([^/]+)$/.exec(url.pathname);
			if (comments && url.searchParams.get('field') === 'comments') {
				const answer = options.comments?.[decodeURIComponent(comments[1]!)];
				return answer === undefined ? json(404, {error: 'Paper not found'}) : json(200, answer);
			}
			if (url.pathname === '/api/whoami-v2') return user ? json(200, {type: 'user', name: user.name}) : json(401, {error: 'Unauthorized'});
			if (url.pathname === '/api/collections' && req.method === 'GET') {
				const owner = url.searchParams.get('owner');
				const q = (url.searchParams.get('q') ?? '').toLowerCase();
				const found = [...collections.values()].filter(
					(c) => visible(c) && (!owner || c.owner === owner) && c.title.toLowerCase().includes(q),
				);
				return json(
					200,
					found.map((c) => ({...c, items: c.items.slice(0, 4)})),
				);
			}
			if (url.pathname === '/api/collections' && req.method === 'POST') {
				if (!user) return json(401, {error: 'Unauthorized'});
				const namespace = String(body.namespace ?? user.name);
				if (!user.write || namespace !== user.name) return json(403, {error: 'You cannot write to this namespace'});
				const title = String(body.title ?? '');
				const there = [...collections.values()].find((c) => c.owner === namespace && c.title === title);
				if (there) return json(409, {error: 'Collection already exists', slug: there.slug});
				const slug = `${namespace}/${slugify(title)}-${(0x64f9a55b00 + made++).toString(16)}`;
				const collection: HubCollection = {slug, title, owner: namespace, private: body.private === true, items: []};
				collections.set(slug, collection);
				return json(200, collection);
			}
			const itemPath = /^\/api\/collections\/([^/]+\/[^/]+)\/items(?:\/([^/]+))?$/.exec(url.pathname);
			if (itemPath) {
				const collection = visible(collections.get(decodeURIComponent(itemPath[1]!)));
				if (!collection) return json(404, {error: 'Collection not found'});
				const refused = writable(collection);
				if (refused) return json(refused, {error: refused === 401 ? 'Unauthorized' : 'Forbidden'});
				const note = typeof body.note === 'string' ? body.note : undefined;
				if (note !== undefined && note.length > 500) return json(422, {error: 'Note is too long (500 characters max)'});
				const itemId = itemPath[2] ? decodeURIComponent(itemPath[2]) : null;
				if (req.method === 'POST' && !itemId) {
					const id = String((body.item as {id?: unknown} | undefined)?.id ?? '');
					if (!indexed.has(id)) return json(404, {error: `Paper ${id} not found`});
					if (collection.items.some((i) => i.id === id)) return json(409, {error: 'Item already in collection'});
					collection.items.push({
						_id: `item${made++}`,
						id,
						type: 'paper',
						title: `Indexed ${id}`,
						upvotes: 3,
						...(note ? {note: {text: note, html: note}} : {}),
					});
					return json(200, collection);
				}
				const item = collection.items.find((i) => i._id === itemId);
				if (!item) return json(404, {error: 'Item not found'});
				if (req.method === 'DELETE') collection.items = collection.items.filter((i) => i !== item);
				else if (req.method === 'PATCH' && note !== undefined) item.note = {text: note, html: note};
				return json(200, collection);
			}
			const whole = /^\/api\/collections\/([^/]+\/[^/]+)$/.exec(url.pathname);
			if (whole && req.method === 'GET') {
				const collection = visible(collections.get(decodeURIComponent(whole[1]!)));
				return collection ? json(200, collection) : json(404, {error: 'Collection not found'});
			}
			return json(404, {error: 'Not found'});
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		collections,
		requests,
		/** The ids a collection holds, in order. */
		ids: (slug: string) => collections.get(slug)?.items.map((i) => i.id) ?? [],
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
