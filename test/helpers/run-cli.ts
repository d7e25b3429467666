import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {Writable} from 'node:stream';
import {readArgs} from '../../source/cli/args.js';
import {main} from '../../source/cli/main.js';
import {apiItem} from './api-server.js';
import {ROOT} from './fixtures.js';
import {tempDir} from './temp.js';

export const CLI = path.join(ROOT, 'dist', 'cli.js');

export type Run = {
	code: number | null;
	stdout: string;
	stderr: string;
	/** The signal that ended it, when one did. */ signal?: NodeJS.Signals | null;
};

/** A fresh PAPERS_HOME per test: nothing a test saves or fetches reaches the user's own. */
export function tempHome(): string {
	return tempDir('papers-test-');
}

/** What a child printed and how it ended. */
function collect(child: ChildProcess): Promise<Run> {
	return new Promise((resolve, reject) => {
		let stdout = '';
		let stderr = '';
		child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d));
		child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d));
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({code, stdout, stderr, signal}));
	});
}

/** Runs the built binary as a user would (stdin closed unless input is given), and collects what it printed. */
export function runBinary(
	args: readonly string[],
	options: {env?: NodeJS.ProcessEnv; input?: string; cwd?: string; noTerminal?: boolean} = {},
): Promise<Run> {
	const child = spawn(process.execPath, [CLI, ...args], {
		cwd: options.cwd ?? ROOT,
		env: {...process.env, PAPERS_HOME: tempHome(), NO_COLOR: '1', ...options.env},
		stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
		// A new session has no controlling terminal: /dev/tty cannot be opened, as on a server or in cron.
		detached: options.noTerminal ?? false,
	});
	const run = collect(child);
	if (options.input !== undefined) child.stdin!.end(options.input);
	return run;
}

/** Runs a shell pipeline, for what only a real pipe shows (FIFO stdin, a reader that leaves early). */
export function runShell(script: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
	return collect(
		spawn('bash', ['-c', script], {
			cwd: ROOT,
			env: {...process.env, PAPERS_HOME: tempHome(), CLI, ...env},
			stdio: ['ignore', 'pipe', 'pipe'],
		}),
	);
}

export function writeTemp(name: string, content: string): string {
	const dir = tempDir('papers-input-');
	const file = path.join(dir, name);
	fs.mkdirSync(path.dirname(file), {recursive: true});
	fs.writeFileSync(file, content);
	return file;
}

/** A small page-text digest written for the tests: n papers on one day. */
export function pageDigest(n: number, day = 'Jan 5, 2026', prefix = 'Paper'): string {
	const blocks = Array.from(
		{length: n},
		(_, i) =>
			`${prefix} ${i + 1}: On Things\n\nAbstract of ${prefix.toLowerCase()} ${i + 1}.\n\n  • ${i + 1} authors\n·\n${day} ${n - i}\n`,
	);
	return `Daily Papers\n\n${blocks.join('\n')}`;
}

/** A stream that keeps what is written to it. */
class Capture extends Writable {
	text = '';
	override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void) {
		this.text += String(chunk);
		done();
	}
}

export type RunOptions = {
	env?: NodeJS.ProcessEnv;
	/** Piped standard input. */
	input?: string;
	/** Today, as PAPERS_TODAY would say. */
	today?: string;
	/** Retries per request (3 unless given). */
	retries?: number;
};

/**
 * Runs papers in this process, through main with test streams, as cli.tsx would with these arguments: the same
 * flag parsing, the same output and exit code, without starting node. Never opens the browser (it prints instead).
 */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
	const cli = await readArgs(args);
	const stdout = new Capture();
	const stderr = new Capture();
	const env = {PAPERS_HOME: tempHome(), NO_COLOR: '1', ...options.env};
	const stdin = options.input === undefined ? {piped: false, read: async () => ''} : {piped: true, read: async () => options.input!};
	const code = await main(cli.input, cli.flags, cli.given, {
		stdout,
		stderr,
		env,
		stdin,
		terminal: false,
		today: options.today,
		retryBaseMs: 10,
		retries: options.retries,
	});
	return {code, stdout: stdout.text, stderr: stderr.text};
}

/** An API digest file of these papers (a day's answer as /api/daily_papers gives it), dated 2026-01-05 unless given. */
export function apiDigest(
	papers: Array<{id: string; title?: string; summary?: string; authors?: string[]; upvotes?: number; publishedAt?: string}>,
): string {
	const items = papers.map((p) => ({
		paper: {
			id: p.id,
			title: p.title ?? `Paper ${p.id}`,
			summary: p.summary ?? 'S.',
			authors: (p.authors ?? []).map((name) => ({name})),
			upvotes: p.upvotes ?? 1,
			...(p.publishedAt ? {publishedAt: p.publishedAt} : {}),
		},
		publishedAt: '2026-01-05T00:00:00Z',
	}));
	return writeTemp('d.json', JSON.stringify(items));
}

/** A home whose store holds these days, each with `n` papers (upvotes n down to 1, ids of their own day). */
export function storeHome(days: Record<string, number>, home = tempHome()): string {
	fs.mkdirSync(path.join(home, 'digests'), {recursive: true});
	for (const [day, n] of Object.entries(days)) {
		const items = Array.from({length: n}, (_, i) => {
			const item = apiItem(day, i + 1, n - i);
			return {...item, paper: {...item.paper, id: `${day.slice(2, 4)}${day.slice(5, 7)}.${day.slice(8)}${i + 1}`}};
		});
		fs.writeFileSync(path.join(home, 'digests', `${day}.json`), JSON.stringify(items));
	}
	return home;
}
