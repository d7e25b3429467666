import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import {afterEach, vi} from 'vitest';
import {ROOT} from './fixtures.js';

/** A real pseudo-terminal running a shell command, and the screen a user would see on it. */
export function startPty(command: string, options: {env?: NodeJS.ProcessEnv; cols?: number; rows?: number} = {}) {
	const cols = options.cols ?? 100;
	const rows = options.rows ?? 30;
	const term = new xterm.Terminal({cols, rows, allowProposedApi: true});
	const env = {...process.env, NO_COLOR: '1', TERM: 'xterm-256color', ...options.env} as Record<string, string>;
	// Ink renders only the last frame when it believes it runs in CI.
	delete env.CI;
	// A variable given as undefined is one the test wants unset (FORCE_COLOR, which the test setup sets to 0).
	for (const [name, value] of Object.entries(env)) if (value === undefined) delete env[name];
	const child = pty.spawn('bash', ['--norc', '--noprofile', '-c', command], {name: 'xterm-256color', cols, rows, cwd: ROOT, env});
	let raw = '';
	child.onData((data) => {
		raw += data;
		term.write(data);
	});
	const exited = new Promise<number>((resolve) => child.onExit(({exitCode}) => resolve(exitCode)));

	const screen = () => {
		const buffer = term.buffer.active;
		const lines: string[] = [];
		for (let i = 0; i < term.rows; i++) lines.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
		return lines.join('\n');
	};
	return {
		child,
		term,
		exited,
		screen,
		raw: () => raw,
		/** Which buffer xterm shows: the alternate screen while a full-screen program runs. */
		buffer: () => term.buffer.active.type,
		async waitFor(check: string | RegExp | (() => boolean), timeout = 20_000) {
			await vi.waitFor(
				() => {
					const ok = typeof check === 'function' ? check() : typeof check === 'string' ? screen().includes(check) : check.test(screen());
					if (!ok) throw new Error(`waiting for ${String(check)} on screen:\n${screen()}`);
				},
				{timeout, interval: 25},
			);
		},
		/** Types keys, each waited for until the terminal answers it (the screen changes); one it never answers fails, with the screen. */
		async type(...keys: string[]) {
			for (const key of keys) {
				const before = raw.length;
				child.write(key);
				await vi.waitFor(
					() => {
						if (raw.length === before) throw new Error(`no answer to ${JSON.stringify(key)} on screen:\n${screen()}`);
					},
					{timeout: 20_000, interval: 10},
				);
			}
		},
	};
}

/**
 * A shell command whose shell stays open once the command has ended, until the test ends: node-pty can lose what a
 * child wrote just before the terminal closed (microsoft/node-pty#72), so a test that reads the last line a command
 * prints (an echoed exit status) keeps the terminal open rather than racing its close.
 */
export const held = (command: string) => `${command}; read -r _`;

/** startPty for one test file: every session a test opens is killed once the test ends, whatever happened to it. */
export function ptySessions(): (...args: Parameters<typeof startPty>) => ReturnType<typeof startPty> {
	const sessions: Array<ReturnType<typeof startPty>> = [];
	afterEach(() => {
		for (const s of sessions.splice(0)) {
			try {
				s.child.kill();
			} catch {
				// already gone
			}
		}
	});
	return (...args) => {
		const s = startPty(...args);
		sessions.push(s);
		return s;
	};
}
