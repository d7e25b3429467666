import {editorOf, runEditor} from '../ui/terminal/terminal.js';
import fs from 'node:fs';
import {keyLabel} from '../ui/core/keymap.js';
import {sanitizeLine} from '../output/sanitize.js';
import type {PapersPaths} from '../store/paths.js';
import {RuntimeError, UsageError} from './errors.js';
import {say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {DEFAULT_SETTINGS, loadSettings, settingsFile} from './settings.js';
import {SETTINGS_TEMPLATE} from './settings-template.js';

/** `papers config path | edit | check`: where the settings are, editing them, and what papers makes of them. */
export async function configCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const [verb] = options.inputs;
	const file = settingsFile(paths.config);
	if (verb === 'path') {
		await writeOut(io, `${file}\n`);
		return 0;
	}
	if (verb === 'edit') return editSettings(file, io);
	if (verb !== 'check') throw new UsageError(`papers config takes path, edit or check${verb ? `, got ${verb}` : ''}`);
	const {settings, problems} = await loadSettings(paths.config);
	for (const problem of problems) say(io, `${file}: ${problem}`);
	const label = (b: {keys: readonly {label: string}[]}) => b.keys.map((k) => k.label).join('/');
	const changed = settings.keymap.filter((b) => label(b) !== label(DEFAULT_SETTINGS.keymap.find((d) => d.command === b.command)!));
	const lines = [
		fs.existsSync(file) ? `settings: ${file}` : `settings: none yet (${file}; papers config edit makes one)`,
		`theme: ${settings.theme}${
			Object.keys(settings.colors).length
				? ` (${Object.entries(settings.colors)
						.map(([r, c]) => `${r} ${c}`)
						.join(', ')})`
				: ''
		}`,
		`mouse: ${settings.mouse ? 'on' : 'off'}`,
		...changed.map((b) => `keys: ${b.command} in ${b.modes.join(', ')}: ${keyLabel(b)}`),
		...settings.userCommands.map((c) => `command: ${c.key.label} runs ${c.label}`),
	];
	await writeOut(io, `${lines.map(sanitizeLine).join('\n')}\n`);
	return problems.length > 0 ? 1 : 0;
}

function editSettings(file: string, io: Io): number {
	if (!fs.existsSync(file)) {
		fs.mkdirSync(file.slice(0, file.lastIndexOf('/')), {recursive: true});
		fs.writeFileSync(file, SETTINGS_TEMPLATE, {flag: 'wx'});
		say(io, `made ${file} from the commented template`);
	}
	const editor = editorOf(io.env);
	const run = runEditor(file, io.env, 'inherit');
	if (run.error || run.status !== 0)
		throw new RuntimeError(
			`${editor} ${run.status === 127 ? 'was not found' : `ended with ${run.status ?? run.signal}`}; ${file} is as the editor left it`,
		);
	return 0;
}

/** `papers keys`: the keys in force (the defaults with the settings'), by mode; --json for scripts. */
export async function keysCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const {settings, problems, file} = await loadSettings(paths.config);
	for (const problem of problems) say(io, `${file}: ${problem}`);
	const rows = settings.keymap.flatMap((b) =>
		b.modes.map((mode) => ({mode, command: b.command, keys: b.keys.map((k) => k.label), help: b.help})),
	);
	const own = settings.userCommands.map((c) => ({mode: 'browse', command: `run: ${c.label}`, keys: [c.key.label], help: 'your command'}));
	const all = [...rows, ...own].sort((a, b) => a.mode.localeCompare(b.mode));
	if (options.format === 'json') {
		await writeOut(io, `${JSON.stringify(all, null, 2)}\n`);
		return 0;
	}
	const lines = all.map((r) => sanitizeLine(`${r.mode.padEnd(11)} ${r.keys.join('/').padEnd(14)} ${r.command.padEnd(16)} ${r.help}`));
	await writeOut(io, `${lines.join('\n')}\n`);
	return 0;
}
