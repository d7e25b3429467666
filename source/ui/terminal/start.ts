import chalk from 'chalk';
import {utf8Locale} from '../../digest/groups.js';
import {browseFrame} from '../browse/lines.js';
import type {Services} from '../effects.js';
import {layout, readViewport} from '../core/geometry.js';
import {plainFrame} from '../frame/plain-frame.js';
import type {BrowserResult, runBrowser as RunBrowser} from './run.js';
import {initialState} from '../reducer.js';
import {answerPlainKeys, type PlainKeys} from './plain-keys.js';
import type {InitOptions, State} from '../core/model.js';
import {openTerminal} from './terminal.js';
import {themeFor, type Theme} from '../frame/theme.js';

/** Ends the plain frame: the cursor back at the top-left corner, where Ink's first frame starts. Ink never writes this form. */
export const FIRST_FRAME_END = '\u001b[1;1H';

/**
 * Opens the browser: the terminal first, then the first frame drawn with plain writes from the same lines Ink
 * draws, and only then Ink and React are loaded, to take over the same screen when they are in (bench:
 * `chunks`, run-*.js). Keys typed
 * meanwhile are answered by plain frames where they can be (plain-keys.ts); the rest wait in the terminal
 * (raw mode: not echoed, not line-buffered) and reach Ink in order once it reads them.
 * Answers null when there is no terminal to draw on, so the caller can print instead.
 */
export async function startBrowser(init: InitOptions, services: Services, theme?: Theme): Promise<BrowserResult> {
	const terminal = openTerminal({mouse: Boolean(init.mouse)});
	if (!terminal) return null;
	// Drawing on /dev/tty while stdout is a pipe (`papers | cat`): chalk judged colour from stdout when it loaded, and
	// Ink styles with the same chalk.
	if (chalk.level === 0 && !process.env.NO_COLOR && process.env.FORCE_COLOR === undefined && !process.stdout.isTTY) chalk.level = 1;
	try {
		terminal.stdin.setRawMode(true);
	} catch {
		// Ink says it plainly if raw mode cannot be had.
	}
	const viewport = init.viewport ?? readViewport(terminal.stdout);
	let start = initialState({...init, viewport});
	let keys: PlainKeys | null = null;
	if (start.mode === 'browse' && !layout(viewport).tooSmall) {
		const [drawTheme, spark, colour] = [theme ?? themeFor(process.env), utf8Locale(process.env), chalk.level > 0];
		const draw = (state: State) => plainFrame(browseFrame(state, drawTheme, spark), colour) + FIRST_FRAME_END;
		terminal.stdout.write(draw(start));
		// From the top-left corner, where the last frame left the cursor: each frame is whole, row for row.
		const sized = () => {
			const now = readViewport(terminal.stdout);
			return now.columns === viewport.columns && now.rows === viewport.rows;
		};
		keys = answerPlainKeys(terminal.stdin, start, (state) => terminal.stdout.write(draw(state)), sized);
	}
	const {runBrowser} = await importInk();
	if (keys) start = keys.stop();
	return runBrowser(terminal, start, services, theme);
}

/**
 * Ink draws only its last frame, at exit, when it believes it runs in CI (is-in-ci: CI or CONTINUOUS_INTEGRATION
 * set, as a shell kept for work on pipelines may have). Here a terminal is known to be there: while Ink loads
 * (is-in-ci reads the environment then, once), both say false, and are put back after.
 */
async function importInk(): Promise<{runBrowser: typeof RunBrowser}> {
	const names = ['CI', 'CONTINUOUS_INTEGRATION'] as const;
	const kept = names.map((name) => process.env[name]);
	for (const name of names) process.env[name] = 'false';
	try {
		// Ink's chunk compiled and run as one held keys up (bench: `key to frame from the first frame on`). Its largest
		// parts loaded first, one at a time, let the plain frame answer a key between them.
		await import('react');
		await import('yoga-layout');
		return await import('./run.js');
	} finally {
		names.forEach((name, i) => {
			if (kept[i] === undefined) delete process.env[name];
			else process.env[name] = kept[i];
		});
	}
}
