import {cleanTag, tagCounts} from '../../lists/annotations.js';
import type {State} from './model.js';
import {withEffect} from './moves.js';

/** The tags box (`t`): what Enter writes, and what Tab completes. */

/** The tags box's Enter: what was added and what was taken out, written under the lists' lock. */
export function acceptTags(state: State, key: string, typed: string): State {
	const words = typed.split(/\s+/).filter(Boolean);
	const tags = words.map(cleanTag);
	const bad = words.filter((_, i) => tags[i] === null);
	if (bad.length > 0) return {...state, message: `not a tag: ${bad[0]} (letters and digits, then also _ . : / + -)`};
	const now = new Set(tags as string[]);
	const before = state.mine.annotations.tags[key] ?? [];
	const add = [...now].filter((t) => !before.includes(t));
	const remove = before.filter((t) => !now.has(t));
	if (add.length === 0 && remove.length === 0) return state;
	return withEffect(state, {kind: 'tags.set', key, add, remove});
}

/** Tab in the tags box: the word being typed completed to the most used tag it starts. */
export function completeTag(state: State, draft: string): string {
	const at = draft.search(/\S+$/);
	if (at < 0) return draft;
	const typed = draft.slice(at).replace(/^#/, '').toLowerCase();
	const match = tagCounts(state.mine.annotations).find((c) => c.tag.startsWith(typed) && c.tag !== typed);
	return match ? `${draft.slice(0, at)}#${match.tag} ` : draft;
}
