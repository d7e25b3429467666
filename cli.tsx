#!/usr/bin/env -S node --heap-growing-percent=20 --max-semi-space-size=8 --optimize-for-size
// The #! flags: smaller heap growth steps keep a year of papers under 200 MB, and a larger young generation lets
// each frame's garbage die young instead of piling up in the old one; V8's optimize-for-size takes 15-25 MB more
// off the peak (most on Node 24, whose heap otherwise grows further) for about 1 ms a key (see `npm run bench`).
import module from 'node:module';
import path from 'node:path';
import {holdKeys} from './source/ui/terminal/early-keys.js';
import {papersPaths} from './source/store/paths.js';

holdKeys();

// Node 22.1 and later keep the compiled code of what loads from here on (meow, the browser, Ink, React) between
// runs, in papers' cache folder; a no-op before. All else is loaded after, so that it is all cached.
try {
	const {store} = papersPaths();
	(module as {enableCompileCache?: (dir: string) => unknown}).enableCompileCache?.(path.join(path.dirname(store), 'compile-cache'));
} catch {
	// A cache that cannot be kept only makes starts slower.
}
await (await import('./source/cli/run.js')).runCommandLine();
