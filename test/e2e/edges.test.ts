import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {dayItems, startApiServer, type ApiServer} from '../helpers/api-server.js';
import {ptySessions} from '../helpers/pty.js';
import {CLI, runBinary, tempHome, writeTemp} from '../helpers/run-cli.js';

/* #35's edges, as users meet them: a link glued to Chinese text, the full trending page, a morning with --new, cron. */

const start = ptySessions();
let server: ApiServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

function storeWith(days: Record<string, unknown[]>): string {
	const home = tempHome();
	fs.mkdirSync(path.join(home, 'digests'));
	for (const [day, items] of Object.entries(days)) fs.writeFileSync(path.join(home, 'digests', `${day}.json`), JSON.stringify(items));
	return home;
}

describe('in a real terminal', () => {
	it('a Chinese abstract with a link glued in: the text after the link is on screen, wrapped, not cut', async () => {
		const link = 'https://github.com/example-org/world-model';
		const digest = writeTemp(
			'cjk.json',
			JSON.stringify([
				{
					paper: {
						id: '2601.00001',
						title: '世界模型的长时程规划',
						summary: `我们提出了一种新的世界模型方法，代码公开于${link}欢迎使用并提出宝贵意见我们将持续更新模型与数据集以支持更多研究方向。`,
						authors: [{name: '张三'}],
						upvotes: 5,
					},
					publishedAt: '2026-01-05T00:00:00Z',
				},
			]),
		);
		const s = start(`node '${CLI}' '${digest}'`, {env: {PAPERS_HOME: tempHome(), PAPERS_OFFLINE: '1'}, cols: 100, rows: 30});
		await s.waitFor('世界模型的长时程规划');
		await s.waitFor('欢迎使用并提出宝贵意见');
		await s.waitFor('支持更多研究方向。');
		expect(s.screen()).toContain(link.slice(0, 30));
		s.child.write('q');
		expect(await s.exited).toBe(0);
	});

	it('T against the site, whose trending list is full on every page: its first page is shown', async () => {
		server = await startApiServer({days: {'2026-01-05': dayItems('2026-01-05', 2)}});
		const home = storeWith({'2026-01-05': dayItems('2026-01-05', 2)});
		const s = start(`node '${CLI}'`, {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'}});
		await s.waitFor('Paper 1 of 2026-01-05');
		s.child.write('T');
		await s.waitFor('trending · fetched');
		await s.waitFor(/50 papers/);
		await s.waitFor(/›.*Trending 1/);
		s.child.write('q');
		expect(await s.exited).toBe(0);
	});

	it('a morning with --new: yesterday seen stays hidden once the catch-up brings today', async () => {
		server = await startApiServer({days: {'2026-01-05': dayItems('2026-01-05', 2), '2026-01-04': dayItems('2026-01-04', 2)}});
		const home = storeWith({'2026-01-04': dayItems('2026-01-04', 2)});
		// Yesterday's first paper was looked at in an earlier session.
		fs.writeFileSync(path.join(home, 'seen.txt'), `arxiv:${dayItems('2026-01-04', 1)[0]!.paper.id}\n`);
		const s = start(`node '${CLI}' --new`, {env: {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'}});
		await s.waitFor('Paper 1 of 2026-01-05');
		await s.waitFor('Paper 2 of 2026-01-04');
		expect(s.screen()).not.toContain('Paper 1 of 2026-01-04');
		s.child.write('q');
		expect(await s.exited).toBe(0);
	});
});

describe('with no terminal at all (cron)', () => {
	it('papers --today catches up first, prints today, and says nothing but its notes on stderr', async () => {
		server = await startApiServer({days: {'2026-01-05': dayItems('2026-01-05', 2)}});
		const home = storeWith({'2026-01-04': dayItems('2026-01-04', 2)});
		const run = await runBinary(['--today'], {
			env: {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'},
			noTerminal: true,
		});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('Paper 1 of 2026-01-05');
		expect(run.stdout).not.toContain('2026-01-04');
		expect(run.stdout).not.toMatch(/\u001b/);
		for (const line of run.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^papers: /);
		expect(fs.existsSync(path.join(home, 'digests', '2026-01-05.json'))).toBe(true);
	});
});
