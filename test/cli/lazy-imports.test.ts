import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT} from '../helpers/fixtures.js';

type Meta = {outputs: Record<string, {imports: Array<{path: string; kind: string}>; inputs: Record<string, unknown>}>};

/** Every input bundled into the files that load with `entries`, before any dynamic import runs. */
function loadedAtStart(meta: Meta, entries = ['dist/cli.js']): string[] {
	const seen = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const imp of meta.outputs[file]?.imports ?? [])
			if (imp.kind === 'import-statement' && meta.outputs[imp.path]) queue.push(imp.path);
	}
	return [...seen].flatMap((file) => Object.keys(meta.outputs[file]!.inputs));
}

describe('the print path stays light', () => {
	const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'meta.json'), 'utf8')) as Meta;
	const inputs = loadedAtStart(meta);

	it('loads neither ink, react nor conf before the browser is asked for', () => {
		expect(inputs.length).toBeGreaterThan(5);
		expect(inputs.filter((i) => /node_modules\/(ink|react|react-reconciler|conf|ajv|ink-text-input)\//.test(i))).toEqual([]);
		expect(inputs.filter((i) => i.startsWith('source/ui/'))).toEqual([]);
	});
});

describe("the first frame's path stays light", () => {
	const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'meta.json'), 'utf8')) as Meta;
	const browse = Object.keys(meta.outputs).find((file) => Object.keys(meta.outputs[file]!.inputs).includes('source/ui/start.ts'))!;
	const inputs = loadedAtStart(meta, ['dist/cli.js', browse]);

	it('draws before ink, react, the reader (marked), the lock or conf are loaded', () => {
		expect(inputs).toContain('source/ui/browse-lines.ts');
		expect(
			inputs.filter((i) => /node_modules\/(ink|react|react-reconciler|yoga-layout|conf|ajv|marked|proper-lockfile)\//.test(i)),
		).toEqual([]);
	});
});
