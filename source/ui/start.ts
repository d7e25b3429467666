import chalk from 'chalk';
import {utf8Locale} from '../digest/groups.js';
import {browseFrame} from './browse/lines.js';
import type {Services} from './effects.js';
import {layout, readViewport} from './core/layout.js';
import {plainFrame} from './frame/plain-frame.js';
import type {BrowserResult, runBrowser as RunBrowser} from './run.js';
import {initialState} from './state.js';
import type {InitOptions} from './core/model.js';
import {openTerminal} from './terminal.js';
import {themeFor, type Theme} from './frame/theme.js';

/** Ends the plain frame: the cursor back at the top-left corner, where Ink's first frame starts. Ink never writes this form. */
export const FIRST_FRAME_END = '\u001b[1;1H';

/**
 * Opens the browser: the terminal first, then the first frame drawn with plain writes from the same lines Ink
 * draws, and only then Ink and React are loaded, to take over the same screen 50-70 ms later. Keys typed meanwhile
 * wait in the terminal (raw mode: not echoed, not line-buffered) and reach Ink in order once it reads them.
 * Answers null when there is no terminal to draw on, so the caller can print instead.
 */
export async function startBrowser(init: InitOptions, services: Services, theme?: Theme): Promise<BrowserResult> {
	const terminal = openTerminal({mouse: Boolean(init.mouse)});
	if (!terminal) return null;
	try {
		terminal.stdin.setRawMode(true);
	} catch {
		// Ink says it plainly if raw mode cannot be had.
	}
	const viewport = init.viewport ?? readViewport(terminal.stdout);
	const start = initialState({...init, viewport});
	if (start.mode === 'browse' && !layout(viewport).tooSmall) {
		const lines = browseFrame(start, theme ?? themeFor(process.env), utf8Locale(process.env));
		terminal.stdout.write(plainFrame(lines, chalk.level > 0) + FIRST_FRAME_END);
	}
	const {runBrowser} = await importInk();
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
		return await import('./run.js');
	} finally {
		names.forEach((name, i) => {
			if (kept[i] === undefined) delete process.env[name];
			else process.env[name] = kept[i];
		});
	}
}
