// The type check, the linter and the formatter at once: each is one process, and together they fill both cores.
import {spawn} from 'node:child_process';

// Each keeps a cache under node_modules/.cache: a second run checks only what changed (a clean clone, as in CI, has none).
const checks = [
	['typecheck', 'tsc', ['--noEmit', '--incremental', '--tsBuildInfoFile', 'node_modules/.cache/papers/tsbuildinfo']],
	['lint', 'eslint', ['--cache', '--cache-location', 'node_modules/.cache/papers/eslint', '.']],
	['format', 'prettier', ['--check', '--cache', '--log-level', 'warn', '.']],
];
const results = await Promise.all(
	checks.map(
		([name, command, args]) =>
			new Promise((resolve) => {
				const child = spawn(`node_modules/.bin/${command}`, args, {stdio: ['ignore', 'pipe', 'pipe']});
				let output = '';
				child.stdout.on('data', (d) => (output += d));
				child.stderr.on('data', (d) => (output += d));
				child.on('close', (code) => resolve({name, code, output}));
			}),
	),
);
for (const {name, code, output} of results) {
	if (output.trim()) process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
	console.log(`${code === 0 ? 'ok' : 'FAILED'}: ${name}`);
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
