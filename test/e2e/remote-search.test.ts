import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {apiServers, dayItems, paperRecord, searchItem, type ApiServer} from '../helpers/api-server.js';
import {held, ptySessions} from '../helpers/pty.js';
import {CLI, runCli, tempHome} from '../helpers/run-cli.js';

/* Beyond the store, in a real terminal: a search sent to Hugging Face, and the record of a paper that lingers. */

const serve = apiServers();
const start = ptySessions();
let server: ApiServer | undefined;

const DAY = '2026-01-05';

function storeWith(items: unknown[]) {
	const home = tempHome();
	fs.mkdirSync(path.join(home, 'digests'));
	fs.writeFileSync(path.join(home, 'digests', `${DAY}.json`), JSON.stringify(items));
	return home;
}

// A paper's record, not its discussion (?field=comments), which the pane asks for the same way.
const records = () =>
	server!.requests
		.filter((r) => /^\/api\/papers\/(?!search)/.test(r.url) && !r.url.includes('field=comments'))
		.map((r) => r.url.split('/').pop());

describe('a search of Hugging Face from the browser', () => {
	it('Ctrl-R sends the typed words; an answer is opened, saved and printed', async () => {
		const items = dayItems(DAY, 2);
		server = await serve({
			days: {[DAY]: items},
			search: {speculative: [searchItem('2401.00001', 'Fast speculative decoding', 'speculative')]},
			papers: {'2401.00001': '# Fast speculative decoding\n\n## Method\n\nDraft, then verify.\n'},
		});
		const home = storeWith(items);
		const env = {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: DAY};
		const s = start(held(`node '${CLI}'; echo "AFTER-$?"`), {env});
		await s.waitFor(`Paper 1 of ${DAY}`);
		s.child.write('/speculative');
		await s.waitFor('/ speculative');
		s.child.write('\u0012');
		await s.waitFor('Hugging Face: “speculative”');
		await s.waitFor(/› +○ +undated +Fast speculative decoding/);
		s.child.write('b');
		await s.waitFor('★ saved to "later"');
		s.child.write('v');
		await s.waitFor('Draft, then verify.');
		s.child.write('q');
		await s.waitFor(/› +★○ +undated +Fast speculative decoding/);
		s.child.write('\r');
		await s.waitFor('AFTER-0');
		expect(s.screen()).toContain('Fast speculative decoding');
		const listed = await runCli(['--list', 'later', '--print', '--json'], {env: {PAPERS_HOME: home}});
		expect((JSON.parse(listed.stdout) as Array<{id: string}>).map((p) => p.id)).toEqual(['2401.00001']);
	});

	it('papers search opens on the answers, and Esc shows the store behind them', async () => {
		const items = dayItems(DAY, 2);
		server = await serve({
			days: {[DAY]: items},
			search: {'world model': [searchItem('2402.00001', 'A world model', 'world model')]},
		});
		const env = {PAPERS_HOME: storeWith(items), PAPERS_API_URL: server.url, PAPERS_TODAY: DAY};
		const s = start(`node '${CLI}' search world model`, {env});
		await s.waitFor('Hugging Face: “world model”');
		await s.waitFor('A world model');
		s.child.write('\u001b');
		await s.waitFor(/› +\S* *Paper 1 of 2026-01-05/);
		s.child.write('q');
		expect(await s.exited).toBe(0);
	});
});

describe("a paper's record in the pane", () => {
	it('comes for the paper that stays, not for every row passed on the way', async () => {
		const items = dayItems(DAY, 10);
		const target = items[8]!.paper.id;
		server = await serve({days: {[DAY]: items}, records: {[target]: paperRecord(target, {models: 3, datasets: 1})}});
		const env = {PAPERS_HOME: storeWith(items), PAPERS_API_URL: server.url, PAPERS_TODAY: DAY};
		const s = start(`node '${CLI}'`, {env, rows: 40});
		await s.waitFor(`Paper 1 of ${DAY}`);
		s.child.write('jjjjjjjj');
		await s.waitFor(new RegExp(`› +\\S* *Paper 9 of ${DAY}`));
		await s.waitFor('Models 3 · Datasets 1 · Spaces 0');
		// The first paper may have stayed long enough before the keys came; the seven passed over never did.
		expect(records().filter((id) => id !== items[0]!.paper.id)).toEqual([target]);
	});
});
