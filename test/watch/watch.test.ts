import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {dayItems, startApiServer} from '../helpers/api-server.js';
import {runBinary, runCli, tempHome} from '../helpers/run-cli.js';

/* Watch rules: saved searches, announced once each to cron, over days fetched from a real server on 127.0.0.1. */

type Server = Awaited<ReturnType<typeof startApiServer>>;
let server: Server | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

/** Two days of papers: some claimed by Hugging Face users, one submitted by one, one about world models. */
function days() {
	const day = (date: string) =>
		dayItems(date, 4).map((item, i) => ({
			...item,
			paper: {
				...item.paper,
				authors: [{name: `Author ${i}`, user: {user: i === 1 ? 'alice' : `someone${i}`, fullname: `Author ${i}`}}],
				...(i === 2 ? {title: `A World Model of ${date}`} : {}),
			},
			...(i === 2 ? {title: `A World Model of ${date}`} : {}),
			...(i === 3 ? {submittedBy: {name: 'bob', fullname: 'Bob'}} : {}),
		}));
	return {'2026-01-04': day('2026-01-04'), '2026-01-05': day('2026-01-05')};
}

async function fetchedHome() {
	server = await startApiServer({days: days()});
	const home = tempHome();
	const env = {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'};
	const fetched = await runCli(['fetch', '--days', '2', '-q'], {env, today: '2026-01-05'});
	expect(fetched).toMatchObject({code: 0, stdout: '', stderr: ''});
	return {home, env};
}

const titles = (json: string) => (JSON.parse(json) as Array<{title: string}>).map((p) => p.title).sort();

describe('papers watch', () => {
	it('announces exactly what the rules match, once: a second run prints nothing and exits 0', async () => {
		const {env} = await fetchedHome();
		expect((await runCli(['watch', 'add', 'alice', 'user:alice'], {env})).stdout).toBe('watching "alice": user:alice\n');
		expect((await runCli(['watch', 'add', 'worlds', '"world model" upvotes:>7'], {env})).code).toBe(0);
		const list = await runCli(['watch'], {env});
		expect(list.stdout).toBe('alice   user:alice  (2 papers, 2 new)\nworlds  "world model" upvotes:>7  (2 papers, 2 new)\n');
		const first = await runCli(['watch', '--new', '--json'], {env});
		expect(first.code).toBe(0);
		expect(titles(first.stdout)).toEqual([
			'A World Model of 2026-01-04',
			'A World Model of 2026-01-05',
			'Paper 2 of 2026-01-04',
			'Paper 2 of 2026-01-05',
		]);
		expect(await runCli(['watch', '--new', '--json'], {env})).toMatchObject({code: 0, stdout: '', stderr: ''});
		expect((await runCli(['watch'], {env})).stdout).toContain('(2 papers, 0 new)');
	});

	it('submitter: and a whole author name as a phrase; one rule alone; a rule as a feed', async () => {
		const {env} = await fetchedHome();
		await runCli(['watch', 'add', 'bob', 'submitter:bob'], {env});
		await runCli(['watch', 'add', 'author', 'author:"Author 1"'], {env});
		expect(titles((await runCli(['watch', 'bob', '--json'], {env})).stdout)).toEqual(['Paper 4 of 2026-01-04', 'Paper 4 of 2026-01-05']);
		expect(titles((await runCli(['watch', 'author', '--new', '--json'], {env})).stdout)).toEqual([
			'Paper 2 of 2026-01-04',
			'Paper 2 of 2026-01-05',
		]);
		// The other rule's papers are still to announce.
		expect(titles((await runCli(['watch', '--new', '--json'], {env})).stdout)).toEqual(['Paper 4 of 2026-01-04', 'Paper 4 of 2026-01-05']);
		const atom = await runCli(['watch', 'bob', '--format', 'atom'], {env});
		expect(atom.stdout).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
	});

	it('a query that does not read is refused as the search box refuses it; rm of a rule not there is one line', async () => {
		const env = {PAPERS_HOME: tempHome()};
		expect(await runCli(['watch', 'add', 'x', '"world model'], {env})).toMatchObject({
			code: 2,
			stderr: 'papers: "\\"world model": a quote is not closed: add the closing "\n',
		});
		expect(await runCli(['watch', 'add', 'x', 'upvotes:>lots'], {env})).toMatchObject({code: 2});
		expect(await runCli(['watch', 'rm', 'x'], {env})).toMatchObject({code: 1, stderr: 'papers: no watch rule "x"\n'});
		// Rules live beside the reading lists, which stay as they were.
		await runCli(['watch', 'add', 'x', 'agents'], {env});
		const config = JSON.parse(fs.readFileSync(path.join(env.PAPERS_HOME, 'config.json'), 'utf8'));
		expect(config.watch).toEqual({x: 'agents'});
		expect((await runCli(['watch', 'rm', 'x'], {env})).stdout).toBe('stopped watching "x"\n');
	});

	it('two runs at once never announce a paper twice, and between them announce every one', async () => {
		const {env} = await fetchedHome();
		await runCli(['watch', 'add', 'all', 'paper'], {env});
		const runs = await Promise.all([0, 1, 2].map(() => runBinary(['watch', '--new', '--format', 'jsonl'], {env})));
		for (const run of runs) expect(run.code).toBe(0);
		const announced = runs.flatMap((r) =>
			r.stdout
				.split('\n')
				.filter(Boolean)
				.map((l) => (JSON.parse(l) as {title: string}).title),
		);
		expect(new Set(announced).size).toBe(announced.length);
		expect(announced.sort()).toEqual(
			Object.values(days())
				.flat()
				.map((i) => i.title)
				.filter((t) => t.startsWith('Paper'))
				.sort(),
		);
	});

	it('papers the browser showed (seen) are not announced', async () => {
		const {home, env} = await fetchedHome();
		await runCli(['watch', 'add', 'alice', 'user:alice'], {env});
		fs.writeFileSync(path.join(home, 'seen.txt'), 'arxiv:2601.05002\n');
		expect(titles((await runCli(['watch', '--new', '--json'], {env})).stdout)).toEqual(['Paper 2 of 2026-01-04']);
	});
});
