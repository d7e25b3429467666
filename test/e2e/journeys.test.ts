import fs from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {COMMAND_DOCS, type CommandName} from '../../source/cli/command-table.js';
import {dayItems, paperRecord, searchItem, startApiServer, type ApiServer} from '../helpers/api-server.js';
import {startPty} from '../helpers/pty.js';
import {CLI, runBinary, runCli, tempHome, type Run} from '../helpers/run-cli.js';
import os from 'node:os';

/*
 * The journey matrix: every command of the command table, run as users meet papers — on a terminal (a pty), through
 * a pipe (a terminal there, stdout a pipe), and with no terminal at all (a new session, stdin closed: cron, a
 * script, an agent) — in an empty home, on the bundled sample, and on a store. Each run: the exit code the row says,
 * stdout only the answer, stderr only one-line notes, never a stack trace. A new command is covered by a row here.
 */

type Home = 'empty' | 'sample' | 'store';
type Mode = 'terminal' | 'pipe' | 'none';

type Journey = {
	command: CommandName;
	args: string[];
	/** The exit code, by home (0 where not named). */
	code?: Partial<Record<Home, number>>;
	/** On a terminal, where a screen opens and q leaves it: the exit code, whatever failed inside (0 where not named). */
	screenCode?: number;
	/** What stdout holds when it is not a terminal, by home (any home where not named). */
	answer?: Partial<Record<Home | 'any', RegExp>>;
	/** On a terminal it opens a screen: shown when this is on it, left with q. */
	screen?: RegExp;
	/** The exit code when standard input is a terminal (a server for programs, started by hand). */
	ttyCode?: number;
};

