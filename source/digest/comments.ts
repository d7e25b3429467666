/*
 * A paper's discussion on Hugging Face. No documented API gives it; GET /api/papers/{id}?field=comments answers a
 * flat list (or {comments: [...]}) of {id, author: {name, fullname}, createdAt, data: {latest: {raw}, reactions,
 * hidden, hiddenReason, parentCommentId}}, threaded here by parentCommentId. Best effort: an answer of another shape
 * is said to be one, never guessed at.
 */

export type Comment = {
	id: string;
	author: string;
	fullname: string | null;
	/** ISO time. */
	createdAt: string;
	/** Markdown as written; empty for a hidden comment, whose text is not shown. */
	text: string;
	reactions: Array<{reaction: string; count: number}>;
	hidden: boolean;
	hiddenReason: string | null;
	replies: Comment[];
};

export type Discussion = {comments: Comment[]; count: number};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 200) => (typeof v === 'string' ? v.slice(0, max) : null);

/** A comment is at most this long as kept and shown: a comment of megabytes is cut. */
const TEXT_MAX = 20_000;

type Flat = Comment & {parent: string | null};

function readComment(value: unknown): Flat | null {
	if (!isObject(value) || typeof value.id !== 'string' || !isObject(value.author) || !isObject(value.data)) return null;
	const author = str(value.author.name, 100);
	const createdAt = str(value.createdAt, 40);
	if (!author || !createdAt) return null;
	const data = value.data;
	const latest = isObject(data.latest) ? str(data.latest.raw, TEXT_MAX) : null;
	const hidden = data.hidden === true;
	const reactions = (Array.isArray(data.reactions) ? data.reactions : []).flatMap((r) => {
		if (!isObject(r) || typeof r.reaction !== 'string') return [];
		const count = typeof r.count === 'number' ? r.count : Array.isArray(r.users) ? r.users.length : 0;
		return count > 0 ? [{reaction: r.reaction.slice(0, 16), count: Math.round(count)}] : [];
	});
	return {
		id: value.id.slice(0, 64),
		author,
		fullname: str(value.author.fullname, 100),
		createdAt,
		text: hidden ? '' : (latest ?? ''),
		reactions,
		hidden,
		hiddenReason: hidden ? str(data.hiddenReason, 100) : null,
		replies: [],
		parent: str(data.parentCommentId, 64),
	};
}

/** The answer read and threaded, oldest first at each level; or why it cannot be (its shape changed). */
export function readDiscussion(value: unknown): Discussion | string {
	const list = Array.isArray(value) ? value : isObject(value) && Array.isArray(value.comments) ? value.comments : null;
	if (!list) return 'Hugging Face answered the discussion in a shape papers does not know';
	const flat = list.map(readComment);
	const read = flat.filter((c): c is Flat => c !== null);
	if (list.length > 0 && read.length === 0) return 'Hugging Face answered the discussion in a shape papers does not know';
	read.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
	const byId = new Map(read.map((c) => [c.id, c]));
	const top: Comment[] = [];
	for (const c of read) {
		const parent = c.parent && c.parent !== c.id ? byId.get(c.parent) : undefined;
		// A reply whose parent is not in the answer stands on its own rather than vanish.
		(parent ? parent.replies : top).push(c);
	}
	const strip = (c: Flat | Comment): Comment => {
		const {parent: _parent, ...rest} = c as Flat;
		return {...rest, replies: c.replies.map(strip)};
	};
	return {comments: top.map(strip), count: read.length};
}

/** One comment's head: who, when, and its reactions. */
export function commentHead(c: Comment): string {
	const who = c.fullname && c.fullname !== c.author ? `${c.author} (${c.fullname})` : c.author;
	const reactions = c.reactions.map((r) => `${r.reaction} ${r.count}`).join(' ');
	return [who, c.createdAt.slice(0, 10), reactions].filter(Boolean).join(' · ');
}

/** What a hidden comment shows: that it is hidden, and why when said; never its text. */
export const hiddenLine = (c: Comment) => `[hidden comment${c.hiddenReason ? `: ${c.hiddenReason}` : ''}]`;

/** Every comment with its depth, in reading order: each followed by its replies. */
export function walk(comments: readonly Comment[], depth = 0): Array<{comment: Comment; depth: number}> {
	return comments.flatMap((comment) => [{comment, depth}, ...walk(comment.replies, depth + 1)]);
}
