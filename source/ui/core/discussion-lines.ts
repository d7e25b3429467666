import {commentHead, hiddenLine, walk} from '../../digest/comments.js';
import type {Paper} from '../../digest/paper.js';
import {sanitizeLine, sanitizeText} from '../../output/sanitize.js';
import {wrapText} from '../../output/wrap.js';
import type {DiscussionEntry} from './discussion.js';
import type {AbstractLine} from './pane-lines.js';

/** The pane's "Discussion", after the paper: each comment's head, its text, replies indented under their parent. */
export function discussionLines(paper: Paper, entry: DiscussionEntry | undefined, width: number): AbstractLine[] {
	if (!entry || !paper.id || (entry.status === 'ready' && !entry.discussion)) return [];
	const said = (text: string, kind: AbstractLine['kind'] = 'meta', indent = '') =>
		wrapText(sanitizeLine(text), Math.max(10, width - indent.length)).map((t) => ({text: `${indent}${t}`, kind}));
	const head: AbstractLine[] = [
		{text: '', kind: 'blank'},
		{text: 'Discussion', kind: 'label'},
	];
	if (entry.status === 'asking') return [...head, ...said('asking Hugging Face…')];
	if (entry.status === 'failed') {
		const count = paper.comments ? `; the list says ${paper.comments} comments` : '';
		return [...head, ...said(`${entry.message}${count} (o opens the page)`)];
	}
	const {discussion} = entry;
	if (!discussion) return [];
	if (discussion.count === 0) return [...head, ...said('no comments yet')];
	return [
		...head,
		...walk(discussion.comments).flatMap(({comment, depth}) => {
			const indent = '  '.repeat(Math.min(depth, 4));
			const text = comment.hidden ? [hiddenLine(comment)] : sanitizeText(comment.text).split('\n');
			return [
				...said(`${depth > 0 ? '↳ ' : ''}${commentHead(comment)}`, 'meta', indent),
				...text.flatMap((l) => (l.trim() ? said(l, 'body', `${indent}  `) : [])),
			];
		}),
	];
}
