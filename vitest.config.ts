import {defineConfig} from 'vitest/config';

/**
 * The slowest files, the costly proofs: the journey matrix (every command, three ways, three homes), the longer walks
 * through a real terminal (a morning, settings, searches, manners, a hostile terminal, refresh keys, the note
 * editor), papers mcp's servers, a store of 150,000 papers, the kills at fault points, text built to freeze a
 * renderer, the patches against upstream on generated inputs, and the package packed and installed. CI and a plain
 * `npm test` run them; `npm test -- --quick` leaves them out, keeping every unit test and the terminal's basics (the
 * first frame, keys and quitting, escapes, mcp's tools): under a minute, for a run between changes.
 */
const SLOW = [
	'test/e2e/journeys.test.ts',
	'test/e2e/morning.test.ts',
	'test/e2e/settings.test.ts',
	'test/e2e/first-search.test.ts',
	'test/e2e/remote-search.test.ts',
	'test/e2e/terminal-manners.test.ts',
	'test/e2e/hostile-terminal.test.ts',
	'test/e2e/refresh-keys.test.ts',
	'test/e2e/edges.test.ts',
	'test/e2e/note-editor.test.ts',
	'test/mcp/serving.test.ts',
	'test/cli/hostile-input.test.ts',
	'test/fault-injection.test.ts',
	'test/edges/full-device.test.ts',
	'test/adversarial-text.test.ts',
	'test/patches/upstream.test.ts',
	'test/package.test.ts',
];

const shared = {
	setupFiles: ['test/setup.ts'],
	testTimeout: 20_000,
	hookTimeout: 30_000,
};

export default defineConfig({
	test: {
		// vitest leaves one core free by default, which on a 2-core machine means one file at a time. The suite waits
		// mostly on child processes, servers and timeouts, so four files at once keep both cores busy (three left
		// them idle a sixth of the run).
		maxWorkers: 4,
		// The transformed modules are kept on disk between runs (under node_modules/.experimental-vitest-cache): a run
		// after a small change transforms only what changed.
		experimental: {fsModuleCache: true},
		projects: [
			// Threads start faster than forked processes, for everything but the pseudo-terminal tests: node-pty's
			// native addon can abort the whole run when a worker thread holding it is torn down.
			// Not isolated: the test files share their imports (Ink, React) instead of loading them once each; no test
			// mocks a module or leaves global state behind (test/setup.ts sets the environment once for all).
			{
				test: {
					...shared,
					name: 'unit',
					include: ['test/**/*.test.{ts,tsx}'],
					exclude: ['test/e2e/**', 'test/mcp/**', ...SLOW],
					pool: 'threads',
					isolate: false,
				},
			},
			// A pty test's own waits give up at 20 s with the screen in the message; the test itself gets longer, so on a
			// loaded machine a slow start is waited out, and a real hang says what was on the screen.
			// Forks not isolated either: each fork loads node-pty, xterm and the helpers once for all the files it runs.
			// papers mcp's tests start the built server (the SDK's client spawns it) several times each: under load, a start
			// takes seconds, so they get the terminal tests' time too.
			{
				test: {
					...shared,
					testTimeout: 45_000,
					name: 'terminal',
					include: ['test/e2e/**/*.test.{ts,tsx}', 'test/mcp/**/*.test.ts'],
					exclude: SLOW,
					pool: 'forks',
					isolate: false,
				},
			},
			// The slowest files, in forks with the terminal tests' time: hostile-input's 150,000 papers and the generated
			// inputs are CPU, the others child processes.
			{test: {...shared, testTimeout: 45_000, name: 'slow', include: SLOW, pool: 'forks', isolate: false}},
		],
	},
});
