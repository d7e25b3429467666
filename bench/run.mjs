// npm run bench: figures, not asserts. Builds, makes its own seeded archive, and measures what a user waits for.
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {build} from 'esbuild';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli.js');
// BENCH_NODE=path/to/node measures papers on that Node (the bin's `#!/usr/bin/env node` finds it first on PATH).
const benchNode = process.env.BENCH_NODE ? path.resolve(process.env.BENCH_NODE) : process.execPath;
// Colour on, as a user's terminal has it (BENCH_NO_COLOR=1 measures without): every frame's colour work counts.
const env = {...process.env, TERM: 'xterm-256color', PATH: `${path.dirname(benchNode)}${path.delimiter}${process.env.PATH}`};
delete env.CI;
delete env.FORCE_COLOR;
if (process.env.BENCH_NO_COLOR === '1') env.NO_COLOR = '1';
else delete env.NO_COLOR;

spawnSync('npm', ['run', 'build', '--silent'], {cwd: root, stdio: 'inherit'});

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-'));
/** A bench helper bundled for node, as the build bundles papers. */
async function bundleFor(entry, extra = {}) {
	const outfile = path.join(scratch, `${path.basename(entry).replace(/\.tsx?$/, '')}.mjs`);
	await build({
		entryPoints: [path.join(root, 'bench', entry)],
		outfile,
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		logLevel: 'warning',
		banner: {js: "import {createRequire as __benchRequire} from 'node:module';const require=__benchRequire(import.meta.url);"},
		...extra,
	});
	return outfile;
}
const work = await import(pathToFileURL(await bundleFor('workloads.ts')).href);
// Ink's floor: a minimal Ink app, bundled the way papers is.
const {yogaWithoutFetch} = await import(pathToFileURL(path.join(root, 'scripts', 'yoga-without-fetch.mjs')).href);
const floorApp = await bundleFor('minimal-ink.tsx', {
	minify: true,
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	alias: {'react-devtools-core': path.join(root, 'scripts', 'devtools-stub.mjs'), ws: path.join(root, 'scripts', 'devtools-stub.mjs')},
	plugins: [yogaWithoutFetch],
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const fmt = (n, digits = 0) => n.toFixed(digits);
// What the run printed, kept for --markdown (docs/performance.md holds a run on each Node line).
const printed = [];
const say = (text) => {
	printed.push(text);
	console.log(text);
};
const line = (label, value, target, ok) =>
	say(`${label.padEnd(44)} ${value.padEnd(26)} ${target ? `target ${target}` : ''}${ok === undefined ? '' : ok ? '  ✓' : '  ✗'}`);

const benchVersion = spawnSync(benchNode, ['--version'], {encoding: 'utf8'}).stdout.trim();
say(
	`papers bench · node ${benchVersion} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ''} · ${env.NO_COLOR ? 'NO_COLOR' : 'colour on'}`.trim(),
);
// fzf over the same titles, side by side, where it is installed (the Debian package fzf).
const fzfVersion = spawnSync('fzf', ['--version'], {encoding: 'utf8'}).stdout?.trim().split(' ')[0] ?? null;
if (!fzfVersion) say('(fzf is not installed here: no fzf figures beside these)');

// 1. Parse throughput.
const parse = work.parseFigures();
line('parse page text', `${fmt(parse.pageMbPerS)} MB/s`, '≥ 100 MB/s', parse.pageMbPerS >= 100);
line(
	'parse API JSON (beside JSON.parse)',
	`${fmt(parse.apiMbPerS)} MB/s (${fmt(parse.jsonParseMbPerS)})`,
	'≥ 0.5× JSON.parse',
	parse.apiMbPerS >= 0.5 * parse.jsonParseMbPerS,
);

// 2. Load + merge + group.
const archive = work.writeArchive(400);
const load = await work.loadFigure(archive.store);
line(`load + merge + group ${load.papers} papers, cold`, `${fmt(load.cold)} ms`);
line(`  again, from the store's index`, `${fmt(load.warm)} ms`);

// 2b. The search language: query time alone.
const search = await work.searchFigure(archive.store);
line(`search: fold ${search.papers} papers once`, `${fmt(search.foldMs)} ms, ~${fmt(search.indexMb)} MB`, '≤ 40 MB', search.indexMb <= 40);
line(
	`search keystroke at ${search.papers / 1000}k (query alone)`,
	`median ${fmt(median(search.keystrokes), 2)} ms, max ${fmt(Math.max(...search.keystrokes), 1)} ms`,
	'≤ 5 ms',
	median(search.keystrokes) <= 5,
);
line(`  a whole query from scratch`, `median ${fmt(median(search.fresh), 1)} ms`);

// 2b. More like this (M) and the "for you" order.
const likeness = work.likenessFigure();
line(`likeness model at ${likeness.papers / 1000}k (after the first frame)`, `${fmt(likeness.buildMs)} ms, ~${fmt(likeness.modelMb)} MB`);
line(
	`M, more like this, at ${likeness.papers / 1000}k`,
	`median ${fmt(median(likeness.asks), 1)} ms, max ${fmt(Math.max(...likeness.asks), 1)} ms`,
	'≤ 50 ms',
	Math.max(...likeness.asks) <= 50,
);
line(`for you: scores of 60 saved papers`, `${fmt(likeness.scoreMs, 1)} ms (once per lists)`);
line(`for you: re-rank a day`, `median ${fmt(median(likeness.reranks), 2)} ms`, '≤ 20 ms', median(likeness.reranks) <= 20);

// 2c. Watch rules at scale (#40): 100 rules beside one, over 50,000 papers, each from a cold start.
const rulesAtScale = work.watchRulesFigure();
line(`watch: 1 rule over ${rulesAtScale.papers / 1000}k papers, cold`, `${fmt(rulesAtScale.oneMs)} ms`);
line(
	`watch: 100 rules over ${rulesAtScale.papers / 1000}k papers, cold`,
	`${fmt(rulesAtScale.hundredMs)} ms (${fmt(rulesAtScale.hundredMs / rulesAtScale.oneMs, 1)}× one)`,
	'≤ 5× one rule',
	rulesAtScale.hundredMs <= 5 * rulesAtScale.oneMs,
);

// 3. Whole process, print path.
const wall = (args) => wallOf(benchNode, args);
function wallOf(command, args) {
	const times = [];
	for (let i = 0; i < 15; i++) {
		const t = performance.now();
		spawnSync(command, args, {env: {...env, PAPERS_HOME: archive.home + '-empty'}, stdio: ['ignore', 'ignore', 'ignore']});
		times.push(performance.now() - t);
	}
	return median(times);
}
const bare = wall(['-e', '0']);
const json = wallOf(cli, ['--json', path.join(root, 'sample', 'digest.json')]);
line('papers --json (sample), wall', `${fmt(json)} ms (node -e 0: ${fmt(bare)} ms)`, '≤ 2.0×', json <= 2 * bare);
line('  ratio', `${fmt(json / bare, 2)}×`);

// 3b. papers mcp (#36): until an MCP client has its answer to initialize, and a search_papers call on the store.
const {mcpStart, mcpSearch} = await import(pathToFileURL(path.join(root, 'bench', 'mcp.mjs')).href);
const floorMcp = await bundleFor('minimal-mcp.ts', {minify: true});
const mcpEnv = {...env, PAPERS_HOME: archive.home + '-empty'};
const starts = await mcpStart(cli, floorMcp, benchNode, mcpEnv);
line(
	'papers mcp until initialize is answered',
	`${fmt(median(starts.papers))} ms (SDK floor ${fmt(median(starts.floor))} ms)`,
	'≤ 1.3× the floor',
	median(starts.papers) <= 1.3 * median(starts.floor),
);
const mcpCalls = await mcpSearch(cli, benchNode, {...env, PAPERS_HOME: archive.home});
line(
	`search_papers at ${load.papers / 1000}k, once started (words)`,
	`median ${fmt(median(mcpCalls.calls), 1)} ms, max ${fmt(Math.max(...mcpCalls.calls), 1)} ms`,
	'median < 20 ms',
	median(mcpCalls.calls) < 20,
);
line('  a phrase in every abstract (reads them all)', `median ${fmt(median(mcpCalls.phrases), 1)} ms`);
line('  the first call (reads and indexes the store)', `${fmt(mcpCalls.first)} ms`);

// 4-6. The browser in a real pseudo-terminal.
function session(args, home, extraEnv = {}, command = cli) {
	const term = new xterm.Terminal({cols: 120, rows: 40, allowProposedApi: true});
	const started = performance.now();
	// The bin itself, as a user runs it: its #! line carries node's flags.
	const child = pty.spawn(command, args, {
		name: 'xterm-256color',
		cols: 120,
		rows: 40,
		cwd: root,
		env: {...env, PAPERS_HOME: home, ...extraEnv},
	});
	let chunks = 0;
	let bytes = 0;
	let lastAt = 0;
	const waiters = [];
	child.onData((data) => {
		chunks++;
		bytes += Buffer.byteLength(data);
		lastAt = performance.now();
		term.write(data, () => {
			for (const w of waiters.splice(0)) w();
		});
	});
	const screen = () => {
		const b = term.buffer.active;
		let text = '';
		for (let i = 0; i < term.rows; i++) text += `${b.getLine(i)?.translateToString(true) ?? ''}\n`;
		return text;
	};
	const until = (test, timeout = 20_000) =>
		new Promise((resolve, reject) => {
			const deadline = setTimeout(() => reject(new Error(`timed out; screen:\n${screen()}`)), timeout);
			const check = () => (test() ? (clearTimeout(deadline), resolve(performance.now())) : waiters.push(check));
			check();
		});
	return {child, screen, until, started, chunks: () => chunks, bytes: () => bytes, lastAt: () => lastAt};
}

async function firstFrame(args, home, runs = 5, extraEnv = {}, command = cli) {
	const times = [];
	for (let i = 0; i < runs; i++) {
		const s = session(args, home, extraEnv, command);
		const at = await s.until(() => /▲ \d+/.test(s.screen()) && s.screen().includes('── '));
		times.push(at - s.started);
		s.child.kill();
	}
	return median(times);
}

// Side by side, interleaved: papers, Ink's floor (a minimal Ink app), and node itself.
const smalls = [];
const floors = [];
const bares = [];
for (let i = 0; i < 7; i++) {
	smalls.push(await firstFrame(['--offline', archive.smallPage], archive.home, 1));
	floors.push(await firstFrame([floorApp], archive.home, 1, {}, benchNode));
	bares.push(wall(['-e', '0']));
}
const [small, floor] = [median(smalls), median(floors)];
line('first frame, 50 papers', `${fmt(small)} ms`, '≤ 1.6× node -e 0', small <= 1.6 * median(bares));
line('  beside a minimal Ink app, node -e 0', `${fmt(floor)} ms, ${fmt(median(bares))} ms`);
line('  ratio to the minimal Ink app', `${fmt(small / floor, 2)}×`);
line('  ratio to node -e 0', `${fmt(small / median(bares), 2)}×`);
const large = await firstFrame(['--offline'], archive.home);

// The morning loop: a host that takes the connection and never answers must not hold the first frame back.
const http = await import('node:http');
const hanging = http.createServer(() => {});
await new Promise((resolve) => hanging.listen(0, '127.0.0.1', resolve));
const hangingEnv = {PAPERS_API_URL: `http://127.0.0.1:${hanging.address().port}`};
const offlineFrames = [];
const hangingFrames = [];
// The same screen both ways (an empty store: the bundled sample), interleaved: offline, and a refresh left hanging.
const emptyHome = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-bench-empty-'));
for (let i = 0; i < 5; i++) {
	offlineFrames.push(await firstFrame([], emptyHome, 1, {PAPERS_OFFLINE: '1'}));
	hangingFrames.push(await firstFrame([], emptyHome, 1, hangingEnv));
}
hanging.closeAllConnections();
hanging.close();
const [offlineFrame, hangingFrame] = [median(offlineFrames), median(hangingFrames)];
line(
	'first frame, host hanging (beside offline)',
	`${fmt(hangingFrame)} ms (${fmt(offlineFrame)})`,
	'≤ 1.1× offline',
	hangingFrame <= 1.1 * offlineFrame,
);
const paper = work.readerFigure();
line(`reader: a ${paper.kb} KB paper rendered`, `${fmt(paper.ms)} ms`, '≤ 100 ms', paper.ms <= 100);
const seen = work.seenFigure();
line(
	`seen marks: ${seen.count / 1000}k ids`,
	`${fmt(seen.ms, 1)} ms, ~${fmt(seen.mb, 1)} MB`,
	'≤ 20 ms, ≤ 10 MB',
	seen.ms <= 20 && seen.mb <= 10,
);
line(`first frame, ${load.papers} papers`, `${fmt(large)} ms`, '≤ 1.6× node -e 0', large <= 1.6 * median(bares));
line('  ratio to node -e 0', `${fmt(large / median(bares), 2)}×`);
line('  ratio to the minimal Ink app', `${fmt(large / floor, 2)}×`);

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * From a key written to the last byte of the frame it causes (a frame can come in more than one write: the output is
 * followed until it has been quiet 15 ms); paced (`gap` ms after the last frame), so Ink's throttle does not count.
 */
async function keyTime(sess, key, gap = 40) {
	await pause(gap);
	const before = sess.chunks();
	const t = performance.now();
	sess.child.write(key);
	await sess.until(() => sess.chunks() > before, 5000);
	for (let quiet = sess.chunks(); ; quiet = sess.chunks()) {
		await pause(15);
		if (sess.chunks() === quiet) break;
	}
	return sess.lastAt() - t;
}

// Keys from the first frame on, while the rest of the store loads, the search index and the likeness model are
// built (in slices, between keys): 7 s covers them all at 20,000 papers here.
const early = session(['--offline'], archive.home);
await early.until(() => /▲ \d+/.test(early.screen()));
const earlyKeys = [];
while (performance.now() - early.started < 7000) earlyKeys.push(await keyTime(early, 'j', 30));
early.child.kill();
line(
	'key to frame from the first frame on (7 s)',
	`median ${fmt(median(earlyKeys), 1)} ms, max ${fmt(Math.max(...earlyKeys), 1)} ms`,
	'≤ 50 ms max',
	Math.max(...earlyKeys) <= 50,
);

/** CPU time (user + system, in clock ticks) a process has used so far. */
const cpuTicks = (pid) => {
	const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return Number(fields[11]) + Number(fields[12]);
};
/**
 * Until papers has settled: the rest of the store, the search index, the watch rules and the likeness model built
 * (the line above measures keys meanwhile). Settled is half a second without CPU time, for at most 20 s.
 */
async function settled(pid) {
	for (let quiet = 0, last = cpuTicks(pid), until = performance.now() + 20_000; quiet < 5 && performance.now() < until;) {
		await pause(100);
		const now = cpuTicks(pid);
		quiet = now === last ? quiet + 1 : 0;
		last = now;
	}
}

// Keys once settled: the steady state a reading session spends its time in.
const s = session(['--offline'], archive.home);
await s.until(() => /▲ \d+/.test(s.screen()));
await settled(s.child.pid);
const latency = (key) => keyTime(s, key);
const keys = [];
const bytesBefore = s.bytes();
for (let i = 0; i < 200; i++) keys.push(await latency('j'));
const bytesPerJ = (s.bytes() - bytesBefore) / 200;
for (let i = 0; i < 50; i++) keys.push(await latency(']'));
await latency('/');
const typing = [];
for (const ch of 'model world') typing.push(await latency(ch));
keys.push(...typing.slice(0, 5));
line(
	`keys settled (200 j, 50 ], 5 search letters)`,
	`median ${fmt(median(keys), 1)} ms, p95 ${fmt(p95(keys), 1)} ms`,
	'≤ 6 / ≤ 12 ms',
	median(keys) <= 6 && p95(keys) <= 12,
);
line(
	`search keystroke to frame at ${load.papers / 1000}k`,
	`median ${fmt(median(typing), 1)} ms, max ${fmt(Math.max(...typing), 1)} ms`,
	'≤ 8 / ≤ 20 ms max',
	median(typing) <= 8 && Math.max(...typing) <= 20,
);
const status = fs.readFileSync(`/proc/${s.child.pid}/status`, 'utf8');
s.child.kill();
// The same 200 j written as whole frames (PAPERS_INCREMENTAL=0), as Ink 6.8 had to before papers' patch of ink.js.
const whole = session(['--offline'], archive.home, {PAPERS_INCREMENTAL: '0'});
await whole.until(() => /▲ \d+/.test(whole.screen()));
await settled(whole.child.pid);
const wholeKeys = [];
const wholeBefore = whole.bytes();
for (let i = 0; i < 200; i++) wholeKeys.push(await keyTime(whole, 'j'));
const wholePerJ = (whole.bytes() - wholeBefore) / 200;
whole.child.kill();
line('bytes written per j (rows that changed)', `${fmt(bytesPerJ / 1024, 1)} KB (whole frames: ${fmt(wholePerJ / 1024, 1)} KB)`);
line('  j to frame, whole frames', `median ${fmt(median(wholeKeys), 1)} ms, p95 ${fmt(p95(wholeKeys), 1)} ms`);
if (fzfVersion) {
	// fzf over the same titles: its first frame (the count of all of them shown), a key (down), a search letter.
	const titles = path.join(archive.home, 'titles.txt');
	fs.writeFileSync(titles, await work.titlesOf(archive.store));
	const fzf = () => session(['-c', `exec fzf < '${titles}'`], archive.home, {}, '/bin/sh');
	const all = `${load.papers}/${load.papers}`;
	const frames = [];
	for (let i = 0; i < 5; i++) {
		const z = fzf();
		frames.push((await z.until(() => z.screen().includes(all))) - z.started);
		z.child.kill();
	}
	const z = fzf();
	await z.until(() => z.screen().includes(all));
	const zKeys = [];
	for (let i = 0; i < 100; i++) zKeys.push(await keyTime(z, i % 2 ? '\u001b[A' : '\u001b[B'));
	const zTyping = [];
	for (const ch of 'model world') zTyping.push(await keyTime(z, ch));
	z.child.kill();
	line(`  fzf ${fzfVersion}, the same titles: first frame`, `${fmt(median(frames))} ms`);
	line(`  fzf: key to frame (↓ ↑)`, `median ${fmt(median(zKeys), 1)} ms, p95 ${fmt(p95(zKeys), 1)} ms`);
	line(`  fzf: search keystroke to frame`, `median ${fmt(median(zTyping), 1)} ms, max ${fmt(Math.max(...zTyping), 1)} ms`);
}
// The same keys on Ink's floor: what any Ink app pays for a frame here.
const f = session([floorApp], archive.home, {}, benchNode);
await f.until(() => /▲ \d+/.test(f.screen()));
const floorKeys = [];
for (let i = 0; i < 100; i++) floorKeys.push(await keyTime(f, 'j'));
const floorStatus = fs.readFileSync(`/proc/${f.child.pid}/status`, 'utf8');
f.child.kill();
line('key to frame, a minimal Ink app (j)', `median ${fmt(median(floorKeys), 1)} ms, p95 ${fmt(p95(floorKeys), 1)} ms`);
// The reader: the same paper kept in the store's cache, read with j and PgDn.
fs.mkdirSync(path.join(archive.home, 'papers'), {recursive: true});
fs.writeFileSync(path.join(archive.home, 'papers', '2611.00001.md'), paper.markdown);
const r = session(['read', '2611.00001', '--offline'], archive.home);
await r.until(() => r.screen().includes('A Long Paper'));
const readerKeys = [];
for (let i = 0; i < 60; i++) readerKeys.push(await keyTime(r, i % 10 === 9 ? '\u001b[6~' : 'j'));
r.child.kill();
line(
	'reader: key to frame (j, PgDn)',
	`median ${fmt(median(readerKeys), 1)} ms, p95 ${fmt(p95(readerKeys), 1)} ms`,
	'≤ 16 ms median',
	median(readerKeys) <= 16,
);
const peakMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
line(`peak RSS, ${load.papers} papers in the browser`, `${fmt(peakMb)} MB`, '≤ 150 MB', peakMb <= 150);
const floorMb = Number(/VmHWM:\s+(\d+) kB/.exec(floorStatus)?.[1] ?? 0) / 1024;
line('  a minimal Ink app', `${fmt(floorMb)} MB`);
// What each chunk costs to evaluate, alone, its imports loaded first (compile, link, top-level code, and the builtins
// it is the first to load); F marks those loaded before the first frame.
const {chunkCosts} = await import(pathToFileURL(path.join(root, 'bench', 'chunks.mjs')).href);
const chunks = chunkCosts(root, benchNode, 3);
const total = (rows) => rows.reduce((sum, r) => sum + r.ms, 0);
const beforeFrame = chunks.filter((r) => r.firstFrame);
line('chunks: evaluated before the first frame', `${beforeFrame.length}, ${fmt(total(beforeFrame))} ms (each alone, summed)`);
line('  all chunks', `${chunks.length}, ${fmt(total(chunks))} ms`);
for (const r of chunks.slice(0, 12))
	say(`  ${fmt(r.ms, 1).padStart(5)} ms ${fmt(r.kb).padStart(4)} KB ${r.firstFrame ? 'F' : ' '} ${r.chunk.padEnd(26)} ${r.holds}`);
// A papers killed above may have been writing Node's compile cache (Node 22 and later) into the scratch home; by now
// it is done. A leftover temporary folder is no failure of the bench.
try {
	fs.rmSync(archive.home, {recursive: true, force: true});
} catch {
	// left in the temporary folder
}
// npm run bench -- --markdown: this run into docs/performance.md, in the block of its Node line (made when missing).
if (process.argv.includes('--markdown')) {
	const major = benchVersion.replace(/^v(\d+).*/, '$1');
	const doc = path.join(root, 'docs', 'performance.md');
	const start = `<!-- bench: node ${major} (npm run bench -- --markdown writes it) -->`;
	const end = `<!-- end bench: node ${major} -->`;
	const block = `${start}\n\`\`\`\n${printed.join('\n')}\n\`\`\`\n${end}`;
	const text = fs.readFileSync(doc, 'utf8');
	const from = text.indexOf(start);
	const to = text.indexOf(end);
	fs.writeFileSync(
		doc,
		from >= 0 && to > from ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}` : `${text.trimEnd()}\n\n${block}\n`,
	);
	console.log(`written into ${path.relative(root, doc)}`);
}
process.exit(0);
