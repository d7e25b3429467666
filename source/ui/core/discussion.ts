import type {Discussion} from '../../digest/comments.js';

/* A paper's discussion on Hugging Face in the pane: asked for as the paper lingers, as its record is. */

export type DiscussionEntry =
	| {status: 'asking'}
	| {status: 'ready'; /** null: none kept, offline (nothing is said of it) */ discussion: Discussion | null}
	| {status: 'failed'; message: string};

export type DiscussionAction =
	| {type: 'discussion.asked'; id: string}
	| {type: 'discussion.loaded'; id: string; discussion: Discussion | null}
	| {type: 'discussion.failed'; id: string; message: string};
