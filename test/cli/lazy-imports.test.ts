import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../helpers/fixtures.js';

type Meta = {
	outputs: Record<string, {imports: Array<{path: string; kind: string}>; inputs: Record<string, unknown>; entryPoint?: string}>;
};

/** Every input bundled into the files that load with `entries`, before any dynamic import runs. */
function loadedAtStart(meta: Meta, entries = ['dist/cli.js']): string[] {
	return filesAtStart(meta, entries).flatMap((file) => Object.keys(meta.outputs[file]!.inputs));
}

/** The files that load with `entries`, before any dynamic import runs. */
function filesAtStart(meta: Meta, entries: string[]): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file) || !meta.outputs[file]) continue;
		seen.add(file);
		for (const imp of meta.outputs[file].imports) if (imp.kind === 'import-statement') queue.push(imp.path);
	}
	return [...seen];
}

/** The output file that bundles a source file. */
const chunkOf = (meta: Meta, input: string) => Object.keys(meta.outputs).find((file) => input in meta.outputs[file]!.inputs)!;

describe('the print path stays light', () => {
	const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'meta.json'), 'utf8')) as Meta;
	// cli.js turns the compile cache on, then loads the command line: both run on every start.
	const inputs = loadedAtStart(meta, ['dist/cli.js', chunkOf(meta, 'source/cli/run.ts')]);

	it('loads neither ink, react, conf nor the MCP SDK before the browser (or papers mcp) is asked for', () => {
		expect(inputs).toContain('source/cli/main.ts');
		expect(
			inputs.filter((i) => /node_modules\/(ink|react|react-reconciler|yoga-layout|conf|ajv|@modelcontextprotocol|zod)\//.test(i)),
		).toEqual([]);
		expect(inputs.filter((i) => i.startsWith('source/mcp/'))).toEqual([]);
		// The browser's state and its plain first frame are plain functions, bundled with the command line (one chunk
		// less to load costs more than they do); its components, and what draws them, are not.
		expect(inputs.filter((i) => i.startsWith('source/') && i.endsWith('.tsx'))).toEqual([]);
	});
});

describe("the first frame's path stays light", () => {
	const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'meta.json'), 'utf8')) as Meta;
	const entries = ['dist/cli.js', chunkOf(meta, 'source/cli/run.ts'), chunkOf(meta, 'source/ui/terminal/start.ts')];
	const inputs = loadedAtStart(meta, entries);

	it("is a handful of files: the command line's modules in one chunk, not one per set of lazy modules sharing them", () => {
		// scripts/one-closure.mjs; without it, 25 files, each for Node's loader to resolve, read and link.
		const commandLine = Object.keys(meta.outputs).find((file) => meta.outputs[file]!.entryPoint === 'source/cli/run.ts')!;
		expect(filesAtStart(meta, ['dist/cli.js', commandLine, ...entries]).length).toBeLessThanOrEqual(6);
	});

	it('draws before ink, react, the reader (marked), the lock or conf are loaded', () => {
		expect(inputs).toContain('source/ui/browse/lines.ts');
		expect(
			inputs.filter((i) =>
				/node_modules\/(ink|react|react-reconciler|yoga-layout|conf|ajv|marked|proper-lockfile|@modelcontextprotocol|zod)\//.test(i),
			),
		).toEqual([]);
	});
});

describe("papers mcp's path stays light", () => {
	const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'meta.json'), 'utf8')) as Meta;
	const inputs = loadedAtStart(meta, ['dist/cli.js', chunkOf(meta, 'source/cli/run.ts'), chunkOf(meta, 'source/mcp/serve.ts')]);

	it('serves with the SDK and zod, and without ink, react or any screen', () => {
		expect(inputs).toContain('source/mcp/serve.ts');
		expect(inputs.some((i) => i.includes('node_modules/@modelcontextprotocol/sdk/'))).toBe(true);
		expect(
			inputs.filter(
				(i) => /node_modules\/(ink|react|react-reconciler|yoga-layout)\//.test(i) || (i.startsWith('source/') && i.endsWith('.tsx')),
			),
		).toEqual([]);
	});
});

describe("the bin's #! line", () => {
	it('gives node no V8 flags: any would have Node compile its own modules again at every start (source/heap-flags.ts)', () => {
		for (const file of ['cli.tsx', 'dist/cli.js'])
			expect(fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n')[0], file).toBe('#!/usr/bin/env node');
	});
});
