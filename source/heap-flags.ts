import v8 from 'node:v8';

/*
 * V8's memory-saving flags, set at run time rather than on the #! line. Any V8 flag given at start changes the hash
 * V8 checks cached code against, so Node's own modules, whose compiled code ships inside the binary, were compiled
 * again at every start: 8-10 ms before the first frame, on Node 20 and 24 alike (docs/performance.md). Both flags are
 * read at each collection, so set once the command line's modules are in they still bound what a large store grows
 * to: smaller heap growth steps, and V8 favouring memory over speed where it chooses. The Node modules loaded after
 * (for Ink, for a fetch) compile from source, after the first frame.
 */

/**
 * The browser's mode switches: while it builds (the library, its search index, its likeness model) its heap grows,
 * and optimize-for-size keeps it down; once they are in, keys hardly grow it, and without the flag V8 compiles them
 * for speed again (Node 24: a search letter 1 ms sooner, a `j` 0.3 ms, at the same peak; docs/performance.md).
 */
export const heapModes = {
	building: () => v8.setFlagsFromString('--optimize-for-size'),
	settled: () => v8.setFlagsFromString('--no-optimize-for-size'),
};

/**
 * The flags, set at start for every command (why at run time: above); the browser then switches optimize-for-size
 * with `heapModes`.
 */
export function keepHeapSmall(): void {
	heapModes.building();
	v8.setFlagsFromString('--heap-growing-percent=20');
}
