import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ptySessions} from '../helpers/pty.js';
import {CLI, pageDigest, runCli, tempHome, writeTemp} from '../helpers/run-cli.js';

/* e in a real terminal: the editor gets the terminal, the shell's screen and cooked mode; the browser comes back on the same paper. */

const open = ptySessions();

describe('a note edited in $EDITOR', () => {
	it('the screen is restored before the editor runs; after it, the browser is back at the same paper, the note kept', async () => {
		const home = tempHome();
		const go = path.join(home, 'go');
		// A stand-in editor: says it runs, waits for the test's word, then writes the note into the file it was given.
		const editor = writeTemp(
			'editor.sh',
			`#!/bin/sh\nstty -a | grep -q ' icanon' && echo "EDITOR-COOKED"\necho "EDITOR-RUNNING on $(basename "$1")"\nwhile [ ! -f '${go}' ]; do sleep 0.05; done\nprintf 'Read the appendix.\\n' > "$1"\n`,
		);
		fs.chmodSync(editor, 0o755);
		const digest = writeTemp(
			'd.json',
			JSON.stringify(
				[1, 2, 3].map((n) => ({
					paper: {id: `2601.0000${n}`, title: `Paper ${n}`, summary: 'S.', authors: [], upvotes: 10 - n},
					publishedAt: '2026-01-05T00:00:00Z',
				})),
			),
		);
		const s = open(`node '${CLI}' '${digest}'`, {env: {PAPERS_HOME: home, EDITOR: editor, VISUAL: undefined}});
		await s.waitFor('Paper 1');
		s.child.write('j');
		await s.waitFor(/› +\S* *Paper 2/);
		s.child.write('e');
		await s.waitFor('EDITOR-RUNNING on papers-note-');
		expect(s.buffer()).toBe('normal');
		expect(s.screen()).toContain('EDITOR-COOKED');
		fs.writeFileSync(go, '');
		await s.waitFor('note on 2601.00002 kept');
		expect(s.buffer()).toBe('alternate');
		await s.waitFor(/› +\S* *Paper 2/);
		await s.waitFor('Read the appendix.');
		expect((await runCli(['note', '2601.00002'], {env: {PAPERS_HOME: home}})).stdout).toBe('Read the appendix.\n');
	});

	it('an editor that is missing leaves the note as it was and says so; the browser goes on', async () => {
		const home = tempHome();
		const s = open(`node '${CLI}' '${writeTemp('d.txt', pageDigest(2))}'`, {
			env: {PAPERS_HOME: home, EDITOR: 'no-such-editor-here', VISUAL: undefined},
		});
		await s.waitFor('Paper 1: On Things');
		s.child.write('e');
		await s.waitFor('the note is as it was: no-such-editor-here was not found');
		s.child.write('j');
		await s.waitFor(/› +\S* *Paper 2: On Things/);
	});
});
