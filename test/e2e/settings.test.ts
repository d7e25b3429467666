import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {held, ptySessions} from '../helpers/pty.js';
import {apiDigest, CLI, pageDigest, tempHome, writeTemp} from '../helpers/run-cli.js';

/* The settings file in a real terminal: keys remapped, a clash said, themes, the user's commands, the mouse. */

const open = ptySessions();

function homeWith(settings: string) {
	const home = tempHome();
	fs.writeFileSync(path.join(home, 'settings.toml'), settings);
	return home;
}

const start = (settings: string, digest = writeTemp('d.txt', pageDigest(6)), env: Record<string, string | undefined> = {}) => {
	const home = homeWith(settings);
	return {home, s: open(held(`node '${CLI}' '${digest}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: home, ...env}, cols: 100, rows: 30})};
};

describe('keys of the settings file', () => {
	it('a remapped key moves, the old one no longer does, and help shows the new key', async () => {
		const {s} = start('[keys.browse]\n"nav.down" = ["x", "Down"]\n');
		await s.waitFor('Paper 1: On Things');
		s.child.write('x');
		await s.waitFor(/› +\S* *Paper 2: On Things/);
		// j, then help: keys are taken in order, so once help is up, j has been taken, and did nothing.
		s.child.write('j?');
		await s.waitFor(/x\/↓ +next paper/);
		s.child.write('?');
		await s.waitFor(/› +\S* *Paper 2: On Things/);
		s.child.write('x');
		await s.waitFor(/› +\S* *Paper 3: On Things/);
	});

	it('a clash is said in one line, and a broken file starts papers with the defaults for what was wrong', async () => {
		const {s} = start('mouse = "yes"\n[keys.browse]\n"nav.down" = "k"\n');
		await s.waitFor('Paper 1: On Things');
		await s.waitFor(/settings\.toml: line 1: mouse: wants true or false \(and 1 more: papers conf/);
		s.child.write('q');
		await s.waitFor('AFTER-0');
		const bad = start('theme = [unclosed\n');
		await bad.s.waitFor('Paper 1: On Things');
		await bad.s.waitFor(/settings\.toml: line 1: Invalid TOML document/);
		bad.s.child.write('j');
		await bad.s.waitFor(/› +\S* *Paper 2: On Things/);
	});
});

describe('themes', () => {
	const colour = {NO_COLOR: undefined, FORCE_COLOR: undefined};
	const SGR = /\u001b\[([0-9;]*)m/g;
	const codes = (raw: string) => [...raw.matchAll(SGR)].flatMap((m) => m[1]!.split(';').filter(Boolean).map(Number));

	it('mono emits no colour code at all; terminal only the 16 base colours', async () => {
		const mono = start('theme = "mono"\n', undefined, colour);
		await mono.s.waitFor('Paper 1: On Things');
		mono.s.child.write('j');
		await mono.s.waitFor(/› +\S* *Paper 2: On Things/);
		expect(codes(mono.s.raw()).filter((c) => (c >= 30 && c <= 49) || (c >= 90 && c <= 107) || c === 2)).toEqual([]);
		const terminal = start('theme = "terminal"\n', undefined, colour);
		await terminal.s.waitFor('Paper 1: On Things');
		terminal.s.child.write('j');
		await terminal.s.waitFor(/› +\S* *Paper 2: On Things/);
		const used = codes(terminal.s.raw());
		expect(used.some((c) => c >= 30 && c <= 37)).toBe(true);
		// No 256-colour or true-colour colours (38;5;n, 38;2;r;g;b): only 30–37, 90–97 and their backgrounds.
		expect(terminal.s.raw()).not.toMatch(/\u001b\[[0-9;]*[34]8;[25];/);
	});
});

describe('your commands', () => {
	it('get {id} as an argument and the picks on stdin; a hostile title executes nothing', async () => {
		const home = tempHome();
		const out = path.join(home, 'out.txt');
		const pwned = path.join(home, 'pwned');
		const script = writeTemp(
			'cmd.sh',
			`#!/bin/sh\nprintf 'id=%s title=%s\\n' "$1" "$2" > '${out}'\ncat >> '${out}'\necho "done with $1"\n`,
		);
		fs.chmodSync(script, 0o755);
		const hostile = `Evil $(touch ${pwned}) \`touch ${pwned}\`; touch ${pwned}`;
		const digest = apiDigest([
			{id: '2601.00001', title: hostile, upvotes: 9},
			{id: '2601.00002', title: 'Second', upvotes: 3},
		]);
		fs.writeFileSync(path.join(home, 'settings.toml'), `[[commands]]\nkey = "X"\nrun = "'${script}' {id} {title}"\nstdin = "jsonl"\n`);
		const s = open(`node '${CLI}' '${digest}'`, {env: {PAPERS_HOME: home}, cols: 100, rows: 30});
		await s.waitFor('Second');
		s.child.write(' ');
		await s.waitFor(/› +\S* *Second/);
		s.child.write(' ');
		s.child.write('X');
		await s.waitFor('done with 2601.00001');
		const written = fs.readFileSync(out, 'utf8').split('\n');
		expect(written[0]).toBe(`id=2601.00001 title=${hostile}`);
		expect(
			written
				.slice(1)
				.filter(Boolean)
				.map((l) => (JSON.parse(l) as {id: string}).id),
		).toEqual(['2601.00001', '2601.00002']);
		expect(fs.existsSync(pwned)).toBe(false);
		s.child.write('?');
		await s.waitFor('Browsing');
		s.child.write('G');
		// The command as the settings wrote it; a long temp path wraps it across lines of help.
		await s.waitFor(() => /X +'.*cmd\.sh' \{id\} \{title\} < jsonl/.test(s.screen().replace(/\n +/g, '')));
	});
});

describe('the mouse', () => {
	const wheelDown = '\u001b[<65;10;5M';
	const click = (row: number) => `\u001b[<0;10;${row}M\u001b[<0;10;${row}m`;

	it('on: the wheel scrolls the list and a click selects a row; reporting is asked of the terminal and given back', async () => {
		const {s} = start('mouse = true\n');
		await s.waitFor('Paper 1: On Things');
		expect(s.raw()).toContain('\u001b[?1006h');
		s.child.write(wheelDown);
		await s.waitFor(/› +\S* *Paper 4: On Things/);
		// Row 5 of the screen: under the header and the day's line, the third paper.
		s.child.write(click(5));
		await s.waitFor(/› +\S* *Paper 3: On Things/);
		s.child.write('q');
		await s.waitFor('AFTER-0');
		expect(s.raw()).toContain('\u001b[?1006l');
	});

	it('off (the default): the same reports do nothing, and are never read as keys', async () => {
		const {s} = start('');
		await s.waitFor('Paper 1: On Things');
		expect(s.raw()).not.toContain('\u001b[?1006h');
		s.child.write(wheelDown + click(4));
		s.child.write('j');
		await s.waitFor(/› +\S* *Paper 2: On Things/);
		await s.waitFor('Mon 5 Jan 2026');
	});
});
