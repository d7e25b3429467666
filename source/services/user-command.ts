import path from 'node:path';
import {errnoWords} from '../file-system.js';
import {childProcess} from '../lazy-builtins.js';
import type {Paper} from '../digest/paper.js';
import {formatPapers, type Format} from '../output/format.js';
import {fillArgs, placeholderEnv, unfillable} from '../output/placeholders.js';
import {sanitizeLine} from '../output/sanitize.js';
import type {UserCommand} from '../user-command.js';

/**
 * A command of the settings, run in the background on the current paper (the first of the picks): its words filled
 * with the paper's values, the picks on its stdin in the format asked for. Answers its first line of output and
 * how it ended, for the footer.
 */
export function runInBackground(command: UserCommand, papers: readonly Paper[], env: NodeJS.ProcessEnv): Promise<string> {
	const paper = papers[0]!;
	const [program, ...args] = fillArgs(command.argv, paper);
	const filledEnv = {...env, ...placeholderEnv(paper)};
	const problem = unfillable([program!, ...args], filledEnv);
	if (problem) return Promise.resolve(`${path.basename(program!)}: ${problem}`);
	return new Promise((resolve) => {
		const child = childProcess().spawn(program!, args, {
			stdio: [command.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
			env: filledEnv,
		});
		let out = '';
		let err = '';
		child.stdout!.setEncoding('utf8').on('data', (d: string) => (out += d));
		child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
		child.stdin?.on('error', () => {});
		child.stdin?.end(formatPapers(papers, command.stdin as Format));
		// Named by its file's name: a long path before the point would push the point out of the footer.
		const name = path.basename(program!);
		child.once('error', (error) => resolve(sanitizeLine(`${name}: could not be started (${errnoWords(error)}): ${program}`)));
		child.once('close', (code, signal) => {
			const first = (out.trim() || err.trim()).split('\n')[0] ?? '';
			resolve(sanitizeLine(`${name}: ${first || '(no output)'} · ${signal ? `stopped by ${signal}` : `exit ${code}`}`));
		});
	});
}
