import fs from 'node:fs';
import path from 'node:path';
import {FORMATS} from '../output/format.js';
import {KEYMAP, type Binding} from '../ui/core/keymap.js';
import type {UserCommand} from '../user-command.js';
import {clashes, keymapWith, parseKey, type KeyOverrides} from '../ui/core/remap.js';
import {ROLES, THEMES, type ThemeName} from '../ui/frame/theme.js';
import {splitArgs} from '../output/placeholders.js';
import {shortPath} from '../output/paths.js';
import {sanitizeLine} from '../output/sanitize.js';

/*
 * The settings file: the user's, by hand, in TOML, beside conf's config.json and apart from it (papers never writes
 * it). What is wrong in it (bad syntax, an unknown key, a wrong type) is named with its line, and papers goes on with
 * its defaults for that and the user's values for the rest: it never refuses to start.
 */

export type Settings = {
	keymap: readonly Binding[];
	userCommands: readonly UserCommand[];
	theme: ThemeName;
	colors: Partial<Record<(typeof ROLES)[number], string>>;
	mouse: boolean;
};

export const DEFAULT_SETTINGS: Settings = {keymap: KEYMAP, userCommands: [], theme: 'default', colors: {}, mouse: false};

export const settingsFile = (configDir: string) => path.join(configDir, 'settings.toml');

const TOP = ['theme', 'colors', 'keys', 'commands', 'mouse'];
const COLOUR = /^(?:(?:black|red|green|yellow|blue|magenta|cyan|white|gray|grey)(?:Bright)?|#[0-9a-f]{6})$/i;
const isTable = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** The line a key stands on (the first `key =` or `[table]` that names it), for the messages. */
// The lines of the last text read, by the key each begins: one pass, however many keys (a line a key, asked key by
// key, made 3,000 unknown keys cost 2.8 s at every start).
let lastText: {text: string; lines: Map<string, number>} | null = null;

function lineOf(text: string, key: string): string {
	if (lastText?.text !== text) {
		const lines = new Map<string, number>();
		text.split('\n').forEach((line, i) => {
			const m = /^\s*(?:\[+\s*)?("?)([^"=\]]*?)\1\s*(?:=|\])/.exec(line);
			if (m && m[2] && !lines.has(m[2])) lines.set(m[2], i);
		});
		lastText = {text, lines};
	}
	const at = lastText.lines.get(key);
	return at === undefined ? '' : `line ${at + 1}: `;
}

/** Settings are read from a file only (a FIFO or a device would hang the start), and one of at most this size. */
const SETTINGS_MAX = 1024 * 1024;

function readSettingsFile(file: string): string {
	// Non-blocking: opening a FIFO with no writer must not wait for one.
	const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
	try {
		const stat = fs.fstatSync(fd);
		if (!stat.isFile()) throw Object.assign(new Error('not a file'), {code: 'ENOTFILE'});
		if (stat.size > SETTINGS_MAX) throw Object.assign(new Error('too large'), {code: 'EFBIG'});
		return fs.readFileSync(fd, 'utf8');
	} finally {
		fs.closeSync(fd);
	}
}

function readCommands(value: unknown, problems: string[], text: string): UserCommand[] {
	if (!Array.isArray(value)) {
		problems.push(`${lineOf(text, 'commands')}commands: wants [[commands]] tables, each with key and run`);
		return [];
	}
	return value.flatMap((c, i): UserCommand[] => {
		const where = `${lineOf(text, 'commands')}commands #${i + 1}`;
		if (!isTable(c) || typeof c.key !== 'string' || typeof c.run !== 'string' || !c.run.trim()) {
			problems.push(`${where}: wants key = "X" and run = "a program and its arguments"`);
			return [];
		}
		const key = parseKey(c.key);
		const argv = splitArgs(c.run);
		const stdin = c.stdin === undefined ? null : c.stdin;
		if (
			!key ||
			!argv ||
			(stdin !== null && !(FORMATS as readonly unknown[]).includes(stdin)) ||
			(c.foreground !== undefined && typeof c.foreground !== 'boolean')
		) {
			problems.push(
				`${where}: ${!key ? `"${c.key}" is not a key name` : !argv ? 'run has a quote not closed' : stdin !== null && !(FORMATS as readonly unknown[]).includes(stdin) ? `stdin wants one of ${FORMATS.join(', ')}` : 'foreground wants true or false'}`,
			);
			return [];
		}
		return [
			{
				key,
				argv,
				stdin: stdin as string | null,
				foreground: c.foreground === true,
				label: `${c.foreground === true ? '(foreground) ' : ''}${c.run}${stdin ? ` < ${String(stdin)}` : ''}`,
			},
		];
	});
}

