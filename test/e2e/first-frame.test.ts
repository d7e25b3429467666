import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {FIRST_FRAME_END} from '../../source/ui/terminal/start.js';
import {ROOT} from '../helpers/fixtures.js';
import {cells} from '../helpers/cells.js';
import {held, ptySessions} from '../helpers/pty.js';
import {CLI, pageDigest, runCli, tempHome, writeTemp} from '../helpers/run-cli.js';

/*
 * The first frame is drawn with plain writes before Ink has loaded; Ink then takes over the same screen. Seen in a
 * real pseudo-terminal: the two frames are the same cells, and keys typed in between are not lost.
 */

/** Ink's chunk held back (test/helpers/hold-ink.mjs) until the file `release` exists: the plain frame alone answers keys. */
const HOLD = path.join(ROOT, 'test', 'helpers', 'hold-ink.mjs');
function inkHeldUntil(release: string): NodeJS.ProcessEnv {
	const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'meta.json'), 'utf8')) as {
		outputs: Record<string, {entryPoint?: string}>;
	};
	const ink = Object.keys(meta.outputs).find((file) => meta.outputs[file]!.entryPoint === 'source/ui/terminal/run.tsx')!;
	return {PAPERS_TEST_HOLD: path.basename(ink), PAPERS_TEST_RELEASE: release};
}

const open = ptySessions();
const ENTER = '\u001b[?1049h\u001b[?25l\u001b[?2004h\u001b[H';
const SAMPLE = path.join(ROOT, 'sample', 'digest.json');

/** Waits until the stream has been quiet a while: Ink's first frame is then written whole. */
async function settled(raw: () => string) {
	let last = -1;
	await vi.waitFor(
		() => {
			const now = raw().length;
			const quiet = now === last;
			last = now;
			if (!quiet) throw new Error('still drawing');
		},
		{timeout: 10_000, interval: 400},
	);
}

