import {describe, expect, it} from 'vitest';
import path from 'node:path';
import {readDiscussion, type Discussion} from '../../source/digest/comments.js';
import {sessionDiscussions} from '../../source/services/comments.js';
import {hubServers} from '../helpers/hub-server.js';
import {runCli, tempHome} from '../helpers/run-cli.js';
import {startApp} from '../helpers/ui.js';

/* A paper's discussion: read and threaded from the site's flat list, printed by `papers comments`, shown in the pane. */

const hubs = hubServers();
const ID = '2601.05001';

const comment = (id: string, author: string, raw: string, extra: Record<string, unknown> = {}, createdAt = '2026-01-05T10:00:00.000Z') => ({
	id,
	author: {name: author, fullname: `${author} Full`},
	createdAt,
	data: {latest: {raw}, reactions: [{reaction: '👍', users: ['a', 'b']}], hidden: false, ...extra},
});

const THREAD = [
	comment('c2', 'bob', 'A reply to alice.', {parentCommentId: 'c1'}, '2026-01-05T11:00:00.000Z'),
	comment('c1', 'alice', 'Does the **ablation** hold at scale? \u001b[31mred\u001b]0;title\u0007', {}, '2026-01-05T10:00:00.000Z'),
	comment('c3', 'mallory', 'buy now', {hidden: true, hiddenReason: 'Spam'}, '2026-01-05T12:00:00.000Z'),
	comment('c4', 'carol', 'Replying to a comment not in the answer.', {parentCommentId: 'gone'}, '2026-01-05T13:00:00.000Z'),
];

describe('a discussion, read', () => {
	it('threads replies under their parent, oldest first; a hidden comment keeps no text; an orphan reply stands alone', () => {
		const read = readDiscussion(THREAD) as Discussion;
		expect(read.count).toBe(4);
		expect(read.comments.map((c) => c.id)).toEqual(['c1', 'c3', 'c4']);
		expect(read.comments[0]!.replies.map((c) => c.id)).toEqual(['c2']);
		expect(read.comments[1]).toMatchObject({hidden: true, hiddenReason: 'Spam', text: ''});
		expect(read.comments[0]!.reactions).toEqual([{reaction: '👍', count: 2}]);
		expect(readDiscussion({comments: THREAD})).toMatchObject({count: 4});
	});

	it('an answer of another shape is said to be one, not guessed at', () => {
		expect(readDiscussion({discussion: 'moved'})).toMatch(/shape papers does not know/);
		expect(readDiscussion([{text: 'no author'}])).toMatch(/shape papers does not know/);
		expect(readDiscussion([])).toEqual({comments: [], count: 0});
	});
});

describe('papers comments', () => {
	it('prints each comment with its author, date and reactions, replies under their parent, text clean; kept a day', async () => {
		const hub = await hubs({comments: {[ID]: THREAD}});
		const env = {PAPERS_HOME: tempHome(), PAPERS_API_URL: hub.url};
		const run = await runCli(['comments', ID], {env});
		expect(run.code, run.stderr).toBe(0);
		const lines = run.stdout.split('\n');
		expect(lines[0]).toBe(`4 comments on ${ID} · https://huggingface.co/papers/${ID}`);
		expect(run.stdout).toContain('alice (alice Full) · 2026-01-05 · 👍 2');
		expect(run.stdout).toMatch(/\n {2}↳ bob \(bob Full\) · 2026-01-05 · 👍 2\n {4}A reply to alice\./);
		expect(run.stdout).toContain('[hidden comment: Spam]');
		expect(run.stdout).not.toContain('buy now');
		expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
		expect(JSON.parse((await runCli(['comments', ID, '--json'], {env})).stdout)).toMatchObject({count: 4});
		await hub.close();
		const kept = await runCli(['comments', ID, '--offline'], {env});
		expect(kept).toMatchObject({code: 0, stdout: run.stdout});
	});

	it("a long discussion is kept whole, not cut at a record's 200", async () => {
		const many = Array.from({length: 300}, (_, i) =>
			comment(`m${i}`, `user${i}`, `Comment ${i}.`, {}, `2026-01-05T10:${String(i % 60).padStart(2, '0')}:00.000Z`),
		);
		const hub = await hubs({comments: {[ID]: many}});
		const env = {PAPERS_HOME: tempHome(), PAPERS_API_URL: hub.url};
		expect((await runCli(['comments', ID], {env})).stdout).toMatch(/^300 comments on /);
		expect((await runCli(['comments', ID, '--offline'], {env})).stdout).toMatch(/^300 comments on /);
	});

	it('a changed shape or a paper not indexed is one line that offers the page', async () => {
		const hub = await hubs({comments: {[ID]: {discussion: 'elsewhere'}}});
		const env = {PAPERS_HOME: tempHome(), PAPERS_API_URL: hub.url};
		const changed = await runCli(['comments', ID], {env});
		expect(changed).toMatchObject({code: 1, stdout: ''});
		expect(changed.stderr).toBe(
			`papers: ${ID}: Hugging Face answered the discussion in a shape papers does not know; the discussion is on https://huggingface.co/papers/${ID}\n`,
		);
		const missing = await runCli(['comments', '2601.09999'], {env});
		expect(missing.stderr).toMatch(/has no discussion of 2601\.09999 \(not indexed\); the discussion is on/);
	});
});

describe('the pane', () => {
	it("is given each comment's markdown as the reader renders it, and offline with none kept, nothing", async () => {
		const hub = await hubs({comments: {[ID]: THREAD}});
		const storeDir = path.join(tempHome(), 'digests');
		const online = sessionDiscussions({offline: false, timeoutMs: 5000}, storeDir, {env: {PAPERS_API_URL: hub.url}});
		const discussion = (await online(ID))!;
		expect(discussion.comments[0]!.text).toMatch(/^Does the ablation hold at scale\?/);
		expect(discussion.comments[0]!.text).not.toContain('**');
		const offline = sessionDiscussions({offline: true, timeoutMs: 5000}, storeDir, {env: {}});
		expect(await offline('2601.09999')).toBeNull();
		expect((await offline(ID))!.count).toBe(4);
	});

	it('shows the discussion after the paper once it lingers, and a failure in one line with the list count', async () => {
		const discussion = readDiscussion(THREAD) as Discussion;
		const app = startApp(
			{},
			{loadDiscussion: async (id) => (id === 'day1alpha' ? discussion : Promise.reject(new Error('Hugging Face answered 503')))},
		);
		await app.waitFor('Discussion');
		await app.waitFor('↳ bob (bob Full)');
		expect(app.frame()).not.toContain('\u001b]0;');
		// The pane scrolls (J) to the rest of it.
		await app.press('J', 'J', 'J', 'J');
		await app.waitFor('[hidden comment: Spam]');
		expect(app.frame()).not.toContain('buy now');
		await app.press('j');
		await app.waitFor('Hugging Face answered 503 (o opens the page)');
		app.unmount();
	});
});
