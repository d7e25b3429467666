import fs from 'node:fs/promises';
import path from 'node:path';

/*
 * zod 4 re-exports every one of its ~50 locales (`z.locales`), most of the `papers mcp` chunk that Node parses on
 * every start of the server; papers' schemas speak English only, which zod registers by itself (classic/schemas.js
 * imports locales/en.js). The locales index is bundled with English alone. Retire this when zod's locales index can
 * be left out by a bundler (a side-effect-free `locales` export).
 */
export const zodEnglishOnly = {
	name: 'zod-english-only',
	setup(b) {
		b.onLoad({filter: /zod[\\/]v4[\\/]locales[\\/]index\.js$/}, async (args) => {
			const source = await fs.readFile(args.path, 'utf8');
			if (!source.includes('export { default as en } from "./en.js";'))
				throw new Error('zod changed: its locales index no longer exports en the way scripts/build.mjs expects');
			return {contents: 'export { default as en } from "./en.js";\n', loader: 'js', resolveDir: path.dirname(args.path)};
		});
	},
};