describe('the first frame, before Ink is up', () => {
	it.each([
		['side by side, colours, a search marking words', 120, 36, ['--search', 'agent']],
		['stacked, colours, marks of new papers', 100, 30, []],
		['a small terminal', 80, 24, ['--sort', 'date']],
	])('is the screen Ink then draws, cell by cell (%s)', async (_name, cols, rows, args) => {
		const env = {PAPERS_HOME: tempHome(), NO_COLOR: undefined, FORCE_COLOR: undefined};
		// The paper the cursor starts on is seen already (print keeps the browser's order): its seen mark, made once it
		// has been current a moment, changes nothing, however late a loaded machine lets Ink draw its first frame.
		await runCli(['--offline', '--print', '--mark-seen', '--limit', '1', ...args, SAMPLE], {env: {PAPERS_HOME: env.PAPERS_HOME}});
		const s = open(held(`node '${CLI}' --offline ${args.join(' ')} '${SAMPLE}'`), {cols, rows, env});
		await vi.waitFor(() => expect(s.raw()).toContain(FIRST_FRAME_END), {timeout: 10_000});
		// Ink's frame, whatever the machine's load, and only then quiet: a pause before Ink drew is not the end.
		const afterPlain = () => s.raw().slice(s.raw().indexOf(FIRST_FRAME_END) + FIRST_FRAME_END.length);
		await vi.waitFor(() => expect(afterPlain()).toMatch(/▲ \d+/), {timeout: 20_000});
		await settled(s.raw);
		const raw = s.raw();
		const start = raw.indexOf(ENTER) + ENTER.length;
		const end = raw.indexOf(FIRST_FRAME_END) + FIRST_FRAME_END.length;
		const ink = raw.slice(end);
		// Ink did draw: its frame carries the list and its colours.
		expect(ink).toMatch(/▲ \d+/);
		expect(ink).toMatch(/\u001b\[3\dm/);
		const plain = await cells(raw.slice(0, end), cols, rows);
		const inked = await cells(raw.slice(0, start) + ink, cols, rows);
		expect(plain.map((row) => row.map((c) => c.chars).join(''))).toEqual(inked.map((row) => row.map((c) => c.chars).join('')));
		expect(plain).toEqual(inked);
	});

	it('keeps keys typed before Ink is ready: j j at once lands on the third paper', async () => {
		const digest = writeTemp('d.txt', pageDigest(5));
		// Ink's chunk is held back until the test releases it: the keys go in while only the plain frame is up, on any
		// machine, rather than when a loaded one happens to leave time between the two frames.
		const release = path.join(tempHome(), 'release');
		const s = open(held(`node --import '${HOLD}' '${CLI}' '${digest}'`), {env: {PAPERS_HOME: tempHome(), ...inkHeldUntil(release)}});
		await s.waitFor(/›•? +Paper 1: On Things/);
		s.child.write('jj');
		await s.waitFor(/›•? +Paper 3: On Things/);
		fs.writeFileSync(release, '');
		// Ink takes over on the same paper, and the key after lands where the two before left it.
		s.child.write('j');
		await s.waitFor(/›•? +Paper 4: On Things/);
		expect(s.screen()).not.toMatch(/›.*Paper 1: On Things/);
	});

	it('answers keys while Ink loads with plain frames, and leaves to Ink, in order, the first it cannot draw', async () => {
		const digest = writeTemp('d.txt', pageDigest(5));
		const release = path.join(tempHome(), 'release');
		const s = open(held(`node --import '${HOLD}' '${CLI}' '${digest}'`), {env: {PAPERS_HOME: tempHome(), ...inkHeldUntil(release)}});
		await s.waitFor(/›•? +Paper 1: On Things/);
		// Ink is held back: only plain frames can answer these.
		s.child.write('jj');
		await s.waitFor(/›•? +Paper 3: On Things/);
		s.child.write('k');
		await s.waitFor(/›•? +Paper 2: On Things/);
		expect(s.raw().split(FIRST_FRAME_END)).toHaveLength(4);
		// Help is a screen of Ink's: the plain frame leaves `?` and the `j` after it in the stream, for Ink.
		s.child.write('?j');
		fs.writeFileSync(release, '');
		await s.waitFor(/q close +j move/);
		// The `j` went to the help (which it scrolls), not to the list; and no plain frame answered either key.
		s.child.write('\u001b');
		await s.waitFor(/›•? +Paper 2: On Things/);
		expect(s.raw().split(FIRST_FRAME_END)).toHaveLength(4);
	});

	it('Ctrl-C before Ink is ready quits with 130 and gives the screen back', async () => {
		const digest = writeTemp('d.txt', pageDigest(5));
		const s = open(held(`echo BEFORE; node '${CLI}' '${digest}'; echo "AFTER-$?"`), {env: {PAPERS_HOME: tempHome()}});
		const typed = s.child.onData(() => {
			if (!s.raw().includes(FIRST_FRAME_END)) return;
			typed.dispose();
			s.child.write('\u0003');
		});
		await s.waitFor('AFTER-130');
		expect(s.buffer()).toBe('normal');
		expect(s.screen()).toContain('BEFORE');
	});

	it('a resize while Ink loads is not missed: Ink draws at the new size', async () => {
		const digest = writeTemp('d.txt', pageDigest(5));
		const s = open(held(`node '${CLI}' '${digest}'`), {cols: 100, rows: 30, env: {PAPERS_HOME: tempHome()}});
		const resized = s.child.onData(() => {
			if (!s.raw().includes(FIRST_FRAME_END)) return;
			resized.dispose();
			s.child.resize(60, 20);
			s.term.resize(60, 20);
		});
		// The rule under the list is one column short of the width: 59 at 60 columns.
		await s.waitFor(/^─{59}$/m);
	});

	it('CONTINUOUS_INTEGRATION in the shell does not put Ink in its CI mode, where it draws only at exit', async () => {
		const digest = writeTemp('d.txt', pageDigest(5));
		const s = open(held(`node '${CLI}' '${digest}'`), {env: {PAPERS_HOME: tempHome(), CONTINUOUS_INTEGRATION: 'true'}});
		await s.waitFor('Paper 1: On Things');
		await s.type('j', 'j');
		await s.waitFor(/› +Paper 3: On Things/);
	});
});
