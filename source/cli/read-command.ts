import {FetchError} from '../fetch/hf-api.js';
import {paperIdOf} from '../output/links.js';
import {sanitizeLine} from '../output/sanitize.js';
import {renderMarkdown} from '../reader/render.js';
import {errorMessage, plural} from '../text.js';
import {RuntimeError, UsageError} from './errors.js';
import {forStdout, printWidth, say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';

import {loadPaperText, type PaperText} from '../services/paper-text.js';

/** `papers read ID`: rendered text when printed (or the markdown as served, with --format markdown). */
export async function printPaper(idText: string | undefined, options: Options, storeDir: string, io: Io): Promise<number> {
	const id = idText ? paperIdOf(idText) : null;
	if (!id)
		throw new UsageError(
			idText ? `${idText} is not a paper id or a Hugging Face or arXiv link` : 'papers read needs a paper id, as in papers read 2608.19880',
		);
	let text: PaperText;
	try {
		text = await loadPaperText(id, options, storeDir, {...io, say: (line) => say(io, line)});
	} catch (error) {
		throw new RuntimeError(`${id}: ${errorMessage(error)}`);
	}
	if (options.format === 'markdown') {
		await writeOut(io, forStdout(io, text.markdown.endsWith('\n') ? text.markdown : `${text.markdown}\n`));
		return 0;
	}
	const lines = renderMarkdown(text.markdown, printWidth(io));
	await writeOut(io, `${lines.map((l) => l.text.trimEnd()).join('\n')}\n`);
	return 0;
}

/**
 * `papers fetch --papers LIST`: the full text of every paper in a reading list, kept for reading offline. A host
 * that cannot be reached (or an address that is wrong) stops it, said once, as day fetches stop.
 */
export async function fetchListPapers(ids: readonly string[], options: Options, storeDir: string, io: Io): Promise<number> {
	let failed = 0;
	for (const [i, id] of ids.entries()) {
		try {
			const {cached} = await loadPaperText(id, options, storeDir, {...io, say: (line) => say(io, line)}, {refetch: options.force});
			await writeOut(io, `${sanitizeLine(id)}  ${cached ? 'kept' : 'fetched'}\n`);
		} catch (error) {
			failed++;
			if (error instanceof FetchError && error.unreachable) {
				const left = ids.length - i;
				say(io, `${errorMessage(error)}; ${plural(left, 'paper')} not fetched`);
				return 1;
			}
			say(io, `${id}: ${errorMessage(error)}`);
		}
	}
	return failed > 0 ? 1 : 0;
}
