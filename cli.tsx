#!/usr/bin/env node
// No V8 flags on the #! line: any would make Node compile its own modules again at each start (the flag hash its
// shipped code is checked against); the memory flags are set once the command line is loaded (source/heap-flags.ts).
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
