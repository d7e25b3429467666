import http from 'node:http';
import {afterEach} from 'vitest';
import type {AddressInfo} from 'node:net';

export type Behaviour =
	| 'ok'
	| 'fail-once-500'
	| 'rate-limit-once'
	| 'slow'
	| 'cut'
	| 'html'
	| 'error'
	| 'bad-items'
	| 'always-500'
	| 'hold'
	/** The page asked for is ignored: the first page, whatever p says (a cache in front of the site). */
	| 'same-page';

/** An API item as /api/daily_papers gives it, made up for the tests. */
export function apiItem(day: string, n: number, upvotes = n) {
	return {
		paper: {
			id: `${day.slice(2, 4)}${day.slice(5, 7)}.${String(n).padStart(5, '0')}`,
			title: `Paper ${n} of\n  ${day}`,
			summary: `Summary ${n}.`,
			authors: [{name: 'A. Author'}],
			upvotes,
		},
		publishedAt: `${day}T01:00:00.000Z`,
		title: `Paper ${n} of ${day}`,
		numComments: 0,
	};
}

export type ApiServer = Awaited<ReturnType<typeof startApiServer>>;

/** Servers (or clients) for a file's tests, started by `start` and each closed after its test. */
export function closedAfterEach<A extends unknown[], S extends {close(): Promise<unknown>}>(
	start: (...args: A) => Promise<S>,
): (...args: A) => Promise<S> {
	const running: S[] = [];
	afterEach(async () => {
		await Promise.all(running.splice(0).map((s) => s.close()));
	});
	return async (...args) => {
		const server = await start(...args);
		running.push(server);
		return server;
	};
}

/** Servers for a file's tests, each closed after its test. */
export const apiServers = () => closedAfterEach((options?: Parameters<typeof startApiServer>[0]) => startApiServer(options));

/** A record of /api/papers/{id}: the paper, and n models, datasets and Spaces citing it (ranked by downloads or likes). */
export function paperRecord(id: string, n: {models?: number; datasets?: number; spaces?: number; totals?: boolean} = {}) {
	const repos = (kind: string, count = 0) =>
		Array.from({length: count}, (_, i) => ({id: `org/${kind}-${i + 1}`, downloads: (i + 1) * 100, likes: (count - i) * 10}));
	const total = (count = 0) => (n.totals ? count * 10 : count);
	return {
		id,
		title: `Record of ${id}`,
		summary: `The abstract of ${id}, from its record.`,
		authors: [{name: 'R. Ecord'}],
		upvotes: 7,
		publishedAt: '2025-06-01T00:00:00.000Z',
		linkedModels: repos('model', n.models),
		numTotalModels: total(n.models),
		linkedDatasets: repos('data', n.datasets),
		numTotalDatasets: total(n.datasets),
		linkedSpaces: repos('space', n.spaces),
		numTotalSpaces: total(n.spaces),
	};
}

/** An answer of /api/papers/search as it is now: a daily-papers-like item with the site's highlight spans. */
export function searchItem(id: string, title: string, highlight: string) {
	const at = title.indexOf(highlight);
	const spans =
		at < 0
			? [{type: 'text', text: title}]
			: [
					{type: 'text', text: title.slice(0, at)},
					{type: 'highlight', text: highlight},
					{type: 'text', text: title.slice(at + highlight.length)},
				];
	return {
		paper: {id, title, summary: `About ${highlight}.`, authors: [{name: 'S. Earch'}], upvotes: 3, publishedAt: '2024-03-01T00:00:00.000Z'},
		title,
		summary: `About ${highlight}.`,
		numComments: 2,
		highlightedTitle: spans,
		highlightedSummary: [
			{type: 'text', text: 'About '},
			{type: 'highlight', text: highlight},
			{type: 'text', text: '.'},
		],
	};
}

