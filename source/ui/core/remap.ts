import {KEYMAP, MODES, type Binding, type Command, type KeySpec, type Mode} from './keymap.js';

/*
 * The user's keys (the settings file's [keys.MODE] tables) laid over the defaults: a command given keys in a mode
 * has those keys there, and only there; every other mode keeps its own. What cannot be applied (an unknown mode,
 * command or key name) is said and skipped; two commands on one key in one mode is a clash, said too.
 */

const NAMED: Record<string, KeySpec> = {
	enter: {key: 'return', label: 'Enter'},
	return: {key: 'return', label: 'Enter'},
	esc: {key: 'escape', label: 'Esc'},
	escape: {key: 'escape', label: 'Esc'},
	tab: {key: 'tab', label: 'Tab'},
	up: {key: 'upArrow', label: '↑'},
	down: {key: 'downArrow', label: '↓'},
	pgup: {key: 'pageUp', label: 'PgUp'},
	pageup: {key: 'pageUp', label: 'PgUp'},
	pgdn: {key: 'pageDown', label: 'PgDn'},
	pagedown: {key: 'pageDown', label: 'PgDn'},
	home: {key: 'home', label: 'Home'},
	end: {key: 'end', label: 'End'},
	space: {input: ' ', label: 'Space'},
};

/** `j`, `J`, `?`, `Ctrl-d` (also `C-d`), `Enter`, `Esc`, `Tab`, `Space`, `Up`, `Down`, `PgUp`, `PgDn`, `Home`, `End`. */
export function parseKey(name: string): KeySpec | null {
	const ctrl = /^(?:ctrl|c)-([a-z])$/i.exec(name);
	if (ctrl) return {input: ctrl[1]!.toLowerCase(), ctrl: true, label: `Ctrl-${ctrl[1]!.toLowerCase()}`};
	const named = NAMED[name.toLowerCase()];
	if (named && name.length > 1) return named;
	// One printable character, as typed.
	return [...name].length === 1 && /^[\x21-\x7e]$|^[^\x00-\x7f]$/u.test(name) ? {input: name, label: name} : null;
}

export type KeyOverrides = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

const COMMANDS = new Set<string>(KEYMAP.map((b) => b.command));

/** The key map with the user's keys, and what could not be applied (one phrase each, naming mode and command). */
export function keymapWith(overrides: KeyOverrides): {keymap: Binding[]; problems: string[]} {
	const problems: string[] = [];
	let keymap: Binding[] = [...KEYMAP];
	for (const [mode, commands] of Object.entries(overrides)) {
		if (!(MODES as readonly string[]).includes(mode)) {
			problems.push(`[keys.${mode}]: no such mode (they are ${MODES.join(', ')})`);
			continue;
		}
		for (const [command, names] of Object.entries(commands)) {
			const binding = keymap.find((b) => b.command === command && b.modes.includes(mode as Mode));
			if (!COMMANDS.has(command) || !binding) {
				problems.push(`[keys.${mode}] ${command}: no such command in ${mode} (papers keys lists them)`);
				continue;
			}
			const keys = names.map((n) => ({n, spec: parseKey(n)}));
			const bad = keys.find((k) => k.spec === null);
			if (bad || keys.length === 0) {
				problems.push(`[keys.${mode}] ${command}: ${bad ? `"${bad.n}" is not a key name` : 'no keys given'}`);
				continue;
			}
			// The binding as it was, in its other modes; the user's keys in this one.
			const others = binding.modes.filter((m) => m !== mode);
			keymap = keymap.flatMap((b) =>
				b !== binding
					? [b]
					: [
							...(others.length > 0 ? [{...b, modes: others}] : []),
							{...b, modes: [mode as Mode], keys: keys.map((k) => k.spec!), command: command as Command},
						],
			);
		}
	}
	return {keymap, problems: [...problems, ...clashes(keymap)]};
}

const keyId = (spec: KeySpec) => `${spec.ctrl ? 'C-' : ''}${spec.key ?? spec.input}`;

/** Two commands on one key in one mode (a list-only binding counts in browse too). */
export function clashes(keymap: readonly Binding[], extra: ReadonlyArray<{mode: Mode; key: KeySpec; what: string}> = []): string[] {
	const out: string[] = [];
	for (const mode of MODES) {
		const seen = new Map<string, string>();
		const take = (spec: KeySpec, what: string) => {
			const id = keyId(spec);
			const before = seen.get(id);
			if (before && before !== what) out.push(`in ${mode}, ${spec.label} is both ${before} and ${what}`);
			else seen.set(id, what);
		};
		for (const b of keymap) if (b.modes.includes(mode)) for (const spec of b.keys) take(spec, b.command);
		for (const e of extra) if (e.mode === mode) take(e.key, e.what);
	}
	return out;
}
