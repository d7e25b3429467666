// Bundles cli.tsx into dist/: one entry file plus lazily loaded chunks, so `papers --print` never parses Ink or React.
// Then, from what went into the bundle: THIRD-PARTY-NOTICES, the man page and the completion scripts.
import {build} from 'esbuild';
import {execFileSync} from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {writeNotices} from './notices.mjs';
import {yogaWithoutFetch} from './yoga-without-fetch.mjs';
import {zodEnglishOnly} from './zod-english-only.mjs';
import {oneClosure} from './one-closure.mjs';

// The patches in patches/ (applied by `prepare` on npm install and npm ci) make Ink's frames cheap; a build
// without them would still work, only slower, so say it rather than ship it.
for (const file of [
	'node_modules/ink/build/output.js',
	'node_modules/ink/build/ink.js',
	'node_modules/ink/build/sanitize-ansi.js',
	'node_modules/ink/build/measure-text.js',
	'node_modules/ink/build/wrap-text.js',
	'node_modules/string-width/index.js',
	'node_modules/meow/build/dependencies.js',
]) {
	if (!(await fs.readFile(file, 'utf8')).includes("papers' patch"))
		throw new Error(`${file} is not patched: run npx patch-package (npm install and npm ci do it)`);
}

// Chunk names carry hashes: without a clean start, old chunks pile up in dist/.
await fs.rm('dist', {recursive: true, force: true});

const options = {
	entryPoints: {cli: 'cli.tsx'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	// PAPERS_UNMINIFIED=1 keeps names, for reading a CPU profile.
	minify: process.env.PAPERS_UNMINIFIED !== '1',
	sourcemap: false,
	metafile: true,
	// The notices go to THIRD-PARTY-NOTICES whole, with each package's licence file.
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core, and ws for its window polyfill, only when DEV is set: bundling them would cost
	// start-up time and 40 KB for nothing.
	alias: {'react-devtools-core': './scripts/devtools-stub.mjs', ws: './scripts/devtools-stub.mjs'},
	banner: {
		js: "import {createRequire as __papersRequire} from 'node:module';const require=__papersRequire(import.meta.url);",
	},
	logLevel: 'warning',
	plugins: [yogaWithoutFetch, zodEnglishOnly],
};
// A first pass, not written, names papers' own lazily loaded modules (see one-closure.mjs).
const commandLine = 'source/cli/run.ts';
const lazy = Object.values((await build({...options, write: false})).metafile.outputs)
	.map((output) => output.entryPoint)
	.filter((entry) => entry?.startsWith('source/') && entry !== commandLine);
const result = await build({...options, plugins: [...options.plugins, oneClosure(path.resolve(commandLine), lazy)]});
// Build metadata stays out of dist/ (and so out of the package); tests read it from build/.
await fs.mkdir('build', {recursive: true});
await fs.writeFile('build/meta.json', JSON.stringify(result.metafile));
await fs.chmod('dist/cli.js', 0o755);
writeNotices(result.metafile);

const docs = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'papers-docs-')), 'docs.mjs');
await build({
	entryPoints: ['scripts/docs.ts'],
	outfile: docs,
	bundle: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	logLevel: 'warning',
	jsx: 'automatic',
});
try {
	execFileSync(process.execPath, [docs], {stdio: 'inherit'});
} finally {
	await fs.rm(path.dirname(docs), {recursive: true, force: true});
}
