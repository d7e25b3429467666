import fs from 'node:fs/promises';

/*
 * yoga-layout's loader fetch()es its own data: URL whenever fetch exists, which makes Node load and compile undici
 * (a cost on every browser start: bench `first frame`). Its other path decodes the same inlined wasm without
 * fetch: take that one.
 * Retire this when yoga-layout stops preferring fetch for data: URLs in Node.
 */
export const yogaWithoutFetch = {
	name: 'yoga-without-fetch',
	setup(b) {
		b.onLoad({filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/}, async (args) => {
			const source = await fs.readFile(args.path, 'utf8');
			const patched = source.replaceAll('"function"!=typeof fetch', 'true');
			if (patched === source)
				throw new Error('yoga-layout changed: its loader no longer looks for fetch the way scripts/build.mjs expects');
			return {contents: patched, loader: 'js'};
		});
	},
};
