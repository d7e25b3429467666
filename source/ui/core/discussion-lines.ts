import {commentHead, hiddenLine, walk, type Discussion} from '../../digest/comments.js';
import type {Paper} from '../../digest/paper.js';
import {memoizeBy} from '../../cache.js';
import {sanitizeLine, sanitizeText} from '../../output/sanitize.js';
import {wrapText} from '../../output/wrap.js';
import type {DiscussionEntry} from './discussion.js';
import type {AbstractLine} from './pane-lines.js';

const HEAD: AbstractLine[] = [
	{text: '', kind: 'blank'},
	{text: 'Discussion', kind: 'label'},
];

const said = (text: string, width: number, kind: AbstractLine['kind'] = 'meta', indent = ''): AbstractLine[] =>
	wrapText(sanitizeLine(text), Math.max(10, width - indent.length)).map((t) => ({text: `${indent}${t}`, kind}));

/** The pane's "Discussion", after the paper: each comment's head, its text, replies indented under their parent. */
export function discussionLines(paper: Paper, entry: DiscussionEntry | undefined, width: number): AbstractLine[] {
	if (!entry || !paper.id) return [];
	if (entry.status === 'asking') return [...HEAD, ...said('asking Hugging Face…', width)];
	if (entry.status === 'failed') {
		const count = paper.comments ? `; the list says ${paper.comments} comments` : '';
		return [...HEAD, ...said(`${entry.message}${count} (o opens the page)`, width)];
	}
	return entry.discussion ? commentLines(entry.discussion, width) : [];
}

/** The comments as lines, worked out once per discussion and width, not on every key: a long one is thousands. */
const commentLines = memoizeBy((discussion: Discussion, width: number): AbstractLine[] => {
	if (discussion.count === 0) return [...HEAD, ...said('no comments yet', width)];
	return [
		...HEAD,
		...walk(discussion.comments).flatMap(({comment, depth}) => {
			const indent = '  '.repeat(Math.min(depth, 4));
			const text = comment.hidden ? [hiddenLine(comment)] : sanitizeText(comment.text).split('\n');
			return [
				...said(`${depth > 0 ? '↳ ' : ''}${commentHead(comment)}`, width, 'meta', indent),
				...text.flatMap((l) => (l.trim() ? said(l, width, 'body', `${indent}  `) : [])),
			];
		}),
	];
});
