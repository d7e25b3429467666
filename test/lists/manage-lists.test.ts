import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {pageDigest, runCli, tempHome, writeTemp} from '../helpers/run-cli.js';
import {KEYS, memoryLists, startApp, threeDays, type Session} from '../helpers/ui.js';

/* Whole reading lists removed (a copy kept), renamed and copied, and papers moved between them. */

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

async function homeWithLists() {
	const home = tempHome();
	const env = {PAPERS_HOME: home};
	const digest = writeTemp('d.txt', pageDigest(4));
	await runCli([digest, '--save', 'later'], {env});
	await runCli([digest, '--search', 'paper 1', '--save', 'reading group'], {env});
	return {home, env, digest};
}

describe('papers lists rm, mv and copy', () => {
	it('rm removes a list and keeps a copy of it whole; the other lists stay', async () => {
		const {home, env} = await homeWithLists();
		const run = await runCli(['lists', 'rm', 'later'], {env});
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(
			/^removed "later" \(4 papers\); a copy is kept: papers lists import \S*removed-lists\/\S*\.json brings it back\n$/,
		);
		expect((await runCli(['lists'], {env})).stdout).toBe('reading group  1 paper, 1 unread\n');
		const [copy] = fs.readdirSync(path.join(home, 'removed-lists'));
		const kept = JSON.parse(fs.readFileSync(path.join(home, 'removed-lists', copy!), 'utf8'));
		expect(kept.name).toBe('later');
		expect(kept.entries.map((e: {paper: {title: string}}) => e.paper.title)).toHaveLength(4);
		// A second removal of the same name keeps a second copy, not over the first.
		await runCli([writeTemp('d.txt', pageDigest(1)), '--save', 'later'], {env});
		await runCli(['lists', 'rm', 'later'], {env});
		expect(fs.readdirSync(path.join(home, 'removed-lists'))).toHaveLength(2);
	});

	it('the copy rm keeps is brought back by the import its message names (#35.10)', async () => {
		const {env} = await homeWithLists();
		const run = await runCli(['lists', 'rm', 'later'], {env});
		const command = /papers (lists import \S+)/.exec(run.stdout)![1]!.split(' ');
		const back = await runCli(command, {env});
		expect(back).toMatchObject({code: 0, stderr: ''});
		expect(back.stdout).toMatch(/^imported 4 papers into 1 list/);
		expect((await runCli(['lists'], {env})).stdout).toMatch(/^later +4 papers, 4 unread\nreading group +1 paper, 1 unread\n$/);
	});

	it('mv renames, and refuses a name taken; copy makes a new list or merges into one', async () => {
		const {env} = await homeWithLists();
		expect((await runCli(['lists', 'mv', 'reading group', 'group'], {env})).stdout).toBe('renamed "reading group" to "group"\n');
		const taken = await runCli(['lists', 'mv', 'group', 'later'], {env});
		expect(taken).toMatchObject({code: 1, stdout: ''});
		expect(taken.stderr).toBe('papers: a reading list "later" exists already; papers lists copy merges into it\n');
		expect((await runCli(['lists', 'copy', 'later', 'backup'], {env})).stdout).toBe('copied 4 papers from "later" to "backup"\n');
		expect((await runCli(['lists', 'copy', 'group', 'backup'], {env})).stdout).toBe('copied 0 papers from "group" to "backup"\n');
		expect((await runCli(['lists'], {env})).stdout).toBe(
			'later   4 papers, 4 unread\nbackup  4 papers, 4 unread\ngroup   1 paper, 1 unread\n',
		);
	});

	it('a list that is not there is one line, exit 1; words it does not take are a usage error, exit 2', async () => {
		const {env} = await homeWithLists();
		expect(await runCli(['lists', 'rm', 'nope'], {env})).toMatchObject({code: 1, stderr: 'papers: no reading list "nope"\n'});
		const wrong = await runCli(['lists', 'delete', 'later'], {env});
		expect(wrong).toMatchObject({
			code: 2,
			stderr:
				'papers: papers lists takes rm NAME, mv OLD NEW, copy OLD NEW, export [NAME...], import FILE, push NAME, pull SLUG or sync [NAME], got delete later\n',
		});
		expect((await runCli(['lists', 'mv', 'later', ''], {env})).code).toBe(2);
	});
});

describe('the lists view', () => {
	const saved = () => {
		const [a, b] = threeDays();
		return memoryLists({
			later: [{paper: a!, savedAt: 'now', read: false}],
			group: [{paper: b!, savedAt: 'now', read: false}],
		});
	};

	it('d asks first: n keeps the list, y removes it', async () => {
		const lists = saved();
		app = startApp({}, {lists});
		await app.waitFor('Day1 Alpha');
		await app.press('L');
		await app.waitFor('Reading lists');
		await app.press('d');
		await app.waitFor('remove the list "later" and its 1 paper? (a copy is kept) y/n');
		await app.press('n');
		await app.waitFor('kept as it is');
		expect(Object.keys(lists.current())).toEqual(['later', 'group']);
		await app.press('d', 'y');
		await app.waitFor('removed "later" (1 paper)');
		expect(Object.keys(lists.current())).toEqual(['group']);
	});

	it('r renames the list in a box that starts with its name; c copies it', async () => {
		const lists = saved();
		app = startApp({}, {lists});
		await app.waitFor('Day1 Alpha');
		await app.press('L', 'r');
		await app.waitFor('rename "later" to: later');
		await app.press(KEYS.ctrlU, 'soon', KEYS.enter);
		await app.waitFor('renamed "later" to "soon"');
		await app.press('c', 'copy', KEYS.enter);
		await app.waitFor('copied 1 paper from "group" to "copy"');
		expect(Object.keys(lists.current()).sort()).toEqual(['copy', 'group', 'soon']);
	});

	it('> moves the current paper of a list to another', async () => {
		const lists = saved();
		app = startApp({list: 'later'}, {lists});
		await app.waitFor('Day1 Alpha');
		await app.press('>');
		await app.waitFor('move to list:');
		await app.press('group', KEYS.enter);
		await app.waitFor('moved to "group"');
		expect(lists.current().later).toEqual([]);
		expect(lists.current().group!.map((e) => e.paper.title)).toEqual(['Day1 Beta', 'Day1 Alpha']);
	});
});