const ID = '2601.05001';
const JOURNEYS: Journey[] = [
	{command: 'browse', args: [], screen: /papers · /, answer: {store: /Paper 1 of 2026-01-05/}},
	{command: 'browse', args: ['--json'], answer: {any: /^\[/}},
	{command: 'browse', args: ['--today', '--print'], answer: {store: /Paper 1 of 2026-01-05/}},
	{command: 'browse', args: ['--new', '--print'], answer: {store: /Paper 1 of 2026-01-05/}},
	// Offline (the sample's home) fetching is a usage error: PAPERS_OFFLINE=1 said not to.
	{command: 'fetch', args: ['fetch', '--days', '2'], answer: {any: /2026-01-05/}, code: {sample: 2}},
	{command: 'fetch', args: ['fetch', '--trending'], answer: {any: /^trending {2}50 papers\n$/}, code: {sample: 2}},
	{command: 'lists', args: ['lists'], answer: {store: /^later +1 paper, 1 unread\n$/}},
	{command: 'lists', args: ['lists', 'export'], answer: {any: /"format": "papers-library"/}},
	// No list has a collection: said on stderr, nothing asked of the site. Offline (the sample's home), a usage error.
	{command: 'lists', args: ['lists', 'sync'], answer: {any: /^$/}, code: {sample: 2}},
	// The empty home's site has not indexed the paper: 404, one line, exit 1.
	{command: 'read', args: ['read', ID], screen: /papers · /, answer: {any: /The text of 2601\.05001/}, code: {sample: 1, empty: 1}},
	{command: 'similar', args: ['similar', ID], code: {empty: 1, sample: 1}},
	{command: 'watch', args: ['watch']},
	{command: 'search', args: ['search', 'world'], screen: /papers · /, answer: {store: /A World Model/}, code: {sample: 2}},
	{command: 'info', args: ['info', ID], answer: {store: /Record of 2601\.05001/, empty: /not indexed/}, code: {sample: 1}},
	// The sample's home is offline with nothing kept; the empty home's site has no discussion of the paper.
	{command: 'comments', args: ['comments', ID], answer: {store: /^1 comment on 2601\.05001/}, code: {sample: 1, empty: 1}},
	{command: 'note', args: ['note', ID, 'worth a read']},
	{command: 'tag', args: ['tag', ID, '+later'], answer: {any: /^2601\.05001: #later\n$/}},
	{command: 'tags', args: ['tags']},
	// No Zotero listening: one line that says so, exit 1.
	{command: 'zotero', args: ['zotero', '--date', '2026-01-05'], code: {store: 1}},
	{command: 'pdf', args: ['pdf', ID], answer: {any: /2601\.05001\.pdf/}, code: {sample: 1, empty: 1}},
	{command: 'config', args: ['config', 'path'], answer: {any: /settings\.toml/}},
	{command: 'keys', args: ['keys'], answer: {any: /next paper/}},
	// A server for MCP clients: started by hand on a terminal it says so (exit 2); with stdin closed it ends, exit 0.
	{command: 'mcp', args: ['mcp'], ttyCode: 2, answer: {any: /^$/}},
	{command: 'completion', args: ['completion', 'bash'], answer: {any: /complete/}},
	{command: 'browse', args: ['--help'], answer: {any: /Usage/}},
	{command: 'browse', args: ['version'], answer: {any: /^\d+\.\d+\.\d+\n$/}},
];

let site: ApiServer;
// The journeys run side by side: their folders are this file's own, not the per-test ones test/setup.ts removes after
// each test (which would take another journey's from under it).
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-journeys-'));
let made = 0;
const folder = () => fs.mkdirSync(path.join(root, String(made++)), {recursive: true})!;
const homes = {} as Record<Home, NodeJS.ProcessEnv>;

beforeAll(async () => {
	const days = {'2026-01-05': dayItems('2026-01-05', 3), '2026-01-02': dayItems('2026-01-02', 2)};
	site = await startApiServer({
		days,
		search: {world: [searchItem('2401.00009', 'A World Model', 'World')]},
		records: {[ID]: paperRecord(ID, {models: 1})},
		papers: {[ID]: `# Paper\n\nThe text of ${ID}.\n`},
		pdfs: {[ID]: '%PDF-1.4\na paper\n%%EOF\n'},
		comments: {[ID]: [{id: 'c1', author: {name: 'alice'}, createdAt: '2026-01-05T10:00:00Z', data: {latest: {raw: 'Nice.'}}}]},
	});
	const common = {
		PAPERS_API_URL: site.url,
		PAPERS_ARXIV_URL: site.url,
		PAPERS_TODAY: '2026-01-05',
		PAPERS_ZOTERO_URL: 'http://127.0.0.1:9',
	};
	// An empty home that reaches the site, which has nothing for it; the sample, offline; a store with a list.
	const empty = await startApiServer({});
	homes.empty = {...common, PAPERS_HOME: tempHome(), PAPERS_API_URL: empty.url, PAPERS_ARXIV_URL: empty.url};
	closers.push(empty);
	homes.sample = {...common, PAPERS_HOME: tempHome(), PAPERS_OFFLINE: '1'};
	const store = tempHome();
	fs.mkdirSync(path.join(store, 'digests'));
	for (const [day, items] of Object.entries(days)) fs.writeFileSync(path.join(store, 'digests', `${day}.json`), JSON.stringify(items));
	homes.store = {...common, PAPERS_HOME: store};
	await runCli(['--date', '2026-01-05', '--search', 'Paper 1', '--save', 'later'], {env: homes.store});
});
const closers: ApiServer[] = [];
afterAll(async () => {
	await Promise.all([site, ...closers].map((s) => s.close()));
	fs.rmSync(root, {recursive: true, force: true, maxRetries: 3});
});

/**
 * A run in a pseudo-terminal, stdout on it or into a pipe, stderr kept in a file; keys to leave a screen when one
 * opens. The exit code is the pty's own (node-pty can lose the last bytes a child wrote as it ends, not its code).
 */
async function inPty(
	args: string[],
	env: NodeJS.ProcessEnv,
	mode: 'terminal' | 'pipe',
	screen?: RegExp,
): Promise<Run & {screen: string; opened: boolean}> {
	const dir = folder();
	const words = args.map((a) => `'${a.replaceAll("'", `'\\''`)}'`).join(' ');
	const command =
		mode === 'terminal'
			? `exec node '${CLI}' ${words} 2>'${dir}/err'`
			: `node '${CLI}' ${words} 2>'${dir}/err' | cat >'${dir}/out'; exit \${PIPESTATUS[0]}`;
	const s = startPty(command, {env: {...env, HOME: env.PAPERS_HOME}});
	try {
		let ended: number | null = null;
		void s.exited.then((code) => (ended = code));
		let opened = false;
		if (screen) {
			await s.waitFor(() => screen.test(s.screen()) || ended !== null);
			opened = ended === null;
			if (opened) s.child.write('q');
		}
		const code = await s.exited;
		const read = (name: string) => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8') : '');
		return {code, stdout: read('out'), stderr: read('err'), screen: s.raw(), opened};
	} finally {
		s.child.kill();
	}
}

const STACK = /^\s+at .+[:(]\d+/m;

function checkOutput(run: Run & {opened?: boolean}, journey: Journey, home: Home, mode: Mode) {
	const where = `${journey.args.join(' ') || '(no arguments)'} · ${home} · ${mode}`;
	const code = run.opened
		? (journey.screenCode ?? 0)
		: mode !== 'none' && journey.ttyCode !== undefined
			? journey.ttyCode
			: (journey.code?.[home] ?? 0);
	expect(run.code, `${where}: exit code\n${run.stderr}`).toBe(code);
	expect(run.stderr, where).not.toMatch(STACK);
	// Every note is one line of papers' own.
	for (const line of run.stderr.split('\n').filter(Boolean)) expect(line, where).toMatch(/^papers: /);
	if (mode === 'terminal') return;
	expect(run.stdout, where).not.toMatch(STACK);
	// A pipe gets the answer, never the browser's screen.
	expect(run.stdout, where).not.toMatch(/\u001b\[\?1049h/);
	// Through a pipe with a terminal there, a screen opens on the terminal, and q leaves nothing on stdout (fzf's way).
	const answer = run.code === 0 && !run.opened ? (journey.answer?.[home] ?? journey.answer?.any) : undefined;
	if (answer) expect(run.stdout, where).toMatch(answer);
}

describe('every command, everywhere users run it', () => {
	it('the table has a row for every command', () => {
		const covered = new Set(JOURNEYS.map((j) => j.command));
		expect(COMMAND_DOCS.map((d) => d.name).filter((name) => !covered.has(name))).toEqual([]);
	});

	for (const home of ['store', 'sample', 'empty'] as const)
		describe.concurrent(`in the ${home} home`, () => {
			for (const journey of JOURNEYS)
				it(`papers ${journey.args.join(' ')}`, async () => {
					// Each home is a copy, so that what one journey writes (a note, a fetched day) is not another's start.
					const env = {...homes[home], PAPERS_HOME: copyHome(homes[home].PAPERS_HOME!)};
					const none = await runBinary(journey.args, {env, noTerminal: true});
					checkOutput(none, journey, home, 'none');
					const piped = await inPty(journey.args, {...env, PAPERS_HOME: copyHome(homes[home].PAPERS_HOME!)}, 'pipe', journey.screen);
					checkOutput(piped, journey, home, 'pipe');
					const terminal = await inPty(journey.args, {...env, PAPERS_HOME: copyHome(homes[home].PAPERS_HOME!)}, 'terminal', journey.screen);
					checkOutput(terminal, journey, home, 'terminal');
					expect(terminal.screen).not.toMatch(STACK);
				});
		});
});

function copyHome(home: string): string {
	const copy = folder();
	fs.cpSync(home, copy, {recursive: true});
	return copy;
}
