import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {ROOT} from './helpers/fixtures.js';

/*
 * The shape of the house, checked: small modules, short functions, and one-way floors (DESIGN.md): a lower floor
 * never imports from a higher one. The root helpers (text, cache, version) are the ground every floor stands on.
 */

const SOURCE = path.join(ROOT, 'source');
const files = (fs.readdirSync(SOURCE, {recursive: true}) as string[])
	.filter((f) => /\.tsx?$/.test(f))
	.map((f) => f.split(path.sep).join('/'));

const FLOORS: Record<string, number> = {
	digest: 1,
	...{sources: 2, store: 2, lists: 2, seen: 2, output: 2, reader: 2},
	...{fetch: 3, ui: 3},
	services: 4,
	// `papers mcp` stands beside the command line, and chooses papers with its options (cli/options, cli/select).
	...{cli: 5, mcp: 5},
};
const floorOf = (file: string) => (file.includes('/') ? FLOORS[file.split('/')[0]!]! : 0);

// Each file parsed once for every check of the house.
const parsed = new Map<string, ts.SourceFile>();
function parse(file: string) {
	let source = parsed.get(file);
	if (!source) {
		source = ts.createSourceFile(file, fs.readFileSync(path.join(SOURCE, file), 'utf8'), ts.ScriptTarget.Latest, true);
		parsed.set(file, source);
	}
	return source;
}

describe('the house', () => {
	it('no file in source/ is over 300 lines', () => {
		const long = files
			.map((f) => [f, fs.readFileSync(path.join(SOURCE, f), 'utf8').split('\n').length] as const)
			.filter(([, n]) => n > 300);
		expect(long).toEqual([]);
	});

	it('no function in source/ is over 80 lines', () => {
		const long: string[] = [];
		for (const file of files) {
			const source = parse(file);
			const visit = (node: ts.Node) => {
				if (ts.isFunctionLike(node) && 'body' in node && node.body) {
					const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
					const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
					if (end - start + 1 > 80) long.push(`${file}:${start + 1} (${end - start + 1} lines)`);
				}
				ts.forEachChild(node, visit);
			};
			visit(source);
		}
		expect(long).toEqual([]);
	});

	it('no function in source/ takes more than 30 decisions (if, ?:, case, loops, catch, && || ??)', () => {
		// A function past this is a table or a few functions waiting to be: the reducer's steps, the effect runner and
		// the commands are tables keyed by what they handle. Exceptions are named here with why.
		const EXCEPTIONS: Record<string, string> = {};
		const DECISIONS = new Set([ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken]);
		const dense: string[] = [];
		for (const file of files) {
			const source = parse(file);
			const visit = (node: ts.Node) => {
				if (ts.isFunctionLike(node) && 'body' in node && node.body) {
					let count = 0;
					const inner = (n: ts.Node) => {
						if (n !== node && ts.isFunctionLike(n)) return;
						if (
							ts.isIfStatement(n) ||
							ts.isConditionalExpression(n) ||
							ts.isCaseClause(n) ||
							ts.isForStatement(n) ||
							ts.isForOfStatement(n) ||
							ts.isForInStatement(n) ||
							ts.isWhileStatement(n) ||
							ts.isDoStatement(n) ||
							ts.isCatchClause(n) ||
							(ts.isBinaryExpression(n) && DECISIONS.has(n.operatorToken.kind))
						)
							count++;
						ts.forEachChild(n, inner);
					};
					ts.forEachChild(node, inner);
					const where = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
					if (count > 30 && !EXCEPTIONS[where]) dense.push(`${where} (${count})`);
				}
				ts.forEachChild(node, visit);
			};
			visit(source);
		}
		expect(dense).toEqual([]);
	});

	it('no module imports from a floor above its own', () => {
		const upward: string[] = [];
		for (const file of files) {
			const check = (spec: string) => {
				if (!spec.startsWith('.')) return;
				const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '');
				if (!target.startsWith('..') && floorOf(target) > floorOf(file)) upward.push(`${file} → ${target}`);
			};
			// Static imports and exports, and the lazy import() calls that keep Ink off the print path.
			const visit = (node: ts.Node) => {
				if (
					(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
					node.moduleSpecifier &&
					ts.isStringLiteral(node.moduleSpecifier)
				)
					check(node.moduleSpecifier.text);
				if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(node.arguments[0]!))
					check(node.arguments[0].text);
				ts.forEachChild(node, visit);
			};
			visit(parse(file));
		}
		expect(upward).toEqual([]);
	});
});

/** Each module's static imports and re-exports (type-only ones too): what must never go round in a circle. */
function staticImports(): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	const known = new Set(files.map((f) => f.replace(/\.tsx?$/, '')));
	for (const file of files) {
		const from = file.replace(/\.tsx?$/, '');
		const deps: string[] = [];
		for (const node of parse(file).statements) {
			if (!(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) || !node.moduleSpecifier) continue;
			const spec = (node.moduleSpecifier as ts.StringLiteral).text;
			if (!spec.startsWith('.')) continue;
			const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '');
			if (known.has(target)) deps.push(target);
		}
		graph.set(from, deps);
	}
	return graph;
}

