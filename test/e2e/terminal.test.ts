import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {parseDigest} from '../../source/digest/detect.js';
import {formatPapers} from '../../source/output/format.js';
import {held, ptySessions} from '../helpers/pty.js';
import {CLI, pageDigest, tempHome, writeTemp} from '../helpers/run-cli.js';

const open = ptySessions();

describe('the built binary in a real terminal', () => {
	it('draws on the alternate screen, answers keys, and q gives the shell its screen back', async () => {
		const digest = writeTemp('d.txt', pageDigest(5));
		const s = open(held(`echo SHELL-BEFORE; node '${CLI}' '${digest}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('Paper 1: On Things');
		expect(s.buffer()).toBe('alternate');
		await s.waitFor(/^papers · .*d\.txt · Mon 5 Jan 2026 · 5 papers/);
		expect(s.screen()).not.toContain('SHELL-BEFORE');
		await s.type('j', 'j');
		await s.waitFor(/› +Paper 3: On Things/);
		await s.type('?');
		await s.waitFor('Browsing');
		await s.type('?');
		await s.waitFor('Paper 1: On Things');
		await s.type('q');
		await s.waitFor('AFTER-0');
		expect(s.buffer()).toBe('normal');
		expect(s.screen()).toContain('SHELL-BEFORE');
		expect(s.screen()).not.toContain('Paper 1: On Things');
		// The cursor is shown again.
		expect(s.raw().lastIndexOf('\u001b[?25h')).toBeGreaterThan(s.raw().lastIndexOf('\u001b[?25l'));
	});

	it('Ctrl-C quits with 130 and restores the screen', async () => {
		const digest = writeTemp('d.txt', pageDigest(3));
		const s = open(held(`node '${CLI}' '${digest}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('Paper 1: On Things');
		await s.type('\u0003');
		await s.waitFor('AFTER-130');
		expect(s.buffer()).toBe('normal');
	});

	it('with stdout to a file, the UI is on the terminal and only the two picks land in the file', async () => {
		const digest = writeTemp('d.txt', pageDigest(5));
		const out = path.join(tempHome(), 'picks.txt');
		const s = open(held(`node '${CLI}' '${digest}' > '${out}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('Paper 1: On Things');
		await s.type(' ', 'j', ' ');
		await s.waitFor('2 picked');
		await s.type('\r');
		await s.waitFor('AFTER-0');
		const papers = parseDigest(pageDigest(5), {source: 'x'}).papers;
		expect(fs.readFileSync(out, 'utf8')).toBe(formatPapers([papers[0]!, papers[2]!], 'text'));
	});

	it('with stdin piped, keys still come from the terminal', async () => {
		const digest = writeTemp('d.txt', pageDigest(3));
		const s = open(held(`cat '${digest}' | node '${CLI}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('Paper 1: On Things');
		await s.waitFor('stdin');
		await s.type('G');
		await s.waitFor(/› +Paper 3: On Things/);
		await s.type('q');
		await s.waitFor('AFTER-0');
	});

	it('an abstract carrying escape sequences shows as plain text', async () => {
		const evil =
			'Evil\u001b]0;owned\u0007 Title\n\nMoves\u001b[10;10H the \u001b[2Jcursor\u001b[31m red.\n\n  • 1 author\n·\nJan 5, 2026 1\n';
		const digest = writeTemp('evil.txt', evil);
		const s = open(held(`node '${CLI}' '${digest}'`), {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('Evil]0;owned Title');
		// The pane's line may come in a later write than the title's: waited for, not assumed.
		await s.waitFor('Moves[10;10H the [2Jcursor[31m red.');
		expect(s.raw()).not.toContain('\u001b]0;owned');
	});

	it('resizing re-lays the screen', async () => {
		const digest = writeTemp('d.txt', pageDigest(3));
		const s = open(held(`node '${CLI}' '${digest}'`), {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('Paper 1: On Things');
		s.child.resize(30, 8);
		s.term.resize(30, 8);
		await s.waitFor('Terminal too small');
		s.child.resize(100, 30);
		s.term.resize(100, 30);
		await s.waitFor('Paper 1: On Things');
	});
});