function readKeys(value: unknown, problems: string[], text: string): KeyOverrides {
	if (!isTable(value)) {
		problems.push(`${lineOf(text, 'keys')}keys: wants [keys.MODE] tables`);
		return {};
	}
	const out: Record<string, Record<string, string[]>> = {};
	for (const [mode, table] of Object.entries(value)) {
		if (!isTable(table)) {
			problems.push(`${lineOf(text, `keys.${mode}`)}keys.${mode}: wants a table of command = "key" (or ["key", "key"])`);
			continue;
		}
		out[mode] = {};
		for (const [command, keys] of Object.entries(table)) {
			const list =
				typeof keys === 'string' ? [keys] : Array.isArray(keys) && keys.every((k) => typeof k === 'string') ? (keys as string[]) : null;
			if (!list) problems.push(`${lineOf(text, command)}keys.${mode}.${command}: wants "key" or ["key", "key"]`);
			else out[mode][command] = list;
		}
	}
	return out;
}

/** The settings a file's text gives, and what was wrong in it (each with its line, when it has one). */
export async function readSettingsText(text: string): Promise<{settings: Settings; problems: string[]}> {
	const {parse, TomlError} = await import('smol-toml');
	let value: Record<string, unknown>;
	try {
		value = parse(text);
	} catch (error) {
		const line = error instanceof TomlError ? `line ${error.line}: ` : '';
		return {settings: DEFAULT_SETTINGS, problems: [`${line}${String((error as Error).message).split('\n')[0]}`]};
	}
	const problems: string[] = [];
	for (const key of Object.keys(value))
		if (!TOP.includes(key)) problems.push(`${lineOf(text, key)}${key}: not a setting (they are ${TOP.join(', ')})`);
	const settings = {...DEFAULT_SETTINGS};
	if (value.theme !== undefined) {
		if (typeof value.theme === 'string' && Object.hasOwn(THEMES, value.theme)) settings.theme = value.theme as ThemeName;
		else problems.push(`${lineOf(text, 'theme')}theme: wants one of ${Object.keys(THEMES).join(', ')}`);
	}
	if (value.mouse !== undefined) {
		if (typeof value.mouse === 'boolean') settings.mouse = value.mouse;
		else problems.push(`${lineOf(text, 'mouse')}mouse: wants true or false`);
	}
	if (value.colors !== undefined) {
		if (!isTable(value.colors)) problems.push(`${lineOf(text, 'colors')}colors: wants a [colors] table`);
		else
			for (const [role, colour] of Object.entries(value.colors)) {
				if (!(ROLES as readonly string[]).includes(role))
					problems.push(`${lineOf(text, role)}colors.${role}: not a role (they are ${ROLES.join(', ')})`);
				else if (typeof colour !== 'string' || !COLOUR.test(colour))
					problems.push(`${lineOf(text, role)}colors.${role}: wants a colour name (red, cyanBright…) or #rrggbb`);
				else settings.colors = {...settings.colors, [role]: colour};
			}
	}
	const overrides = value.keys === undefined ? {} : readKeys(value.keys, problems, text);
	const mapped = keymapWith(overrides);
	settings.keymap = mapped.keymap;
	problems.push(...mapped.problems.map((p) => `${lineOf(text, /^\[keys\.\w+\] ([\w.]+):/.exec(p)?.[1] ?? '\u0000')}${p}`));
	if (value.commands !== undefined) settings.userCommands = readCommands(value.commands, problems, text);
	problems.push(
		...clashes(
			settings.keymap,
			settings.userCommands.map((c) => ({mode: 'browse' as const, key: c.key, what: `your command "${c.label}"`})),
		).filter((p) => !mapped.problems.includes(p)),
	);
	return {settings, problems};
}

/** The settings in force: the file's, or the defaults when there is none (no parser is loaded then). */
export async function loadSettings(configDir: string): Promise<{settings: Settings; problems: string[]; file: string}> {
	const file = settingsFile(configDir);
	let text: string;
	try {
		text = readSettingsFile(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOTFILE'
				? 'it is not a file (a FIFO or a device): settings are read from a file only'
				: code === 'EFBIG'
					? `it is over ${SETTINGS_MAX / 1024 / 1024} MB, papers' limit for settings`
					: `cannot read it (${code ?? 'error'})`;
		return {settings: DEFAULT_SETTINGS, problems: code === 'ENOENT' || code === 'ENOTDIR' ? [] : [why], file};
	}
	return {...(await readSettingsText(text)), file};
}

/** What is said at start: one line, however many problems (papers config check lists them all). */
export function problemsLine(file: string, problems: readonly string[]): string | null {
	if (problems.length === 0) return null;
	const more = problems.length > 1 ? ` (and ${problems.length - 1} more: papers config check)` : '';
	// Said in the footer too: a key name from the file carries no control or bidi character there either.
	return sanitizeLine(`${path.basename(file)}: ${problems[0]}${more}; papers goes on with its defaults for that, in ${shortPath(file)}`);
}
