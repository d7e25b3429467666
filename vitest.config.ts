import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		setupFiles: ['test/setup.ts'],
		testTimeout: 20_000,
		hookTimeout: 30_000,
		// vitest leaves one core free by default, which on a 2-core machine means one file at a time; the suite waits
		// mostly on child processes and servers, so two files at once keep both cores busy.
		maxWorkers: 2,
		// Threads start faster than forked processes; the tests that need a process of their own spawn the binary.
		pool: 'threads',
	},
});
