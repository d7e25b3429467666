import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {ENVIRONMENT} from '../../source/cli/help-text.js';
import {problemsLine, readSettingsText} from '../../source/cli/settings.js';
import {sparkline} from '../../source/digest/groups.js';
import {makePaper} from '../../source/digest/paper.js';
import {writeFileAtomic} from '../../source/file-system.js';
import {removeList, REMOVED_FOLDER} from '../../source/lists/manage.js';
import {arxivIdOf} from '../../source/output/links.js';
import {placeholderValues} from '../../source/output/placeholders.js';
import {readSeen} from '../../source/seen/store.js';
import {ensurePdf, pdfFile} from '../../source/services/pdf.js';
import {runInBackground} from '../../source/services/user-command.js';
import {sendToZotero, zoteroItem} from '../../source/services/zotero.js';
import {browseFrame, footerLine} from '../../source/ui/browse/lines.js';
import {headerParts} from '../../source/ui/browse/header.js';
import {hintsFor} from '../../source/ui/core/keymap.js';
import {readerWhere} from '../../source/ui/core/reader.js';
import {THEMES} from '../../source/ui/frame/theme.js';
import {pressKey} from '../../source/ui/keys.js';
import {initialState, reducer} from '../../source/ui/reducer.js';
import {apiServers, paperRecord} from '../helpers/api-server.js';
import {runCli, storeHome, tempHome, writeTemp} from '../helpers/run-cli.js';

/* #35's polish, each a thing a user noticed. */

const serve = apiServers();

const papers = ['A world model', 'World model survey', 'Speech'].map((title, i) =>
	makePaper({id: `2601.0000${i}`, title, date: '2026-01-05'}),
);

describe('the header', () => {
	it('quotes a query once: its own quotes, or quotes given to a bare one', () => {
		let state = initialState({papers, origin: 'store'});
		state = reducer(state, {type: 'search.change', text: '"world model" -survey'});
		expect(headerParts(state)).toContain('1 match "world model" -survey');
		state = reducer(state, {type: 'search.change', text: 'speech'});
		expect(headerParts(state)).toContain('1 match "speech"');
	});
});

describe('more like this (M)', () => {
	it('shows titles whole where they fit, the shared words only in the room left', async () => {
		const titles = [
			'Diffusion transformers for video world models',
			'Video diffusion transformers with world memory',
			'World models of video diffusion for robots',
			'Speech recognition at scale for many languages',
		];
		const alike = titles.map((title, i) => makePaper({id: `2601.0010${i}`, title, abstract: title, date: '2026-01-05'}));
		let state = initialState({papers: alike, origin: 'store', viewport: {columns: 80, rows: 24}});
		state = reducer(state, {type: 'command', command: 'similar.open'});
		expect(state.scope.kind).toBe('similar');
		const text = browseFrame(state, THEMES.mono, false)
			.map((line) => line.map((s) => s.text).join(''))
			.join('\n');
		expect(text).toContain('Video diffusion transformers with world memory');
		expect(text).toContain('World models of video diffusion for robots');
	});
});

describe('feeds', () => {
	it("a feed's title names its rule or its selection", async () => {
		const home = storeHome({'2026-01-05': 3});
		const env = {PAPERS_HOME: home, PAPERS_OFFLINE: '1'};
		await runCli(['watch', 'add', 'ones', 'Paper 1'], {env});
		const rule = await runCli(['watch', 'ones', '--format', 'rss'], {env});
		expect(rule.stdout).toContain('<title>Hugging Face Daily Papers · watch &quot;ones&quot; (papers)</title>');
		const search = await runCli(['--search', 'Paper 2', '--format', 'atom'], {env});
		expect(search.stdout).toContain('<title>Hugging Face Daily Papers · --search &quot;Paper 2&quot; (papers)</title>');
		const all = await runCli(['--format', 'jsonfeed'], {env});
		expect(JSON.parse(all.stdout).title).toBe('Hugging Face Daily Papers (papers)');
	});
});

