import http from 'node:http';
import type {AddressInfo} from 'node:net';

export type Behaviour =
	'ok' | 'fail-once-500' | 'rate-limit-once' | 'slow' | 'cut' | 'html' | 'error' | 'bad-items' | 'always-500' | 'hold';

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

/** n API items of a day, with ids of their own day (apiItem's ids tell months apart, not days), upvotes 10 down. */
export function dayItems(day: string, n: number) {
	return Array.from({length: n}, (_, i) => {
		const item = apiItem(day, i + 1, 10 - i);
		return {...item, paper: {...item.paper, id: `${day.slice(2, 4)}${day.slice(5, 7)}.${day.slice(8)}${String(i + 1).padStart(3, '0')}`}};
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
			const all = options.ranges?.[range] ?? [];
			const p = Number(url.searchParams.get('p') ?? 0);
			const l = Number(url.searchParams.get('limit') ?? 50);
			res.writeHead(200, {'content-type': 'application/json'});
			res.end(JSON.stringify(all.slice(p * l, p * l + l)));
			return;
		}
		const day = url.searchParams.get('date') ?? '';
		const count = (seen.get(day) ?? 0) + 1;
		seen.set(day, count);
		const json = (status: number, value: unknown, headers: Record<string, string> = {}) => {
			res.writeHead(status, {'content-type': 'application/json', ...headers});
			res.end(JSON.stringify(value));
		};
		// /papers/{id}.md: a paper's text, or one of the ways a server fails to give it.
		const paperMatch = /^\/papers\/([^/]+)\.md$/.exec(url.pathname);
		if (paperMatch) {
			const id = decodeURIComponent(paperMatch[1]!);
			if (id === '9999.00404') return json(404, {error: 'Not found'});
			if (id === '9999.00001') {
				res.writeHead(200, {'content-type': 'text/html'});
				return res.end('<!doctype html><html><body>Sign in</body></html>');
			}
			if (id === '9999.00002') {
				res.writeHead(200, {'content-type': 'text/markdown', 'content-length': '5000'});
				res.end('# Cut short');
				res.destroy();
				return;
			}
			const text = options.papers?.[id];
			if (text === undefined) return json(404, {error: 'Not found'});
			res.writeHead(200, {'content-type': 'text/markdown; charset=utf-8'});
			return res.end(text);
		}
		if (url.pathname !== '/api/daily_papers') return json(404, {error: 'Not found'});
		if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return json(400, {error: 'Invalid date'});
		const page = Number(url.searchParams.get('p') ?? 0);
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
