import {commentHead, hiddenLine, walk, type Discussion} from '../digest/comments.js';
import {paperUrl} from '../digest/paper.js';
import {paperIdOf} from '../output/links.js';
import {jsonSafe, sanitizeLine} from '../output/sanitize.js';
import {renderMarkdown} from '../reader/render.js';
import {discussionLoader} from '../services/comments.js';
import type {PapersPaths} from '../store/paths.js';
import {errorMessage, plural} from '../text.js';
import {RuntimeError, UsageError} from './errors.js';
import {printWidth, say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';

/** `papers comments ID`: the paper's discussion, replies under their parent; `--json` the thread as data. */
export async function commentsCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const id = paperIdOf(options.inputs[0]!);
	if (!id) throw new UsageError(`${options.inputs[0]} is not a paper id or a Hugging Face or arXiv link`);
	let discussion: Discussion;
	try {
		({discussion} = await discussionLoader(options, paths.store, {...io, say: (line) => say(io, line)})(id, {refetch: options.force}));
	} catch (error) {
		// Best effort: what the site's page shows is one link away.
		throw new RuntimeError(`${id}: ${errorMessage(error)}; the discussion is on ${paperUrl(id)}`);
	}
	if (options.format === 'json') {
		await writeOut(io, `${jsonSafe(JSON.stringify(discussion, null, 2))}\n`);
		return 0;
	}
	const width = printWidth(io);
	const lines = [`${plural(discussion.count, 'comment')} on ${id} · ${paperUrl(id)}`];
	for (const {comment, depth} of walk(discussion.comments)) {
		const indent = '  '.repeat(Math.min(depth, 6));
		if (depth === 0) lines.push('');
		lines.push(`${indent}${depth > 0 ? '↳ ' : ''}${sanitizeLine(commentHead(comment))}`);
		const body = comment.hidden
			? [hiddenLine(comment)]
			: renderMarkdown(comment.text, width - indent.length - 2).map((l) => l.text.trimEnd());
		lines.push(...body.map((l) => (l ? `${indent}  ${sanitizeLine(l)}` : '')));
	}
	await writeOut(io, `${lines.join('\n')}\n`);
	return 0;
}
