// npm test: the build first (the terminal tests run dist/), then the checks and the suite side by side. The checks
// are three single-threaded processes and the suite spends much of its time waiting on terminals and servers, so
// together they finish sooner than one after the other. The checks' output is held and printed after the suite's.
import {spawn} from 'node:child_process';

const run = (command, args, stdio) =>
	new Promise((resolve) => {
		const child = spawn(command, args, {stdio});
		let output = '';
		child.stdout?.on('data', (d) => (output += d));
		child.stderr?.on('data', (d) => (output += d));
		child.on('close', (code, signal) => resolve({code: code ?? (signal ? 1 : 0), output}));
	});

// `npm test -- --quick`: the suite without its slowest files (vitest.config.ts SLOW), for a run between changes; CI
// and a plain `npm test` run them all.
const quick = process.argv.includes('--quick');
const args = process.argv.slice(2).filter((a) => a !== '--quick');
const build = await run(process.execPath, ['scripts/build.mjs'], 'inherit');
if (build.code !== 0) process.exit(build.code);

const [checks, suite] = await Promise.all([
	run(process.execPath, ['scripts/checks.mjs'], ['ignore', 'pipe', 'pipe']),
	// Without the slow files' waits on terminals and servers, three files at once beat four here (the checks fill the rest).
	run(
		'node_modules/.bin/vitest',
		['run', ...(quick ? ['--project', 'unit', '--project', 'terminal', '--maxWorkers=3'] : []), ...args],
		'inherit',
	),
]);
process.stdout.write(checks.output);
process.exitCode = checks.code !== 0 || suite.code !== 0 ? 1 : 0;