describe('papers lists mv and copy', () => {
	it('refuse the same name twice: exit 2, one line, nothing changed', async () => {
		const env = {PAPERS_HOME: storeHome({'2026-01-05': 2}), PAPERS_OFFLINE: '1'};
		await runCli(['--save', 'later'], {env});
		for (const verb of ['mv', 'copy']) {
			const run = await runCli(['lists', verb, 'later', 'later'], {env});
			expect(run).toMatchObject({
				code: 2,
				stdout: '',
				stderr: `papers: papers lists ${verb} takes two different names; "later" was given twice\n`,
			});
		}
		expect((await runCli(['lists'], {env})).stdout).toMatch(/^later +2 papers, 2 unread\n$/);
	});
});

describe('w (grouping)', () => {
	it('keeps the current paper and, where the window holds both, its new group header on screen', async () => {
		// Five days of one ISO week (2026-01-05 is a Monday), three papers each.
		const week = [5, 6, 7, 8, 9].flatMap((d) =>
			[1, 2, 3].map((n) => makePaper({id: `2601.0${d}00${n}`, title: `Day ${d} paper ${n}`, date: `2026-01-0${d}`, upvotes: 10 - n})),
		);
		let state = initialState({papers: week, origin: 'store', viewport: {columns: 100, rows: 24}});
		// Down to the oldest day's second paper: by day, the window has scrolled to it.
		while (state.view.papers[state.cursor]!.title !== 'Day 5 paper 2') state = reducer(state, {type: 'command', command: 'nav.down'});
		expect(state.top).toBeGreaterThan(0);
		const current = state.view.papers[state.cursor]!;
		state = reducer(state, {type: 'command', command: 'group.cycle'});
		expect(state.grouping).toBe('week');
		expect(state.view.papers[state.cursor]).toBe(current);
		const text = browseFrame(state, THEMES.mono, false)
			.map((line) => line.map((s) => s.text).join(''))
			.join('\n');
		expect(text).toMatch(/W02 · 5–11 Jan 2026/);
		expect(text).toContain(current.title);
	});
});

describe('--help', () => {
	it('names every PAPERS_* variable the code reads', async () => {
		const read = new Set<string>();
		const walk = (dir: string) => {
			for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
				const file = path.join(dir, entry.name);
				if (entry.isDirectory()) walk(file);
				else for (const m of fs.readFileSync(file, 'utf8').matchAll(/env\.(PAPERS_[A-Z_]+)/g)) read.add(m[1]!);
			}
		};
		walk('source');
		const named = ENVIRONMENT.map(([term]) => term.split('=')[0]);
		expect([...read].filter((name) => !named.includes(name))).toEqual([]);
	});
});

describe('--new --print with nothing new', () => {
	it('says so on stderr, and prints nothing', async () => {
		const env = {PAPERS_HOME: storeHome({'2026-01-05': 2}), PAPERS_OFFLINE: '1'};
		await runCli(['--print', '--mark-seen'], {env});
		const run = await runCli(['--new', '--print'], {env});
		expect(run).toMatchObject({code: 0, stdout: '', stderr: 'papers: no new papers: all 2 have been seen (without --new, they print)\n'});
	});
});

