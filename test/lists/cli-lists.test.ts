import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {listServices} from '../../source/cli/browser-lists.js';
import {pageDigest, runCli, runShell, tempHome, writeTemp} from '../helpers/run-cli.js';
import {KEYS, startApp, type Session} from '../helpers/ui.js';

const listFile = (home: string) => JSON.parse(fs.readFileSync(path.join(home, 'config.json'), 'utf8'));

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('reading lists on the command line', () => {
	it('--save saves every matching paper and says how many; lists prints counts; --list prints one', async () => {
		const home = tempHome();
		const env = {PAPERS_HOME: home};
		const digest = writeTemp('d.txt', pageDigest(5));
		const save = await runCli([digest, '--min-upvotes', '3', '--save', 'later'], {env});
		expect(save).toMatchObject({code: 0, stdout: 'saved 3 papers to later\n', stderr: ''});
		expect((await runCli([digest, '--save', 'later'], {env})).stdout).toBe('saved 2 papers to later (3 already there)\n');
		expect((await runCli([digest, '--search', 'paper 5', '--save', 'other'], {env})).stdout).toBe('saved 1 paper to other\n');
		expect((await runCli(['lists'], {env})).stdout).toBe('later  5 papers, 5 unread\nother  1 paper, 1 unread\n');
		const printed = await runCli(['--list', 'other', '--format', 'markdown', '--print'], {env});
		expect(printed.stdout).toBe('## Paper 5: On Things\n\n*2026-01-05 · ▲ 1 · 5 authors*\n\nAbstract of paper 5.\n');
		// The list outlives its digest.
		fs.rmSync(digest);
		expect(JSON.parse((await runCli(['--list', 'later', '--json'], {env})).stdout)).toHaveLength(5);
	});

	it('a missing list is one line naming the lists that exist, exit 1', async () => {
		const home = tempHome();
		await runCli([writeTemp('d.txt', pageDigest(1)), '--save', 'later'], {env: {PAPERS_HOME: home}});
		const run = await runCli(['--list', 'nope', '--print'], {env: {PAPERS_HOME: home}});
		expect(run).toMatchObject({code: 1, stdout: '', stderr: 'papers: no reading list "nope"; the lists are: later\n'});
	});

	it('two --save loops side by side, 8 papers each: they overlap, and all 16 are kept', {timeout: 60_000}, async () => {
		const home = tempHome();
		const dir = path.dirname(writeTemp('x', ''));
		for (const side of ['a', 'b']) {
			for (let i = 1; i <= 8; i++) fs.writeFileSync(path.join(dir, `${side}${i}.txt`), pageDigest(1, 'Jan 5, 2026', `Side ${side} ${i}`));
		}
		// Each save notes when it started and ended, so the test can tell the two loops really ran at the same time.
		const loop = (side: string) =>
			`for i in $(seq 1 8); do echo "start ${side} $(date +%s%N)"; node "$CLI" "${dir}/${side}$i.txt" --save later > /dev/null || echo "fail $i"; echo "end ${side} $(date +%s%N)"; done`;
		const run = await runShell(`(${loop('a')}) & (${loop('b')}) & wait`, {PAPERS_HOME: home});
		expect(run.stderr).toBe('');
		expect(run.stdout).not.toContain('fail');
		const spans = (side: string) => {
			const times = run.stdout
				.split('\n')
				.filter((l) => l.includes(` ${side} `))
				.map((l) => Number(l.split(' ')[2]));
			return {first: Math.min(...times), last: Math.max(...times)};
		};
		const [a, b] = [spans('a'), spans('b')];
		expect(a.first < b.last && b.first < a.last, 'the two loops ran one after the other').toBe(true);
		const titles = listFile(home).lists.later.map((e: {paper: {title: string}}) => e.paper.title);
		expect(titles).toHaveLength(16);
		expect(new Set(titles).size).toBe(16);
	});
});

describe('reading lists in the browser, against a real PAPERS_HOME', () => {
	it('save, save to a named list, mark read, remove, undo, open a list', async () => {
		const home = tempHome();
		app = startApp({}, listServices(home));
		const s = app;
		await s.waitFor('Day1 Alpha');
		await s.press('b');
		await s.waitFor('★ saved to "later"');
		await s.press('j', 'B', 'm', 'i', 'n', 'e', KEYS.enter);
		await s.waitFor('★ saved to "mine"');
		expect(Object.keys(listFile(home).lists).sort()).toEqual(['later', 'mine']);
		await s.press('L');
		await s.waitFor(/later +1 paper {2}· 1 unread/);
		await s.press(KEYS.enter);
		await s.waitFor('list "later"');
		await s.press('r');
		await s.waitFor('marked read');
		expect(listFile(home).lists.later[0].read).toBe(true);
		await s.press('d');
		await s.waitFor('This list is empty');
		expect(listFile(home).lists.later).toEqual([]);
		await s.press('u');
		await s.waitFor('restored to "later"');
		expect(listFile(home).lists.later).toHaveLength(1);
		expect(s.frame()).toContain('Day1 Alpha');
	});

	it('a corrupt config: the bytes are kept, the message is shown, the lists view opens', async () => {
		const home = tempHome();
		const garbage = 'this is {not json';
		fs.writeFileSync(path.join(home, 'config.json'), garbage);
		app = startApp({}, listServices(home));
		const s = app;
		await s.waitFor(/config\.json could not be read/);
		const backup = fs.readdirSync(home).find((f) => f.startsWith('config.json.bad-'))!;
		expect(fs.readFileSync(path.join(home, backup), 'utf8')).toBe(garbage);
		await s.press('L');
		await s.waitFor('No reading lists yet');
		await s.press(KEYS.escape, 'b');
		await s.waitFor('★ saved to "later"');
	});
});
