import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {dayItems, startApiServer} from '../helpers/api-server.js';
import {ptySessions} from '../helpers/pty.js';
import {CLI, tempHome} from '../helpers/run-cli.js';

/* R asks again for the days whose counts still move; T fetches the trending list from inside the browser. */

type Server = Awaited<ReturnType<typeof startApiServer>>;
let server: Server | undefined;
const start = ptySessions();
afterEach(async () => {
	await server?.close();
	server = undefined;
});

function storeWith(days: Record<string, unknown[]>) {
	const home = tempHome();
	fs.mkdirSync(path.join(home, 'digests'));
	for (const [day, items] of Object.entries(days)) fs.writeFileSync(path.join(home, 'digests', `${day}.json`), JSON.stringify(items));
	return home;
}

const asked = (day: string) => server!.requests.filter((r) => r.url.includes(`date=${day}`)).length;

describe('R', () => {
	it('asks again for today and yesterday, fresh as they are, and says what changed, or up to date', async () => {
		const today = dayItems('2026-01-05', 2);
		const yesterday = dayItems('2026-01-04', 2);
		server = await startApiServer({days: {'2026-01-05': today, '2026-01-04': yesterday}});
		// Both days stored a moment ago: the start asks for neither.
		const home = storeWith({'2026-01-05': today, '2026-01-04': yesterday});
		const env = {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'};
		const s = start(`node '${CLI}'`, {env});
		await s.waitFor('Paper 1 of 2026-01-05');
		today[1]!.paper.upvotes = 40;
		s.child.write('R');
		await s.waitFor('up to date; new upvotes or comments on 1 paper');
		expect(asked('2026-01-05')).toBe(1);
		expect(asked('2026-01-04')).toBe(1);
		// The paper with 40 upvotes now heads its day; the cursor stays on its paper.
		await s.waitFor(/Paper 2 of 2026-01-05 +▲ 40\n›.*Paper 1 of 2026-01-05/);
		s.child.write('R');
		await s.waitFor(/^up to date *$/m);
		expect(asked('2026-01-05')).toBe(2);
	});

	it('pressed while the catch-up at start is still on its way, runs again once it ends, and says what it found', async () => {
		const today = dayItems('2026-01-05', 2);
		server = await startApiServer({
			days: {'2026-01-05': today, '2026-01-04': dayItems('2026-01-04', 2)},
			behaviour: {'2026-01-05': 'hold'},
		});
		const home = storeWith({'2026-01-04': dayItems('2026-01-04', 2)});
		const s = start(`node '${CLI}'`, {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'}});
		await s.waitFor('Paper 1 of 2026-01-04');
		await s.waitFor(() => server!.holding() === 1);
		s.child.write('R');
		await s.waitFor('fetching already; then today and yesterday again');
		server!.release();
		await s.waitFor(/up to date *$/m);
		expect(asked('2026-01-05')).toBe(2);
		expect(asked('2026-01-04')).toBe(1);
	});

	it('on papers not from the store, says there is nothing to refresh', async () => {
		const file = path.join(tempHome(), 'day.json');
		fs.writeFileSync(file, JSON.stringify(dayItems('2026-01-05', 2)));
		const s = start(`node '${CLI}' '${file}'`, {env: {PAPERS_HOME: tempHome(), PAPERS_TODAY: '2026-01-05'}});
		await s.waitFor('Paper 1 of 2026-01-05');
		s.child.write('R');
		await s.waitFor('nothing to refresh: R fetches into the store');
	});
});

describe('T', () => {
	it('with no trending list yet, fetches one and shows it', async () => {
		const trending = dayItems('2026-01-03', 3).reverse();
		server = await startApiServer({days: {'2026-01-05': dayItems('2026-01-05', 2)}, ranges: {trending}});
		const home = storeWith({'2026-01-05': dayItems('2026-01-05', 2)});
		const s = start(`node '${CLI}'`, {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'}});
		await s.waitFor('Paper 1 of 2026-01-05');
		s.child.write('T');
		await s.waitFor('trending · fetched');
		await s.waitFor(/›.*Paper 3 of 2026-01-03/);
		expect(fs.existsSync(path.join(home, 'digests', 'trending.json'))).toBe(true);
		s.child.write('T');
		await s.waitFor(/›.*Paper 1 of 2026-01-05/);
	});

	it('a failure is one line, and the days stay', async () => {
		server = await startApiServer({});
		const url = server.url;
		await server.close();
		server = undefined;
		const home = storeWith({'2026-01-05': dayItems('2026-01-05', 2)});
		const s = start(`node '${CLI}'`, {env: {PAPERS_HOME: home, PAPERS_API_URL: url, PAPERS_TODAY: '2026-01-05'}});
		await s.waitFor('Paper 1 of 2026-01-05');
		s.child.write('T');
		await s.waitFor('could not fetch the trending list:');
		await s.waitFor(/›.*Paper 1 of 2026-01-05/);
	});
});
