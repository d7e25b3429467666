import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {ROOT} from '../helpers/fixtures.js';
import {cells} from '../helpers/cells.js';

/*
 * Each patch in patches/ makes a dependency faster, never different: here the patched code and the upstream code
 * (the installed package with its patch taken back out, in a folder of its own) answer the same on generated inputs.
 * Ink's clear() (ink.js) is a change of behaviour, not a fast path; it has tests of its own (a redraw after Ctrl-Z).
 */

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'papers-upstream-'));
// The copies import their own dependencies by name: they find them in the project's node_modules.
fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
afterAll(() => fs.rmSync(folder, {recursive: true, force: true}));

/** The package as it came from the registry: copied, and its patch applied in reverse. */
function upstream(name: string): string {
	const copy = path.join(folder, name);
	fs.cpSync(path.join(ROOT, 'node_modules', name), copy, {recursive: true});
	const patch = fs.readdirSync(path.join(ROOT, 'patches')).find((f) => f.startsWith(`${name}+`))!;
	// The patch names files as a/node_modules/NAME/…: three parts off, relative to the copy.
	execFileSync('patch', ['-R', '-p3', '-s', '-d', copy, '-i', path.join(ROOT, 'patches', patch)]);
	return copy;
}

const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(file).href)) as T;

/** Text of the kinds terminals meet: plain, wide, combined, emoji, colours, other escapes, controls. */
const PIECES = [
	'a',
	'Z',
	' ',
	'é',
	'e\u0301',
	'中',
	'文',
	'👍',
	'👩‍👩‍👧',
	'🇫🇷',
	'\u200b',
	'\t',
	'\u001b[31m',
	'\u001b[0m',
	'\u001b[1;4m',
	'\u001b]8;;https://x.y\u0007',
	'\u001b[2J',
	'\u0007',
	'·',
	'─',
	'│',
	'…',
];
const text = fc
	.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({unit: 'grapheme', maxLength: 4})), {maxLength: 24})
	.map((parts) => parts.join(''));

describe('the patches take nothing away', () => {
	it('string-width: the same width as upstream', async () => {
		const patched = (await import('string-width')).default;
		const original = (await load<{default: typeof patched}>(path.join(upstream('string-width'), 'index.js'))).default;
		fc.assert(
			fc.property(text, fc.boolean(), fc.boolean(), (s, ambiguousIsNarrow, countAnsiEscapeCodes) => {
				const options = {ambiguousIsNarrow, countAnsiEscapeCodes};
				expect(patched(s, options)).toBe(original(s, options));
			}),
			{numRuns: 2000},
		);
	});

	it("Ink's sanitize-ansi: the same text as upstream", async () => {
		type Sanitize = {default: (text: string) => string};
		const patched = (await load<Sanitize>(path.join(ROOT, 'node_modules', 'ink', 'build', 'sanitize-ansi.js'))).default;
		const original = (await load<Sanitize>(path.join(upstream('ink'), 'build', 'sanitize-ansi.js'))).default;
		fc.assert(
			fc.property(text, (s) => {
				expect(patched(s)).toBe(original(s));
			}),
			{numRuns: 2000},
		);
	});

	// Each case draws two frames in a headless xterm: seconds of CPU, more beside other work, so it has a minute.
	it("Ink's output: the same frame as upstream, for any writes and clips", {timeout: 60_000}, async () => {
		type Out = {
			write(x: number, y: number, text: string, o: {transformers: never[]}): void;
			clip(c: object): void;
			unclip(): void;
			get(): {output: string; height: number};
		};
		type OutputClass = {default: new (o: {width: number; height: number}) => Out};
		const Patched = (await load<OutputClass>(path.join(ROOT, 'node_modules', 'ink', 'build', 'output.js'))).default;
		const Original = (await load<OutputClass>(path.join(folder, 'ink', 'build', 'output.js'))).default;
		const operation = fc.oneof(
			{
				weight: 6,
				arbitrary: fc.record({
					kind: fc.constant('write' as const),
					x: fc.nat(12),
					y: fc.nat(8),
					text: fc.array(text, {minLength: 1, maxLength: 3}).map((l) => l.join('\n')),
				}),
			},
			{weight: 1, arbitrary: fc.record({kind: fc.constant('clip' as const), x1: fc.nat(6), x2: fc.nat(14), y1: fc.nat(4), y2: fc.nat(9)})},
			{weight: 1, arbitrary: fc.constant({kind: 'unclip' as const})},
		);
		// Compared as a terminal shows them: the fast path ends a row's styles with one reset where the grid closes each
		// style it opened, the same cells either way; a letter after the frame shows that no style is left open.
		await fc.assert(
			fc.asyncProperty(
				fc.integer({min: 1, max: 16}),
				fc.integer({min: 1, max: 10}),
				fc.array(operation, {maxLength: 12}),
				async (width, height, ops) => {
					const frames = [Patched, Original].map((Output) => {
						const out = new Output({width, height});
						let clips = 0;
						for (const op of ops) {
							if (op.kind === 'write') out.write(op.x, op.y, op.text, {transformers: []});
							else if (op.kind === 'clip') {
								clips++;
								out.clip({x1: op.x1, x2: op.x2, y1: op.y1, y2: op.y2});
							} else if (clips > 0) {
								clips--;
								out.unclip();
							}
						}
						return out.get();
					});
					expect(frames[0]!.height).toBe(frames[1]!.height);
					const screens = await Promise.all(frames.map((f) => cells(`${f.output.replaceAll('\n', '\r\n')}X`, width + 4, height + 1)));
					expect(screens[0]).toEqual(screens[1]);
				},
			),
			// The first difference a run found: a zero-width space after a reset, a cell of its own in xterm (the fast path now
			// leaves such rows to the grid).
			{numRuns: 400, examples: [[1, 1, [{kind: 'write' as const, x: 0, y: 0, text: 'a\u001b[0m\u200b'}]]]},
		);
	});

	it('meow: the same flags and input as upstream, for any command line', async () => {
		type Meow = {
			default: (help: string, o: object) => {input: string[]; flags: Record<string, unknown>; unnormalizedFlags: Record<string, unknown>};
		};
		const patched = (await import('meow')).default;
		const original = (await load<Meow>(path.join(upstream('meow'), 'build', 'index.js'))).default;
		const {FLAGS} = await import('../../source/cli/flags.js');
		const word = fc.oneof(
			fc.constantFrom(
				'--print',
				'-p',
				'--json',
				'--date',
				'2026-01-05',
				'--search',
				'world model',
				'-n',
				'5',
				'--limit=3',
				'--no-color',
				'--',
				'-x',
				'--min-upvotes',
				'10',
				'fetch',
				'later',
			),
			fc.string({maxLength: 8}),
		);
		fc.assert(
			fc.property(fc.array(word, {maxLength: 8}), (argv) => {
				const options = {
					importMeta: import.meta,
					argv,
					flags: FLAGS,
					autoHelp: false,
					autoVersion: false,
					allowUnknownFlags: true,
					pkg: {name: 'papers', version: '0.0.0'},
				};
				// A command line meow refuses (a flag given twice) is refused by both, in the same words.
				const [a, b] = [patched, original].map((m) => {
					try {
						const {input, flags, unnormalizedFlags} = m('', options);
						return {input, flags, unnormalizedFlags};
					} catch (error) {
						return {error: (error as Error).message};
					}
				});
				expect(a).toEqual(b);
			}),
			{numRuns: 500},
		);
	});
});