/** n API items of a day, with ids of their own day (apiItem's ids tell months apart, not days), upvotes 10 down. */
export function dayItems(day: string, n: number) {
	return Array.from({length: n}, (_, i) => {
		const item = apiItem(day, i + 1, 10 - i);
		return {...item, paper: {...item.paper, id: `${day.slice(2, 4)}${day.slice(5, 7)}.${day.slice(8)}${String(i + 1).padStart(3, '0')}`}};
	});
}

/** The site's trending list: n items of the days before 2026-01-06, ranked as it ranks them. */
export function trendingItems(n: number) {
	return Array.from({length: n}, (_, i) => {
		const item = apiItem('2026-01-05', i + 1, 500 - i);
		return {...item, paper: {...item.paper, id: `2601.${String(90000 + i).padStart(5, '0')}`}, title: `Trending ${i + 1}`};
	});
}

/** A real HTTP server on 127.0.0.1 that answers like /api/daily_papers, and misbehaves on the days it is told to. */
export async function startApiServer(
	options: {
		days?: Record<string, unknown[]>;
		behaviour?: Record<string, Behaviour>;
		slowMs?: number;
		ranges?: Record<string, unknown[]>;
		papers?: Record<string, string>;
		/** /api/papers/search answers, by the q asked. */
		search?: Record<string, unknown>;
		/** /api/papers/{id} records, by id; any other id is a 404 (not indexed). */
		records?: Record<string, unknown>;
		/** /pdf/{id} bodies, as arXiv serves them. */
		pdfs?: Record<string, string>;
		/** /api/papers/{id}?field=comments answers, by id (404 otherwise). */
		comments?: Record<string, unknown>;
	} = {},
) {
	const days = options.days ?? {};
	const behaviour = options.behaviour ?? {};
	const seen = new Map<string, number>();
	const requests: Array<{url: string; userAgent: string | undefined}> = [];
	let inFlight = 0;
	let maxInFlight = 0;
	// 'hold': the connection is accepted and the answer waits until the test releases it (a captive portal, a dead VPN).
	let release: () => void = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	let holding = 0;
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		requests.push({url: req.url ?? '', userAgent: req.headers['user-agent']});
		inFlight++;
		maxInFlight = Math.max(maxInFlight, inFlight);
		res.on('close', () => inFlight--);
		// week=, month= and sort=trending answer every item of the range (or the trending list), paged like a day.
		const range =
			url.searchParams.get('week') ?? url.searchParams.get('month') ?? (url.searchParams.get('sort') === 'trending' ? 'trending' : null);
		if (range !== null) {
			// The site's trending list never ends short: every page asked is full (as many as asked, up to 100).
			const all = options.ranges?.[range] ?? (range === 'trending' ? trendingItems(300) : []);
			const p = Number(url.searchParams.get('p') ?? 0);
			const l = Number(url.searchParams.get('limit') ?? 50);
			res.writeHead(200, {'content-type': 'application/json'});
			res.end(JSON.stringify(all.slice(p * l, p * l + l)));
			return;
		}
		const day = url.searchParams.get('date') ?? '';
		const count = (seen.get(day) ?? 0) + 1;
		seen.set(day, count);
		// An answer that says it is longer than it is, and stops: a connection dropped mid-answer.
		const cutShort = (type: string, body: string) => {
			res.writeHead(200, {'content-type': type, 'content-length': '5000'});
			res.end(body);
			res.destroy();
		};
		const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
			res.writeHead(status, {'content-type': 'application/json', ...headers});
			res.end(JSON.stringify(value));
		};
		const pdfMatch = /^\/pdf\/([^/]+)$/.exec(url.pathname);
		if (pdfMatch) {
			const body = options.pdfs?.[decodeURIComponent(pdfMatch[1]!)];
			if (body === undefined) return json(404, {error: 'Not found'});
			res.writeHead(200, {'content-type': body.startsWith('%PDF') ? 'application/pdf' : 'text/html'});
			return res.end(body);
		}
		// Search answers as many as asked (limit, at most 120), when it has them: the site's answers are full.
		if (url.pathname === '/api/papers/search') {
			const found = options.search?.[url.searchParams.get('q') ?? ''] ?? [];
			const limit = Math.min(120, Number(url.searchParams.get('limit') ?? 50));
			return json(200, Array.isArray(found) ? found.slice(0, limit) : found);
		}
		const recordMatch = /^\/api\/papers\/([^/]+)$/.exec(url.pathname);
		if (recordMatch && url.searchParams.get('field') === 'comments') {
			const answer = options.comments?.[decodeURIComponent(recordMatch[1]!)];
			return answer === undefined ? json(404, {error: 'Paper not found'}) : json(200, answer);
		}
		if (recordMatch) {
			const id = decodeURIComponent(recordMatch[1]!);
			// 9999.00429: too many requests once (Retry-After 1), then the record; 9999.00002: a body cut in half.
			if (id === '9999.00429' && (seen.get(id) ?? 0) === 0) {
				seen.set(id, 1);
				return json(429, {error: 'Too many requests'}, {'retry-after': '1'});
			}
			if (id === '9999.00002') return cutShort('application/json', '{"id": "9999.00002", "title": "Cut');
			const record = options.records?.[id];
			return record === undefined ? json(404, {error: 'Paper not found'}) : json(200, record);
		}
		// /papers/{id}.md: a paper's text, or one of the ways a server fails to give it.
		const paperMatch = /^\/papers\/([^/]+)\.md$/.exec(url.pathname);
		if (paperMatch) {
			const id = decodeURIComponent(paperMatch[1]!);
			if (id === '9999.00404') return json(404, {error: 'Not found'});
			if (id === '9999.00001') {
				res.writeHead(200, {'content-type': 'text/html'});
				return res.end('<!doctype html><html><body>Sign in</body></html>');
			}
			if (id === '9999.00002') return cutShort('text/markdown', '# Cut short');
			const text = options.papers?.[id];
			if (text === undefined) return json(404, {error: 'Not found'});
			res.writeHead(200, {'content-type': 'text/markdown; charset=utf-8'});
			return res.end(text);
		}
		if (url.pathname !== '/api/daily_papers') return json(404, {error: 'Not found'});
		if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return json(400, {error: 'Invalid date'});
		const page = behaviour[day] === 'same-page' ? 0 : Number(url.searchParams.get('p') ?? 0);
		const limit = Number(url.searchParams.get('limit') ?? 50);
		const items = (days[day] ?? []).slice(page * limit, page * limit + limit);
		switch (behaviour[day] ?? 'ok') {
			case 'fail-once-500':
				return count === 1 ? json(500, {error: 'Internal Error'}) : json(200, items);
			case 'always-500':
				return json(503, {error: 'Unavailable'});
			case 'rate-limit-once':
				return count === 1 ? json(429, {error: 'Too many requests'}, {'retry-after': '1'}) : json(200, items);
			case 'hold':
				holding++;
				void released.then(() => !res.writableEnded && !res.destroyed && json(200, items));
				return;
			case 'slow':
				setTimeout(() => json(200, items), options.slowMs ?? 3000).unref();
				return;
			case 'cut': {
				res.writeHead(200, {'content-type': 'application/json'});
				const body = JSON.stringify(items);
				res.end(body.slice(0, Math.floor(body.length / 2)));
				return;
			}
			case 'html':
				res.writeHead(200, {'content-type': 'text/html'});
				res.end('<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>');
				return;
			case 'error':
				return json(200, {error: 'No digest for that day.'});
			case 'bad-items':
				return json(200, [{paper: {title: 'no id'}}, ...items]);
			case 'ok':
			case 'same-page':
				return json(200, items);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		maxInFlight: () => maxInFlight,
		/** How many answers are held back, waiting for release(). */
		holding: () => holding,
		release: () => release(),
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
