// What each chunk of dist/ costs to evaluate on its own: its static imports are loaded first, in the same fresh
// process, then the chunk is timed alone (compile, link, top-level code). Median of a few processes each.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const OWN_TIME = `
const [warm, deps, target] = JSON.parse(process.argv[1]);
// The loader's first file (reading package.json for the module type, its own set-up) is no chunk's cost.
await import(warm);
for (const dep of deps) await import(dep);
const t = performance.now();
await import(target);
process.stdout.write(String(performance.now() - t));
`;

/** The chunks' own evaluation times, on `node` (a path), from build/meta.json; answers rows, slowest first. */
export function chunkCosts(root, node, runs = 5) {
	const meta = JSON.parse(fs.readFileSync(path.join(root, 'build', 'meta.json'), 'utf8'));
	const outputs = meta.outputs;
	const staticOf = (chunk) => outputs[chunk].imports.filter((i) => i.kind === 'import-statement' && outputs[i.path]).map((i) => i.path);
	const closure = (start) => {
		const seen = new Set();
		const go = (chunk) => {
			if (seen.has(chunk)) return;
			seen.add(chunk);
			for (const next of staticOf(chunk)) go(next);
		};
		go(start);
		return seen;
	};
	const entryOf = (source) => Object.keys(outputs).find((o) => outputs[o].entryPoint === source);
	// What runs before the first frame: cli.js's imports, the command line (meow), and the browser's opening.
	const firstFrame = new Set(
		['dist/cli.js', entryOf('source/cli/run.ts'), entryOf('source/cli/browse.ts')].filter(Boolean).flatMap((c) => [...closure(c)]),
	);
	firstFrame.delete('dist/cli.js');
	const warm = path.join(root, 'build', 'warm-up.js');
	fs.writeFileSync(warm, 'export default 0;\n');
	const rows = [];
	for (const chunk of Object.keys(outputs)) {
		if (chunk === 'dist/cli.js') continue;
		const deps = [...closure(chunk)].filter((c) => c !== chunk).map((c) => pathToFileURL(path.join(root, c)).href);
		const times = [];
		for (let i = 0; i < runs; i++) {
			const out = spawnSync(
				node,
				[
					'--input-type=module',
					'-e',
					OWN_TIME,
					JSON.stringify([pathToFileURL(warm).href, deps, pathToFileURL(path.join(root, chunk)).href]),
				],
				{
					encoding: 'utf8',
					env: {...process.env, CI: 'false'},
				},
			);
			times.push(Number(out.stdout));
		}
		const holds = Object.keys(outputs[chunk].inputs)
			.sort((a, b) => outputs[chunk].inputs[b].bytesInOutput - outputs[chunk].inputs[a].bytesInOutput)
			.slice(0, 2)
			.map((f) => f.replace(/^node_modules\//, '').replace(/^source\//, ''));
		rows.push({
			chunk: path.basename(chunk),
			kb: outputs[chunk].bytes / 1024,
			ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)],
			holds: holds.join(', '),
			firstFrame: firstFrame.has(chunk),
		});
	}
	return rows.sort((a, b) => b.ms - a.ms);
}
