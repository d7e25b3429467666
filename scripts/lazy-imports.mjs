// An esbuild plugin: papers' own modules that source loads with import() are bundled as static imports, except
// the few that are lazy for a reason (below). esbuild makes a chunk for each set of entry points sharing code, and
// every import() is an entry point: with 36 of them, the first frame loaded 55 chunks, about 1 ms each on Node 20.
// The modules themselves are small; keeping them out of a run costs less than the chunks did.
import fs from 'node:fs/promises';

/**
 * What stays lazy: all after Node's compile cache is on (cli.tsx's import of the command line), Ink and React, what
 * takes the lists' lock (proper-lockfile, graceful-fs) or conf, what renders markdown (marked), the settings' TOML,
 * the browser opener, and `papers mcp` (the MCP SDK and zod).
 */
const LAZY = new Set([
	'./source/cli/run.js',
	'./run.js',
	'../lists/store.js',
	'../seen/announced.js',
	'../../reader/render.js',
	'../reader/render.js',
	'./read-command.js',
	'../mcp/serve.js',
	'./comments-command.js',
	'conf',
	'smol-toml',
	'open',
]);

const DYNAMIC = /\bimport\(\s*'([^']+)'\s*\)/g;

export const inlineLazyImports = {
	name: 'inline-lazy-imports',
	setup(build) {
		build.onLoad({filter: /[\\/](source[\\/].*|cli)\.tsx?$/}, async (args) => {
			const text = await fs.readFile(args.path, 'utf8');
			const imports = [];
			const contents = text.replace(DYNAMIC, (whole, specifier) => {
				if (LAZY.has(specifier) || !specifier.startsWith('.')) return whole;
				const name = `__papersInlined${imports.length}`;
				imports.push(`import * as ${name} from '${specifier}';`);
				return `Promise.resolve(${name})`;
			});
			return {contents: imports.length ? `${imports.join('\n')}\n${contents}` : contents, loader: args.path.endsWith('x') ? 'tsx' : 'ts'};
		});
	},
};
