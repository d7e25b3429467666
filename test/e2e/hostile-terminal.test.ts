import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {held, ptySessions} from '../helpers/pty.js';
import {CLI, pageDigest, tempHome, writeTemp} from '../helpers/run-cli.js';
import {AS_NOBODY, CAN_DROP_ROOT, NOBODY, sharedTemp} from '../helpers/unprivileged.js';

const open = ptySessions();

describe('a hostile terminal', () => {
	const SGR_COLOUR = /\u001b\[(?:[0-9;]*;)?(?:3[0-9]|9[0-7]|4[0-9]|10[0-7]|2)(?:;[0-9;]*)?m/;

	it('NO_COLOR=1: no colour and no dimming at all (reverse video for the cursor row stays)', async () => {
		const digest = writeTemp('d.txt', pageDigest(3));
		const coloured = open(`node '${CLI}' '${digest}'`, {env: {PAPERS_HOME: tempHome(), NO_COLOR: undefined, FORCE_COLOR: undefined}});
		await coloured.waitFor('Paper 1: On Things');
		expect(coloured.raw()).toMatch(SGR_COLOUR);
		const plain = open(`node '${CLI}' '${digest}'`, {env: {PAPERS_HOME: tempHome(), NO_COLOR: '1', FORCE_COLOR: undefined}});
		await plain.waitFor('Paper 1: On Things');
		await plain.type('j', '?', '?');
		await plain.waitFor(/› +Paper 2/);
		expect(plain.raw()).not.toMatch(SGR_COLOUR);
		expect(plain.raw()).toContain('\u001b[7m');
	});

	it('papers | cat: drawn on the terminal in colour, stdout a pipe (the first frame and the ones Ink draws after it)', async () => {
		const digest = writeTemp('d.txt', pageDigest(3));
		const s = open(`node '${CLI}' '${digest}' | cat`, {env: {PAPERS_HOME: tempHome(), NO_COLOR: undefined, FORCE_COLOR: undefined}});
		await s.waitFor('Paper 1: On Things');
		expect(s.raw()).toMatch(SGR_COLOUR);
		const before = s.raw().length;
		await s.type('j');
		await s.waitFor(/› +Paper 2/);
		expect(s.raw().slice(before)).toContain('\u001b[7m');
	});

	it('TERM=dumb prints instead of drawing', async () => {
		const digest = writeTemp('d.txt', pageDigest(2));
		const s = open(held(`TERM=dumb node '${CLI}' '${digest}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('AFTER-0');
		expect(s.raw()).not.toContain('\u001b[?1049h');
		expect(s.screen()).toContain('▲ 2  Paper 1: On Things');
	});

	it('keys that arrive in one read all move the cursor', async () => {
		const digest = writeTemp('d.txt', pageDigest(5));
		const s = open(`node '${CLI}' '${digest}'`, {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('Paper 1: On Things');
		s.child.write('jjj');
		await s.waitFor(/› +Paper 4: On Things/);
	});

	it('with stderr to a file, no cursor control lands in it', async () => {
		const digest = writeTemp('d.txt', pageDigest(2));
		const err = path.join(tempHome(), 'err.txt');
		const s = open(held(`node '${CLI}' '${digest}' 2>'${err}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('Paper 1: On Things');
		await s.type('q');
		await s.waitFor('AFTER-0');
		expect(fs.readFileSync(err, 'utf8')).toBe('');
	});

	it.skipIf(!CAN_DROP_ROOT)(`a read-only home, ${AS_NOBODY}: b says why in one line, and q exits at once`, async () => {
		const home = sharedTemp('papers-ro-');
		fs.writeFileSync(path.join(home, 'config.json'), JSON.stringify({lists: {}, __internal__: {migrations: {version: '1.0.0'}}}));
		fs.chmodSync(path.join(home, 'config.json'), 0o444);
		fs.chmodSync(home, 0o555);
		const digest = path.join(sharedTemp('papers-in-'), 'd.txt');
		fs.writeFileSync(digest, pageDigest(3));
		fs.chmodSync(digest, 0o644);
		const s = open(held(`${NOBODY.join(' ')} node '${CLI}' '${digest}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: home}});
		await s.waitFor('Paper 1: On Things');
		await s.type('b');
		await s.waitFor('not saved: the folder is read-only (permission denied): $PAPERS_HOME');
		s.child.write('bq');
		// The exit is waited for well under the ~10 s a lock wait could take (and well over a loaded machine's start).
		await s.waitFor('AFTER-0', 6000);
	});
});

describe('search in a real terminal', () => {
	it('the words a search matched are marked in the list and the pane (underlined, even with NO_COLOR)', async () => {
		const digest = writeTemp('d.txt', pageDigest(3, 'Jan 5, 2026', 'Agent'));
		const s = open(`node '${CLI}' '${digest}'`, {env: {PAPERS_HOME: tempHome(), NO_COLOR: '1', FORCE_COLOR: undefined}});
		await s.waitFor('Agent 1: On Things');
		s.child.write('/thing');
		await s.waitFor('3 match "thing"');
		expect(s.raw()).toMatch(/\u001b\[4m(\u001b\[[\d;]*m)*Things/);
		const line = s.term.buffer.active.getLine(2)!;
		const cell = line.getCell(line.translateToString().indexOf('Things'))!;
		expect(cell.isUnderline()).toBeTruthy();
	});
});

describe('links in a real terminal', () => {
	it('y copies the paper link with exactly one OSC 52 sequence, and the footer shows the link', async () => {
		const file = writeTemp(
			'2026-08-21.json',
			JSON.stringify([{paper: {id: '2608.19880', title: 'EnvHarness', summary: 'S.', authors: [{name: 'Wei Huang'}], upvotes: 163}}]),
		);
		const s = open(`node '${CLI}' '${file}'`, {env: {PAPERS_HOME: tempHome()}});
		await s.waitFor('EnvHarness');
		s.child.write('y');
		await s.waitFor('copied https://huggingface.co/papers/2608.19880');
		// The footer is drawn from the reducer; the sequence is written by the effect after it: wait for the bytes.
		await s.waitFor(() => /\u001b\]52;c;/.test(s.raw()));
		const sequences = s.raw().match(/\u001b\]52;c;([A-Za-z0-9+/=]*)\u0007/g) ?? [];
		expect(sequences).toHaveLength(1);
		expect(Buffer.from(sequences[0]!.slice(7, -1), 'base64').toString('utf8')).toBe('https://huggingface.co/papers/2608.19880');
		s.child.write('O');
		await s.waitFor('open: 1 Hugging Face · 2 arXiv · 3 PDF · Esc closes');
		s.child.write('\u001b');
		await s.waitFor(/\? help/);
	});
});