/** The circles of a graph: each strongly connected group of more than one module (Tarjan's), or a module importing itself. */
function circles(graph: Map<string, string[]>): string[][] {
	let next = 0;
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const found: string[][] = [];
	const visit = (v: string) => {
		index.set(v, next);
		low.set(v, next++);
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) !== index.get(v)) return;
		const group: string[] = [];
		let w: string;
		do {
			w = stack.pop()!;
			onStack.delete(w);
			group.push(w);
		} while (w !== v);
		if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
	};
	for (const v of graph.keys()) if (!index.has(v)) visit(v);
	return found;
}

/** ui/'s rooms and what each may import of the others: core and frame are shared, a screen reaches another only by a named edge. */
const UI_ROOMS = ['core', 'frame', 'browse', 'reader', 'lists', 'help'] as const;
const MAY_IMPORT: Record<(typeof UI_ROOMS)[number], readonly string[]> = {
	core: [],
	frame: [],
	browse: ['core', 'frame'],
	reader: ['core', 'frame'],
	lists: ['core', 'frame'],
	help: ['core', 'frame'],
};
/** The edges between screens there are, each for a reason: `v` in the list of papers opens the reader on the paper. */
const NAMED_EDGES = ['ui/browse/commands → ui/reader/commands'];

const roomOf = (module: string) => {
	const [top, room, rest] = module.split('/');
	return top === 'ui' && rest !== undefined && (UI_ROOMS as readonly string[]).includes(room!) ? (room as (typeof UI_ROOMS)[number]) : null;
};

describe('ui/ by room', () => {
	it('core is the model alone (no Ink, no React), frame draws, each screen keeps to its own room', () => {
		const wrong: string[] = [];
		for (const [module, deps] of staticImports()) {
			const room = roomOf(module);
			if (!room) continue;
			const text = fs.readFileSync(
				path.join(
					SOURCE,
					files.find((f) => f.replace(/\.tsx?$/, '') === module)!,
				),
				'utf8',
			);
			if (room === 'core' && /from '(ink|react)'/.test(text)) wrong.push(`${module} → ink or react`);
			for (const dep of deps) {
				if (!dep.startsWith('ui/')) continue;
				const target = roomOf(dep);
				const allowed =
					target === room || (target !== null && MAY_IMPORT[room].includes(target)) || NAMED_EDGES.includes(`${module} → ${dep}`);
				if (!allowed) wrong.push(`${module} → ${dep}`);
			}
		}
		expect(wrong).toEqual([]);
	});

	it('ui/ itself holds the mounting (the app, the reducer, the keys, the effects); each other job has its room', () => {
		// Named by folder: a new hook goes in hooks/, a new part of the terminal's lifecycle in terminal/, and so on.
		const ROOMS = ['core', 'frame', 'browse', 'reader', 'lists', 'help', 'hooks', 'terminal'];
		const loose = files.filter((f) => f.startsWith('ui/') && f.split('/').length === 2).sort();
		expect(loose).toEqual(['ui/app.tsx', 'ui/effects.ts', 'ui/keys.ts', 'ui/reducer.ts']);
		const rooms = [...new Set(files.filter((f) => f.startsWith('ui/') && f.split('/').length > 2).map((f) => f.split('/')[1]))].sort();
		expect(rooms).toEqual([...ROOMS].sort());
		// The hooks are React's; what runs the terminal draws nothing of a screen's own.
		expect(files.filter((f) => f.startsWith('ui/hooks/') && !/^ui\/hooks\/use-[a-z-]+\.ts$/.test(f))).toEqual([]);
	});

	it("the browser's state keeps each part's own fields in its room, not flat beside the browse screen's", () => {
		const model = fs.readFileSync(path.join(SOURCE, 'ui/core/model.ts'), 'utf8');
		const state = model.slice(model.indexOf('export type State = {'), model.indexOf('\n};', model.indexOf('export type State = {')));
		const fields = state.match(/^\t\w+\??:/gm) ?? [];
		const rooms = (state.match(/^\t(\w+): \w+Room;/gm) ?? []).map((line) => line.trim().split(':')[0]);
		expect(rooms.sort()).toEqual(['box', 'marks', 'mine', 'reading', 'remote', 'store']);
		// The browse screen's own fields (the view, the cursor, the picks, the mode…): a new part gets a room.
		expect(fields.length).toBeLessThanOrEqual(34);
	});
});

/*
 * The unit tests share their modules (vitest's isolate is off, for speed): this proves no module holds state that
 * changes what papers does. Each module-level `let` or collection is named here with why it cannot leak between
 * tests: a cache keyed by the very object it describes, a memo of a pure function, a constant, or a lazy load.
 */
