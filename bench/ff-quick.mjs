// A quick timer for trying node flags and start-up changes (not part of npm run bench; its figures are the ones that
// count): node bench/ff-quick.mjs RUNS HOME -- NODE_FLAGS... prints the median first frame on the sample and on
// HOME's store (an archive bench/workloads.ts wrote), beside node -e 0, and the peak RSS after 200 j there.
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';
import fs from 'node:fs';
import path from 'node:path';
import {spawnSync} from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 9);
const store = process.argv[3];
const dash = process.argv.indexOf('--');
const flags = dash < 0 ? [] : process.argv.slice(dash + 1);
const node = process.env.BENCH_NODE ?? process.execPath;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

function session(home) {
	const term = new xterm.Terminal({cols: 120, rows: 40, allowProposedApi: true});
	const started = performance.now();
	const child = pty.spawn(node, [...flags, path.join(root, 'dist', 'cli.js'), '--offline'], {
		name: 'xterm-256color',
		cols: 120,
		rows: 40,
		cwd: root,
		env: {...process.env, PAPERS_HOME: home, TERM: 'xterm-256color'},
	});
	let framed = null;
	child.onData((data) =>
		term.write(data, () => {
			let text = '';
			for (let i = 0; i < term.rows; i++) text += term.buffer.active.getLine(i)?.translateToString(true) ?? '';
			if (framed === null && /▲ \d+/.test(text) && text.includes('── ')) framed = performance.now() - started;
		}),
	);
	return {
		child,
		framed: async () => {
			while (framed === null) await pause(2);
			return framed;
		},
	};
}

const sample = [];
const big = [];
const bare = [];
for (let i = 0; i < runs; i++) {
	const a = session('/tmp/ff-quick-home');
	sample.push(await a.framed());
	a.child.kill();
	if (store) {
		const b = session(store);
		big.push(await b.framed());
		b.child.kill();
	}
	const t = performance.now();
	spawnSync(node, ['-e', '0']);
	bare.push(performance.now() - t);
}
let rss = '';
if (store) {
	const s = session(store);
	await s.framed();
	await pause(3000);
	for (let i = 0; i < 200; i++) {
		s.child.write('j');
		await pause(15);
	}
	await pause(500);
	rss = ` · peak RSS ${(fs.readFileSync(`/proc/${s.child.pid}/status`, 'utf8').match(/VmHWM:\s+(\d+)/)[1] / 1024) | 0} MB`;
	s.child.kill();
}
const b = median(bare);
console.log(
	`sample ${median(sample).toFixed(0)} ms (${(median(sample) / b).toFixed(2)}×)` +
		(store ? ` · store ${median(big).toFixed(0)} ms (${(median(big) / b).toFixed(2)}×)` : '') +
		` · node -e 0 ${b.toFixed(0)} ms${rss}  [${flags.join(' ')}]`,
);
