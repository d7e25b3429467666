import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli, tempHome} from '../helpers/run-cli.js';
import {AS_NOBODY, CAN_DROP_ROOT, runAsNobody, sharedTemp} from '../helpers/unprivileged.js';

const saved = (title: string, read = false) => ({
	paper: {id: null, title, abstract: '', authors: [], authorCount: null, organization: null, date: '2026-01-05', upvotes: 1, url: null},
	savedAt: '2026-01-05T00:00:00.000Z',
	read,
});
const backups = (home: string) => fs.readdirSync(home).filter((f) => f.startsWith('config.json.bad-'));

describe('a config.json of the wrong shape: nothing is lost', () => {
	it('a read never rewrites it; the bad list is named, kept in a byte-for-byte backup, and the good ones stay', async () => {
		const home = tempHome();
		const text = JSON.stringify({lists: {later: 'oops', good: [saved('Kept one')]}});
		fs.writeFileSync(path.join(home, 'config.json'), text);
		const run = await runCli(['lists'], {env: {PAPERS_HOME: home}});
		expect(run.stdout).toBe('good  1 paper, 1 unread\n');
		expect(run.stderr.trim().split('\n')).toEqual([
			expect.stringMatching(
				/config\.json: list "later" is not a list; the other lists are in use; a copy of the whole file is kept: .*config\.json\.bad-.*$/,
			),
		]);
		expect(fs.readFileSync(path.join(home, 'config.json'), 'utf8')).toBe(text);
		expect(backups(home).map((b) => fs.readFileSync(path.join(home, b), 'utf8'))).toEqual([text]);
		// A second read keeps the one backup it has, and says nothing again.
		const again = await runCli(['lists'], {env: {PAPERS_HOME: home}});
		expect(again.stderr).toBe('');
		expect(backups(home)).toHaveLength(1);
	});

	it('one malformed list beside good ones: the good lists stay in use, and a change keeps them', async () => {
		const home = tempHome();
		fs.writeFileSync(
			path.join(home, 'config.json'),
			JSON.stringify({lists: {later: [saved('A'), 42, saved('B', true)], other: [saved('C')]}}),
		);
		const listed = await runCli(['--list', 'later', '--json'], {env: {PAPERS_HOME: home}});
		expect(JSON.parse(listed.stdout).map((p: {title: string}) => p.title)).toEqual(['A', 'B']);
		expect(listed.stderr).toMatch(/1 entry of "later" is not a paper/);
		const file = path.join(home, 'digest.json');
		fs.writeFileSync(file, JSON.stringify([{title: 'D', abstract: '', upvotes: 0}]));
		await runCli([file, '--save', 'other'], {env: {PAPERS_HOME: home}});
		const after = JSON.parse(fs.readFileSync(path.join(home, 'config.json'), 'utf8'));
		expect(after.lists.later.map((e: {paper: {title: string}}) => e.paper.title)).toEqual(['A', 'B']);
		expect(after.lists.other.map((e: {paper: {title: string}}) => e.paper.title)).toEqual(['C', 'D']);
		expect(JSON.parse(fs.readFileSync(path.join(home, backups(home)[0]!), 'utf8')).lists.later[1]).toBe(42);
	});

	it('a whole file of the wrong shape ([1,2,3]) is copied aside, never rewritten by a read', async () => {
		const home = tempHome();
		fs.writeFileSync(path.join(home, 'config.json'), '[1,2,3]');
		const run = await runCli(['lists'], {env: {PAPERS_HOME: home}});
		expect(run.stderr).toMatch(
			/could not be read \(it holds a list, not reading lists\): papers shows no lists until it is fixed, and the next save writes a fresh file; a copy is kept: .*config\.json\.bad-\w+/,
		);
		expect(run.stderr).not.toContain('started a fresh one');
		expect((await runCli(['lists'], {env: {PAPERS_HOME: home}})).stderr).toBe(
			'papers: no reading lists yet (papers --save later, or b in the browser)\n',
		);
		expect(fs.readFileSync(path.join(home, 'config.json'), 'utf8')).toBe('[1,2,3]');
		expect(backups(home).map((b) => fs.readFileSync(path.join(home, b), 'utf8'))).toEqual(['[1,2,3]']);
	});
});

describe.skipIf(!CAN_DROP_ROOT)(`a read-only PAPERS_HOME, ${AS_NOBODY}`, () => {
	const readOnlyHome = () => {
		const home = sharedTemp('papers-ro-');
		fs.writeFileSync(
			path.join(home, 'config.json'),
			JSON.stringify({lists: {later: [saved('Mine')]}, __internal__: {migrations: {version: '1.0.0'}}}),
		);
		fs.chmodSync(path.join(home, 'config.json'), 0o444);
		fs.chmodSync(home, 0o555);
		return home;
	};

	it('reads work without the lock: papers lists and --list later --print', () => {
		const home = readOnlyHome();
		expect(runAsNobody(['lists'], {PAPERS_HOME: home})).toMatchObject({status: 0, stdout: 'later  1 paper, 1 unread\n', stderr: ''});
		expect(runAsNobody(['--list', 'later', '--print'], {PAPERS_HOME: home})).toMatchObject({status: 0, stderr: ''});
		expect(runAsNobody(['--list', 'later', '--print'], {PAPERS_HOME: home}).stdout).toMatch(/^▲ 1 {2}Mine\n/);
	});

	it('a save that cannot happen is one line, exit 1, at once (no lock retries), and the file is as it was', () => {
		const home = readOnlyHome();
		const before = fs.readFileSync(path.join(home, 'config.json'), 'utf8');
		const digest = path.join(sharedTemp('papers-in-'), 'd.json');
		fs.writeFileSync(digest, JSON.stringify([{title: 'New', abstract: '', upvotes: 0}]));
		fs.chmodSync(digest, 0o644);
		const run = runAsNobody([digest, '--save', 'later'], {PAPERS_HOME: home});
		expect(run.status).toBe(1);
		expect(run.stderr).toBe('papers: nothing saved to later: the folder is read-only (permission denied): $PAPERS_HOME\n');
		expect(fs.readFileSync(path.join(home, 'config.json'), 'utf8')).toBe(before);
	});
});
