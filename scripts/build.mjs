// Bundles cli.tsx into dist/: one entry file plus lazily loaded chunks, so `papers --print` never parses Ink or React.
import {build} from 'esbuild';
import fs from 'node:fs/promises';

// Chunk names carry hashes: without a clean start, old chunks pile up in dist/.
await fs.rm('dist', {recursive: true, force: true});

const result = await build({
	entryPoints: {cli: 'cli.tsx'},
	outdir: 'dist',
	bundle: true,
	splitting: true,
	format: 'esm',
	platform: 'node',
	target: 'node20',
	minify: true,
	sourcemap: false,
	metafile: true,
	legalComments: 'none',
	chunkNames: 'chunks/[name]-[hash]',
	jsx: 'automatic',
	define: {'process.env.NODE_ENV': '"production"'},
	// Ink imports react-devtools-core only when DEV is set; bundling it would cost start-up time for nothing.
	alias: {'react-devtools-core': './scripts/devtools-stub.mjs'},
	banner: {
		js: "import {createRequire as __papersRequire} from 'node:module';const require=__papersRequire(import.meta.url);",
	},
	logLevel: 'warning',
});
await fs.writeFile('dist/meta.json', JSON.stringify(result.metafile));
await fs.chmod('dist/cli.js', 0o755);
