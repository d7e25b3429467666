import type {Paper} from '../digest/paper.js';
import {annotatedFrom} from '../lists/annotations.js';
import {sendToZotero} from '../services/zotero.js';
import type {PapersPaths} from '../store/paths.js';
import {errorMessage, plural} from '../text.js';
import {RuntimeError, UsageError} from './errors.js';
import {SAVE_WITHOUT_ASKING} from './lists-command.js';
import {say, writeOut, type Io} from './io.js';

/** `papers zotero [inputs] [filters]`: the papers chosen as --print chooses them, to a running Zotero. */
export async function zoteroCommand(papers: readonly Paper[], paths: PapersPaths, io: Io, yes = false): Promise<number> {
	if (papers.length === 0) {
		say(io, 'no papers chosen: nothing sent to Zotero');
		return 0;
	}
	// Each item is a paper with its PDF: the whole store sent is a filter forgotten, as with --save.
	if (papers.length > SAVE_WITHOUT_ASKING && !yes)
		throw new UsageError(
			`papers zotero would send ${papers.length} papers, each with its PDF; narrow it (--today, --list, --search, --min-upvotes) or add --yes`,
		);
	try {
		const sent = await sendToZotero(annotatedFrom(paths.config, papers), io.env);
		await writeOut(io, `sent ${plural(sent, 'paper')} to Zotero\n`);
		return 0;
	} catch (error) {
		throw new RuntimeError(errorMessage(error));
	}
}
