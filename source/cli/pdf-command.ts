import {sanitizeLine} from '../output/sanitize.js';
import {ensurePdf, openPdf} from '../services/pdf.js';
import type {PapersPaths} from '../store/paths.js';
import {errorMessage} from '../text.js';
import {RuntimeError, UsageError} from './errors.js';
import {writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {arxivIdOf} from '../output/links.js';

/** `papers pdf ID [--open]`: the arXiv PDF into the data folder (once), its path printed; --open opens it. */
export async function pdfCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const id = arxivIdOf(options.inputs[0]!);
	if (!id) throw new UsageError(`${sanitizeLine(options.inputs[0]!)} is not an arXiv id or an arXiv or Hugging Face link`);
	let file: string;
	try {
		({file} = await ensurePdf(id, options, paths.store, io));
	} catch (error) {
		throw new RuntimeError(`${id}: no PDF: ${errorMessage(error)}`);
	}
	await writeOut(io, `${sanitizeLine(file)}\n`);
	if (!options.open) return 0;
	const problem = await openPdf(file, io.env);
	if (problem) throw new RuntimeError(problem);
	return 0;
}