describe('a row with tags', () => {
	it('leaves a space between the title and its tags', async () => {
		const paper = makePaper({id: '2601.00001', title: 'A paper with tags', date: '2026-01-05'});
		let state = initialState({papers: [paper], origin: 'store', viewport: {columns: 80, rows: 20}});
		state = reducer(state, {type: 'annotations.loaded', annotations: {notes: {}, tags: {'arxiv:2601.00001': ['rl', 'agents']}}});
		const text = browseFrame(state, THEMES.mono, false)
			.map((line) => line.map((s) => s.text).join(''))
			.join('\n');
		expect(text).toMatch(/A paper with tags +· #rl #agents/);
	});
});

describe("the reader's header", () => {
	it('says top at the top, end at the end, all when it fits, and a percentage between', async () => {
		expect(readerWhere(0, 20, 28)).toBe('top');
		expect(readerWhere(8, 20, 28)).toBe('end');
		expect(readerWhere(0, 20, 12)).toBe('all');
		expect(readerWhere(10, 20, 100)).toBe('30%');
	});
});

describe('the month sparkline', () => {
	it('leaves the days after today blank', async () => {
		const papers = [makePaper({title: 'a', date: '2026-01-02', upvotes: 8}), makePaper({title: 'b', date: '2026-01-05', upvotes: 4})];
		const line = sparkline(papers, '2026-01', '2026-01-05');
		expect(line).toHaveLength(31);
		expect(line.slice(0, 5)).toBe('▁█▁▁▄');
		expect(line.slice(5)).toBe(' '.repeat(26));
	});
});

describe('the footer at 80 columns', () => {
	it('ends its hints on a whole hint, never one cut in two', async () => {
		for (const columns of [80, 61, 47]) {
			const state = initialState({papers, origin: 'store', viewport: {columns, rows: 20}, seen: new Set()});
			const text = footerLine(state, THEMES.mono)
				.map((s) => s.text)
				.join('')
				.trimEnd();
			expect(text).not.toMatch(/…$/);
			const last = text.split('  ').at(-1)!;
			const whole = hintsFor(state.keymap, 'browse', {seenKept: true}).map((h) => `${h.keys} ${h.hint}`);
			expect(whole).toContain(last);
		}
	});
});

describe('mouse reports that do not parse whole (#40)', () => {
	it('are dropped whole: no M, no Space, no move; the keys after them still work', async () => {
		const start = initialState({papers, origin: 'store', mouse: true});
		for (const report of ['[<0;10M', '[<64;5;', '[<;;M', '[M !!', '\u001b[M #$', '[<0;10;5;7M']) {
			const after = pressKey(start, report, {});
			expect(after.scope.kind, report).toBe('digests');
			expect(after.picks.size, report).toBe(0);
			expect(after.cursor, report).toBe(0);
		}
		expect(pressKey(start, '[<0;10Mj', {}).cursor).toBe(1);
	});
});

describe('PDFs (#40)', () => {
	it('only arXiv ids, version kept, and file names no two ids share', async () => {
		expect(arxivIdOf('https://arxiv.org/abs/2608.19880v2')).toBe('2608.19880v2');
		expect(arxivIdOf('-rf')).toBeNull();
		expect(pdfFile('/s/digests', 'a/b')).not.toBe(pdfFile('/s/digests', 'a_b'));
		expect(pdfFile('/s/digests', 'hep-th/9901001v2')).toBe('/s/pdf/hep-th%2F9901001v2.pdf');
		const io = {env: {PAPERS_ARXIV_URL: 'http://127.0.0.1:9'}, stderr: process.stderr, stdout: process.stdout};
		await expect(ensurePdf('-rf', {timeoutMs: 1000}, '/s/digests', io as never)).rejects.toThrow('-rf is not an arXiv id');
		const run = await runCli(['pdf', '--', '-rf']);
		expect(run.code).toBe(2);
		expect(run.stderr).toBe('papers: -rf is not an arXiv id or an arXiv or Hugging Face link\n');
	});
});

describe('papers info --json (#40)', () => {
	it('escapes C1 and bidi characters, and keeps and prints a huge record cut to bounds', async () => {
		const id = '2601.00042';
		const record = {
			...paperRecord(id, {models: 1}),
			title: 'Evil \u009b2J \u202egnp.exe title',
			linkedModels: Array.from({length: 60_000}, (_, i) => ({id: `org/model-${i}`, downloads: i, likes: i})),
		};
		const site = await serve({records: {[id]: record}});
		const home = tempHome();
		const run = await runCli(['info', id, '--json'], {env: {PAPERS_HOME: home, PAPERS_API_URL: site.url}});
		expect(run.code).toBe(0);
		expect(run.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
		expect(JSON.parse(run.stdout).title).toBe('Evil \u009b2J \u202egnp.exe title');
		expect(JSON.parse(run.stdout).linkedModels).toHaveLength(200);
		const kept = path.join(home, 'info', `${id}.json`);
		expect(fs.statSync(kept).size).toBeLessThan(200_000);
	});
});

describe('papers lists import (#40)', () => {
	it('takes at most its limits, and says what it left out', async () => {
		const entry = (i: number) => ({
			paper: {id: `2601.${String(i).padStart(5, '0')}`, title: `P${i}`},
			savedAt: '2026-01-05T00:00:00Z',
			read: false,
		});
		const doc = {
			format: 'papers-library',
			version: 1,
			lists: {big: Array.from({length: 20_005}, (_, i) => entry(i))},
			notes: {},
			tags: {'arxiv:2601.00001': Array.from({length: 60}, (_, i) => `t${i}`)},
		};
		const env = {PAPERS_HOME: tempHome()};
		const run = await runCli(['lists', 'import', writeTemp('big.json', JSON.stringify(doc))], {env});
		expect(run.code).toBe(0);
		expect(run.stderr).toMatch(/left out 5 entries past 20,000, tags past 50 on 1 paper \(papers' limits for one import\)\n$/);
		expect(run.stdout).toMatch(/^imported 20000 papers into 1 list/);
	}, 120_000);
});

describe('a paper of nested quotes (#40)', () => {
	it('100 KB of > is drawn flat, never overflowing the stack: papers read prints it, exit 0', async () => {
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'papers'));
		fs.writeFileSync(path.join(home, 'papers', '2601.00001.md'), `${'>'.repeat(100_000)} the end of it\n`);
		fs.writeFileSync(
			path.join(home, 'papers', '2601.00002.md'),
			Array.from({length: 1000}, (_, i) => `${'>'.repeat(i * 3)} line ${i}`).join('\n'),
		);
		const env = {PAPERS_HOME: home, PAPERS_OFFLINE: '1'};
		const deep = await runCli(['read', '2601.00001'], {env});
		expect(deep).toMatchObject({code: 0, stderr: ''});
		expect(deep.stdout).toContain('the end of it');
		const stairs = await runCli(['read', '2601.00002'], {env});
		expect(stairs.code).toBe(0);
		expect(Math.max(...stairs.stdout.split('\n').map((l) => (l.match(/│/g) ?? []).length))).toBeLessThanOrEqual(50);
	}, 120_000);
});

describe('Zotero (#40)', () => {
	it('items carry no control or bidi characters, and a redirect from the connector is not followed', async () => {
		const hostile = makePaper({
			id: '2601.00001',
			title: 'Evil \u001b]0;pwned\u0007 \u202etitle',
			abstract: 'An \u009b2J abstract\u2066.',
			authors: ['Ada \u001b[31mLovelace'],
		});
		const item = JSON.stringify(zoteroItem(hostile, 0));
		expect(item).not.toMatch(/\\u001b|\\u0007|[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
		let hits = 0;
		const elsewhere = http.createServer((_req, res) => {
			hits++;
			res.end('Zotero is running');
		});
		await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
		const away = http.createServer((_req, res) => {
			res.writeHead(302, {location: `http://127.0.0.1:${(elsewhere.address() as {port: number}).port}/connector/ping`});
			res.end();
		});
		await new Promise<void>((resolve) => away.listen(0, '127.0.0.1', resolve));
		try {
			const url = `http://127.0.0.1:${(away.address() as {port: number}).port}`;
			await expect(sendToZotero([hostile], {PAPERS_ZOTERO_URL: url})).rejects.toThrow(/Zotero is not running/);
			expect(hits).toBe(0);
		} finally {
			away.close();
			elsewhere.close();
		}
	});
});

describe('your commands (#40)', () => {
	it('get an id only of a known shape, and a NUL in a title is said, not thrown', async () => {
		expect(placeholderValues(makePaper({id: '-rf', title: 't'})).id).toBe('');
		expect(placeholderValues(makePaper({id: '--output=/etc/x', title: 't'})).id).toBe('');
		expect(placeholderValues(makePaper({id: '2601.00001', title: 't'})).id).toBe('2601.00001');
		const command = {key: {input: 'X', label: 'X'}, argv: ['/bin/echo', '--', '{title}'], label: 'echo', stdin: null, foreground: false};
		const said = await runInBackground(command as never, [makePaper({title: 'a\u0000b'})], process.env);
		expect(said).toBe("echo: not run: a value filled in from the paper holds a NUL character, which no program's arguments can");
		const fine = await runInBackground(command as never, [makePaper({title: '-rf title'})], process.env);
		// echo prints its -- too: the title reached it as one word, after it.
		expect(fine).toBe('echo: -- -rf title · exit 0');
	});
});

describe('messages that mislead (#40)', () => {
	it('say the version as it is written, announced marks as announced, and no bidi on stderr', async () => {
		const env = {PAPERS_HOME: storeHome({'2026-01-05': 1}), PAPERS_OFFLINE: '1'};
		const doc = writeTemp('v.json', JSON.stringify({format: 'papers-library', version: '1', lists: {}, notes: {}, tags: {}}));
		const run = await runCli(['lists', 'import', doc], {env});
		expect(run.stderr).toContain('its version is "1", and this papers reads version 1 (the number)');
		const file = path.join(env.PAPERS_HOME, 'announced.txt');
		fs.writeFileSync(file, '\u0000\u0001 binary\n');
		expect(readSeen(file, 'announced').notice).toMatch(/was not a list of announced papers/);
		const bidi = await runCli(['--list', 'a\u202eb'], {env});
		expect(bidi.stderr).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
	});
});

describe('a store that is a file (#40)', () => {
	it('is said, not hidden behind the sample', async () => {
		const home = tempHome();
		fs.writeFileSync(path.join(home, 'digests'), 'not a folder');
		const run = await runCli(['--json'], {env: {PAPERS_HOME: home, PAPERS_OFFLINE: '1'}});
		expect(run.code).toBe(0);
		expect(run.stderr).toContain(
			`papers: warning: ${path.join(home, 'digests')}: is a file, not a folder: papers keeps no days until it is moved away\n`,
		);
	});
});

describe("conf's leftovers (#40)", () => {
	it('temp files a killed write left beside config.json go with the next save', async () => {
		const env = {PAPERS_HOME: storeHome({'2026-01-05': 1}), PAPERS_OFFLINE: '1'};
		const left = path.join(env.PAPERS_HOME, 'config.json.tmp-1733500000abc123');
		fs.writeFileSync(left, '{"half":');
		await runCli(['--save', 'later'], {env});
		expect(fs.existsSync(left)).toBe(false);
		expect(fs.readdirSync(env.PAPERS_HOME).filter((n) => n.includes('.tmp-'))).toEqual([]);
	});
});

describe('lists rm on a full disk (#40)', () => {
	it('refuses, and leaves no empty copy behind', async () => {
		const dir = tempHome();
		const real = fs.writeFileSync;
		const full = vi.spyOn(fs, 'writeFileSync').mockImplementation((file, _data, options) => {
			real(file, '', options as Parameters<typeof real>[2]);
			throw Object.assign(new Error('ENOSPC: no space left on device'), {code: 'ENOSPC'});
		});
		try {
			const raw = {later: [{paper: {id: '2601.00001', title: 'A'}, savedAt: '2026-01-05T00:00:00Z', read: false}]};
			expect(() => removeList(raw as never, 'later', dir, new Date('2026-01-05T00:00:00Z'))).toThrow('ENOSPC');
			expect(Object.keys(raw)).toEqual(['later']);
		} finally {
			full.mockRestore();
		}
		expect(fs.readdirSync(path.join(dir, REMOVED_FOLDER))).toEqual([]);
	});
});

describe('a write that fails (#40)', () => {
	it('names the file meant, never the temp file on the way to it', async () => {
		const dir = tempHome();
		const file = path.join(dir, 'day.json');
		fs.mkdirSync(file);
		const failed = await writeFileAtomic(file, 'x').catch((error: Error) => error);
		expect(String(failed)).toContain(`cannot write ${file}:`);
		expect(String(failed)).not.toMatch(/papers-[0-9a-f-]+\.tmp/);
		expect(fs.readdirSync(dir)).toEqual(['day.json']);
	});
});

describe('settings messages (#40)', () => {
	it('carry no bidi or control characters into the footer', async () => {
		const {problems} = await readSettingsText('"evil\u202ekey" = 1\n');
		expect(problemsLine('/h/settings.toml', problems)).not.toMatch(/[\u202a-\u202e\u0000-\u001f]/);
	});
});
