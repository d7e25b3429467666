import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {fetchItems} from '../../source/fetch/hf-api.js';
import {apiServers, dayItems} from '../helpers/api-server.js';
import {runCli, tempHome} from '../helpers/run-cli.js';

/* #35.1: the page limit stops where the list stops; the trending list, full on every page, is its first page. */

const server = apiServers();

describe('the page limit', () => {
	it('papers fetch --trending keeps the first page of a list that is full on every page, as the site answers', async () => {
		const site = await server();
		const home = tempHome();
		const run = await runCli(['fetch', '--trending'], {env: {PAPERS_HOME: home, PAPERS_API_URL: site.url}});
		expect(run.stderr).toBe('');
		expect(run.stdout).toBe('trending  50 papers\n');
		const kept = JSON.parse(fs.readFileSync(path.join(home, 'digests', 'trending.json'), 'utf8')) as {items: unknown[]};
		expect(kept.items).toHaveLength(50);
		// The top of the list is the list: one page asked, not a second to find its end.
		expect(site.requests.filter((r) => r.url.includes('sort=trending'))).toHaveLength(1);
	});

	it('a day that fills its pages exactly is whole; one page more than the limit is refused', async () => {
		const site = await server({days: {'2026-01-05': dayItems('2026-01-05', 4), '2026-01-06': dayItems('2026-01-06', 5)}});
		const options = {baseUrl: site.url, pageSize: 2, retries: 0, timeoutMs: 10_000, userAgent: 'papers-test'};
		await expect(fetchItems('date=2026-01-05', options, undefined, 2)).resolves.toHaveLength(4);
		await expect(fetchItems('date=2026-01-06', options, undefined, 2)).rejects.toThrow(/more than 2 pages for date=2026-01-06/);
	});

	it('a site that answers the same page whatever is asked: the day is that page, once', async () => {
		const site = await server({days: {'2026-01-05': dayItems('2026-01-05', 5)}, behaviour: {'2026-01-05': 'same-page'}});
		const options = {baseUrl: site.url, pageSize: 2, retries: 0, timeoutMs: 10_000, userAgent: 'papers-test'};
		await expect(fetchItems('date=2026-01-05', options, undefined, 20)).resolves.toHaveLength(2);
	});
});