const MODULE_STATE: Record<string, string> = {
	'ui/browse/commands.ts OPENING': 'a constant set',
	'ui/core/likeness.ts models': 'a cache keyed by the library array it models',
	'ui/core/likeness.ts orderings': 'a cache keyed by the model and the papers it orders',
	'ui/core/reader.ts renderSliced': 'the renderer, loaded lazily once',
	'digest/json-error.ts WS': 'a constant set',
	'digest/search-index.ts indexes': 'a cache keyed by the library array it indexes',
	'digest/similar-model.ts STOP': 'a constant set',
	'digest/search.ts positions': 'a cache keyed by the list of papers it places',
	'digest/match.ts lastFolded': 'a cache of one paper, checked by identity',
	'digest/dates.ts validDays': 'a memo of a pure function of the day',
	'ui/terminal/early-keys.ts held': 'whether this process took the terminal raw: only the binary calls it, never a test',
	'output/cite.ts STOP': 'a constant set',
	'output/graphemes.ts segmenter': 'Intl.Segmenter, made once',
	'output/graphemes.ts measured': 'a memo of a pure function of the text',
	'cli/args.ts DASH_VALUES': 'a constant set',
	'cli/flags.ts KNOWN_FLAGS': 'a constant set',
	'cli/io.ts guarded': 'the streams already given an EPIPE listener, keyed by the stream itself',
	'digest/search-index.ts INDEXED': 'a constant set',
	'digest/watch-match.ts NONE': 'an empty map, never written',
	'ui/core/remap.ts COMMANDS': 'a constant set',
	'ui/keys.ts NEEDS_ALL': 'a constant set',
	'ui/keys.ts MOVES': 'a constant set',
	'cli/settings.ts lastText': 'a cache of one text, checked by identity of its string',
	'ui/core/watch-marks.ts NOT_YET': 'an empty map, never written',
	'cli/io.ts terminalFound': 'whether this process has a terminal, asked once: tests say it in io.terminal and never reach it',
	'ui/browse/rows.ts NO_KEYS': 'an empty set, never written',
};

describe('module state', () => {
	it('every module-level let or collection is a cache, a memo, a constant or a lazy load (named above)', () => {
		const found: string[] = [];
		for (const file of files) {
			for (const node of parse(file).statements) {
				if (!ts.isVariableStatement(node)) continue;
				const isLet = (node.declarationList.flags & ts.NodeFlags.Let) !== 0;
				for (const decl of node.declarationList.declarations) {
					const init = decl.initializer;
					const collection = init && ts.isNewExpression(init) && /^(Map|Set|WeakMap|WeakSet)$/.test(init.expression.getText());
					if (isLet || collection) found.push(`${file} ${decl.name.getText()}`);
				}
			}
		}
		expect(found.filter((f) => !(f in MODULE_STATE))).toEqual([]);
		expect(Object.keys(MODULE_STATE).filter((f) => !found.includes(f))).toEqual([]);
	});
});

describe('imports', () => {
	it('go round in no circle, type imports included', () => {
		expect(circles(staticImports())).toEqual([]);
	});

	it('the check finds a circle where there is one', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a']],
			['d', ['a']],
		]);
		expect(circles(graph)).toEqual([['a', 'b', 'c']]);
	});
});

describe('the readme', () => {
	it("its key table names every key of the browser's key map", async () => {
		const {KEYMAP} = await import('../source/ui/core/keymap.js');
		const readme = fs.readFileSync(path.join(ROOT, 'readme.md'), 'utf8');
		const table = readme.slice(readme.indexOf('| keys |'), readme.indexOf('\n\n', readme.indexOf('| keys |')));
		const missing = KEYMAP.filter((b) => b.modes.includes('browse')).flatMap((b) =>
			b.keys.map((k) => k.label).filter((label) => !table.includes(`\`${label}\``)),
		);
		expect(missing).toEqual([]);
	});
});

describe('the readme and the docs beside it', () => {
	const readme = fs.readFileSync(path.join(ROOT, 'readme.md'), 'utf8');

	it('is for users: at most 300 lines (the guide, the figures and the house are in docs/ and CONTRIBUTING.md)', () => {
		expect(readme.split('\n').length).toBeLessThanOrEqual(300);
		for (const file of ['docs/guide.md', 'docs/performance.md', 'CONTRIBUTING.md'])
			expect(fs.existsSync(path.join(ROOT, file)), file).toBe(true);
	});

	it('holds the reference tables the source makes now (npm run build writes them)', async () => {
		const {withReferenceTables, REFERENCE_TABLES} = await import('../source/cli/reference-docs.js');
		for (const name of Object.keys(REFERENCE_TABLES)) expect(readme, name).toContain(`<!-- end ${name} -->`);
		expect(withReferenceTables(readme)).toBe(readme);
	});

	it('ships a settings.example.toml that papers reads without a problem, every setting in use', async () => {
		const {readSettingsText} = await import('../source/cli/settings.js');
		const {settings, problems} = await readSettingsText(fs.readFileSync(path.join(ROOT, 'settings.example.toml'), 'utf8'));
		expect(problems).toEqual([]);
		expect(settings.theme).toBe('terminal');
		expect(Object.keys(settings.colors).length).toBeGreaterThan(0);
		expect(settings.userCommands.map((c) => c.key.label)).toEqual(['X', 'P', 'Y']);
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {files: string[]};
		expect(pkg.files).toContain('settings.example.toml');
	});
});
