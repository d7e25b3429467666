import {annotatedFrom} from '../lists/annotations.js';
import type {Paper} from '../digest/paper.js';
import {forYouScores, orderForYou} from '../digest/for-you.js';
import {similarModelNow, similarPapers} from '../digest/similar.js';
import {readLists} from '../lists/read.js';
import {savedPapers} from '../lists/model.js';
import {formatPapers} from '../output/format.js';
import {quoted, sanitizeLine} from '../output/sanitize.js';
import {loadLibrary} from '../sources/load.js';
import type {PapersPaths} from '../store/paths.js';
import {RuntimeError} from './errors.js';
import {printWidth, say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {paperIdOf} from '../output/links.js';
import {keepModel, readKeptModel} from '../store/likeness-file.js';

/** `--sort for-you` and `--for-you LIST` when printing: the order, or null (then upvotes, and said why). */
export function forYouOrdering(papers: readonly Paper[], options: Options, configDir: string, io: Io): ((ps: Paper[]) => Paper[]) | null {
	if (!options.forYou) return null;
	const {lists} = readLists(configDir);
	const only = options.forYou.list;
	if (only !== null && !Object.hasOwn(lists, only)) throw new RuntimeError(`no reading list ${quoted(only)} to learn from`);
	const saved = savedPapers(lists, only);
	if (saved.length === 0) {
		say(io, `for you: ${only !== null ? `list ${quoted(only)} is empty` : 'no reading lists yet'}, so by upvotes`);
		return null;
	}
	const model = similarModelNow(papers);
	const forYou = forYouScores(model, saved);
	return (ps) => orderForYou(ps, model, forYou, options.grouping ?? 'day');
}

/** The likeness model of the store: kept beside its index, built (and kept) when there is none for these papers. */
export async function storeModel(papers: readonly Paper[], storeDir: string) {
	const kept = await readKeptModel(storeDir, papers);
	if (kept) return kept;
	const model = similarModelNow(papers);
	await keepModel(storeDir, model);
	return model;
}

/** `papers similar ID [-n N]`: the papers of the store (or the inputs) most like paper ID, in any format. */
export async function similarCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const asked = options.inputs[0]!;
	const id = paperIdOf(asked);
	if (!id) throw new RuntimeError(`${sanitizeLine(asked)} is not a paper id or a Hugging Face or arXiv link`);
	const library = await loadLibrary({inputs: [], storeDir: paths.store, today: options.today, stdinPiped: false});
	const paper = library.papers.find((p) => p.id?.replace(/v\d+$/, '') === id);
	if (!paper) throw new RuntimeError(`${id} is not in the store (papers fetch --date DAY gets its day)`);
	const alike = similarPapers(await storeModel(library.papers, paths.store), paper, options.limit ?? 10);
	if (alike.length === 0) say(io, `no paper of the store is like ${id}`);
	await writeOut(
		io,
		formatPapers(
			annotatedFrom(
				paths.config,
				alike.map((a) => a.paper),
			),
			options.format,
			{width: printWidth(io)},
		),
	);
	return 0;
}
