import {render} from 'ink';
import type {Paper} from '../../digest/paper.js';
import {App} from '../app.js';
import type {Services} from '../effects.js';
import type {State} from '../core/model.js';
import {editInEditor, runInTerminal, type Terminal} from './terminal.js';
import type {UserCommand} from '../core/model.js';
import {fillArgs, placeholderEnv, unfillable} from '../../output/placeholders.js';
import {formatPapers, type Format} from '../../output/format.js';
import type {Theme} from '../frame/theme.js';

export type BrowserResult = {code: number; papers: Paper[]} | null;

/** Runs the browser on an open terminal until the user leaves it; `start` is the state the first frame showed. */
export async function runBrowser(terminal: Terminal, start: State, services: Services, theme?: Theme): Promise<BrowserResult> {
	const onSignal = (signal: NodeJS.Signals) => {
		terminal.restore();
		process.exit(128 + (signal === 'SIGHUP' ? 1 : signal === 'SIGINT' ? 2 : 15));
	};
	// SIGINT too: should the terminal leave raw mode, a Ctrl-C comes as a signal, not a key, and must end papers as the key would.
	process.once('SIGTERM', onSignal).once('SIGHUP', onSignal).once('SIGINT', onSignal);
	// Ctrl-Z: Ink's last frame is forgotten, so the frame drawn after `fg` is drawn whole (Ink's clear() forgets it:
	// a patch; Ink 6.8 kept the frame as drawn, and drew nothing until a key changed it).
	let forget = () => {};
	const suspend = () => {
		terminal.suspend();
		forget();
	};
	// Stopped from outside (kill -TSTP, SIGSTOP) and continued: the shell's screen and mode may be in force, so the
	// alternate screen and raw mode again, and the whole frame.
	const continued = (redraw: () => void) => {
		const onContinue = () => {
			terminal.resume();
			forget();
			redraw();
		};
		process.on('SIGCONT', onContinue);
		return () => void process.off('SIGCONT', onContinue);
	};
	try {
		// `e`: the note handed to the editor with the terminal; the frame after it is drawn whole, as after Ctrl-Z.
		const editText = (text: string) => {
			const edited = terminal.handOver((fds) => editInEditor(text, process.env, fds)) ?? {problem: 'the terminal is gone'};
			forget();
			return edited;
		};
		const runForeground = (command: UserCommand, papers: readonly Paper[]) => {
			const argv = fillArgs(command.argv, papers[0]!);
			const input = command.stdin ? formatPapers(papers, command.stdin as Format) : null;
			const env = {...process.env, ...placeholderEnv(papers[0]!)};
			const problem = unfillable(argv, env);
			if (problem) return `${argv[0]}: ${problem}`;
			const said = terminal.handOver((fds) => runInTerminal(argv, input, env, fds)) ?? 'the terminal is gone';
			forget();
			return said;
		};
		// Only the rows a key changed are written. Ink 6.8's incremental mode places rows right for a frame as tall as
		// the terminal (a shorter one ends in a newline, and its rows were drawn one line low), which papers' frame is
		// (layout), and a patch keeps Ink from clearing the screen for such a frame. PAPERS_INCREMENTAL=0 writes whole
		// frames, to compare.
		const incremental = process.env.PAPERS_INCREMENTAL !== '0';
		const app = render(<App start={start} theme={theme} services={{...services, suspend, continued, editText, runForeground}} />, {
			stdout: terminal.stdout,
			stdin: terminal.stdin,
			exitOnCtrlC: false,
			patchConsole: false,
			incrementalRendering: incremental,
			maxFps: 60,
		});
		forget = () => app.clear();
		const result = (await app.waitUntilExit()) as {code: number; papers: Paper[]} | undefined;
		return result ?? {code: 0, papers: []};
	} finally {
		terminal.restore();
		process.off('SIGTERM', onSignal).off('SIGHUP', onSignal).off('SIGINT', onSignal);
	}
}
