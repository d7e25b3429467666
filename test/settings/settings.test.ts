import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readSettingsText} from '../../source/cli/settings.js';
import {SETTINGS_TEMPLATE} from '../../source/cli/settings-template.js';
import {keymapWith, parseKey} from '../../source/ui/core/remap.js';
import {fillArgs, splitArgs} from '../../source/output/placeholders.js';
import {makePaper} from '../../source/digest/paper.js';
import {runCli, tempHome, writeTemp} from '../helpers/run-cli.js';

/* The settings file read as untrusted input: every mistake named with its line, defaults for it, the rest kept. */

describe('reading the settings', () => {
	it('the template reads with nothing to say, and so does each of its presets once uncommented', async () => {
		expect((await readSettingsText(SETTINGS_TEMPLATE)).problems).toEqual([]);
		const emacs =
			'[keys.browse]\n"nav.down" = ["Ctrl-n", "Down"]\n"nav.up" = ["Ctrl-p", "Up"]\n"search.open" = ["Ctrl-s", "/"]\n[keys.search]\n"search.cancel" = ["Ctrl-g", "Esc"]\n';
		expect((await readSettingsText(emacs)).problems).toEqual([]);
	});

	it('bad syntax, an unknown key, a wrong type, an unknown command or key name, a clash: each named, with its line', async () => {
		const text = [
			'theme = "solarized"',
			'mouse = 1',
			'fonts = "x"',
			'[colors]',
			'accent = "chartreuse"',
			'[keys.browse]',
			'"nav.down" = "k"',
			'"fly" = "f"',
			'"quit" = "Ctrl-Shift-q"',
			'[[commands]]',
			'key = "k"',
			'run = "echo \'unclosed"',
		].join('\n');
		const {settings, problems} = await readSettingsText(text);
		expect(problems).toEqual([
			'line 3: fonts: not a setting (they are theme, colors, keys, commands, mouse)',
			'line 1: theme: wants one of default, terminal, light, high-contrast, mono',
			'line 2: mouse: wants true or false',
			'line 5: colors.accent: wants a colour name (red, cyanBright…) or #rrggbb',
			'line 8: [keys.browse] fly: no such command in browse (papers keys lists them)',
			'line 9: [keys.browse] quit: "Ctrl-Shift-q" is not a key name',
			'in browse, k is both nav.down and nav.up',
			'line 10: commands #1: run has a quote not closed',
		]);
		// The defaults for what was wrong; the user's values for the rest.
		expect(settings.theme).toBe('default');
		expect(settings.mouse).toBe(false);
		expect(settings.keymap.find((b) => b.command === 'nav.down' && b.modes.includes('browse'))!.keys.map((k) => k.label)).toEqual(['k']);
		expect((await readSettingsText('x = [')).problems[0]).toMatch(/^line 1: /);
	});

	it('key names, and no clash in the defaults', () => {
		expect(parseKey('Ctrl-D')).toEqual({input: 'd', ctrl: true, label: 'Ctrl-d'});
		expect(parseKey('PgDn')).toMatchObject({key: 'pageDown'});
		expect(parseKey('é')).toMatchObject({input: 'é'});
		expect(parseKey('ab')).toBeNull();
		expect(parseKey('\u001b')).toBeNull();
		expect(keymapWith({}).problems).toEqual([]);
	});

	it("a command's words are split once, and placeholders filled inside a word, never read by a shell", () => {
		expect(splitArgs(`llm -s 'three bullets' "a \\"b\\"" c\\ d`)).toEqual(['llm', '-s', 'three bullets', 'a "b"', 'c d']);
		expect(splitArgs('x "open')).toBeNull();
		const paper = makePaper({id: '2601.00001', title: '$(rm -rf ~); `x`', date: '2026-01-05'});
		expect(fillArgs(['echo', '{title}', 'id={id}', '{nope}', '{pdf}'], paper)).toEqual([
			'echo',
			'$(rm -rf ~); `x`',
			'id=2601.00001',
			'{nope}',
			'https://arxiv.org/pdf/2601.00001',
		]);
	});
});

describe('papers config and papers keys', () => {
	it('path says where; check says what is wrong (exit 1) and what papers will use; edit makes the file from the template', async () => {
		const home = tempHome();
		const env = {PAPERS_HOME: home};
		const file = path.join(home, 'settings.toml');
		expect(await runCli(['config', 'path'], {env})).toMatchObject({code: 0, stdout: `${file}\n`});
		expect((await runCli(['config', 'check'], {env})).stdout).toContain('settings: none yet');
		const editor = writeTemp('ed.sh', '#!/bin/sh\necho \'theme = "light"\' >> "$1"\n');
		fs.chmodSync(editor, 0o755);
		const edit = await runCli(['config', 'edit'], {env: {...env, EDITOR: editor, VISUAL: ''}});
		expect(edit).toMatchObject({code: 0, stderr: `papers: made ${file} from the commented template\n`});
		expect(fs.readFileSync(file, 'utf8')).toBe(`${SETTINGS_TEMPLATE}theme = "light"\n`);
		expect(await runCli(['config', 'check'], {env})).toMatchObject({code: 0, stdout: expect.stringContaining('theme: light') as string});
		fs.appendFileSync(file, 'mouse = "on"\n');
		const check = await runCli(['config', 'check'], {env});
		expect(check.code).toBe(1);
		expect(check.stderr).toMatch(/^papers: .*settings\.toml: line \d+: mouse: wants true or false\n$/);
		expect(await runCli(['config', 'wipe'], {env})).toMatchObject({code: 2});
	});

	it('keys lists the keys in force, the settings included, as text or --json', async () => {
		const home = tempHome();
		fs.writeFileSync(path.join(home, 'settings.toml'), '[keys.browse]\n"nav.down" = "x"\n[[commands]]\nkey = "X"\nrun = "echo {id}"\n');
		const json = JSON.parse((await runCli(['keys', '--json'], {env: {PAPERS_HOME: home}})).stdout) as Array<{
			mode: string;
			command: string;
			keys: string[];
		}>;
		expect(json.find((r) => r.mode === 'browse' && r.command === 'nav.down')!.keys).toEqual(['x']);
		expect(json.find((r) => r.mode === 'reader' && r.command === 'nav.down')!.keys).toEqual(['j', '↓']);
		expect(json.find((r) => r.command === 'run: echo {id}')!.keys).toEqual(['X']);
		expect((await runCli(['keys'], {env: {PAPERS_HOME: home}})).stdout).toMatch(/^browse +x +nav\.down/m);
	});
});
