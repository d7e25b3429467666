import fs from 'node:fs/promises';
import path from 'node:path';

/*
 * esbuild makes a chunk for each set of entry points that reach a module, and every import() is an entry point: the
 * command line's static closure, shared in different ways with the lazily loaded modules, came out as some 20
 * files, each one more for Node's loader to resolve, read and link before the first frame. Those lazy modules of
 * papers' own are only ever loaded after the command line (cli.tsx loads it first), so each is given an import of
 * it, which costs nothing at run time (it is already loaded) and puts the closure's modules in one set.
 * `lazyEntries`: papers' own modules that are import() targets, from a first build's metafile.
 */
export const oneClosure = (root, lazyEntries) => ({
	name: 'one-closure',
	setup(b) {
		const entries = new Set(lazyEntries.map((file) => path.resolve(file)));
		b.onLoad({filter: /[\\/]source[\\/].*\.tsx?$/}, async (args) => {
			if (!entries.has(args.path)) return undefined;
			const source = await fs.readFile(args.path, 'utf8');
			return {contents: `${source}\nimport ${JSON.stringify(root)};\n`, loader: args.path.endsWith('x') ? 'tsx' : 'ts'};
		});
	},
});
