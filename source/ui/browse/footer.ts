import {summarize} from '../../lists/model.js';
import {sanitizeLine} from '../../output/sanitize.js';
import {displayWidth, fitWidth} from '../../output/width.js';
import {plural} from '../../text.js';
import {hintsFor} from '../core/keymap.js';
import {currentPaper} from '../core/navigate.js';
import {LINK_KEYS, linksOf} from '../core/linked.js';
import {tagCounts} from '../../lists/annotations.js';
import type {State} from '../core/model.js';
import {scopePapers} from '../core/view.js';

/* The footer's line: the hints of the keys that work, the kept filter, the link chooser, the list names. */

export function footerHints(state: State, width = Infinity): string {
	const canGoBack = state.query !== '' || state.scope.kind === 'similar' || state.scope.kind === 'remote' || state.remote.asking !== null;
	const hints = hintsFor(state.keymap, state.mode, {inList: state.scope.kind === 'list', canGoBack, seenKept: state.marks.seen !== null});
	// As many whole hints as the width holds: a hint cut in two (`Space …`) says nothing.
	let line = '';
	for (const {keys, hint} of hints) {
		const next = line ? `${line}  ${keys} ${hint}` : `${keys} ${hint}`;
		if (displayWidth(next) > width) break;
		line = next;
	}
	return line;
}

/** The query as the header quotes it: once (`"world model" -survey` has its own quotes; `diffusion` is given them). */
export function quotedQuery(query: string): string {
	const shown = sanitizeLine(query);
	return shown.includes('"') ? shown : `"${shown}"`;
}

/** While a kept filter narrows the list, the footer says so, and how to clear it. */
export function filterNote(state: State): string | null {
	if (state.mode !== 'browse' || !state.query) return null;
	const waiting = state.view.waiting ? ` (waiting: ${state.view.waiting}…)` : '';
	const lacking = withoutRecord(state);
	// A paper with no record matches no models:, datasets: or spaces: term, negated or not: say how many, and the cure.
	const records = lacking > 0 ? ` · ${plural(lacking, 'paper')} without a record (papers fetch --info)` : '';
	return `filter: ${sanitizeLine(state.query)}${waiting}${records} · Esc clears`;
}

/** With `models:>0` and its kin in the filter: how many papers it looks at have no record in (they match none). */
function withoutRecord(state: State): number {
	if (!state.view.parsed.terms.some((t) => t.kind === 'linked')) return 0;
	const papers = scopePapers(state.scope, state.allPapers, state.mine.lists, state.remote.trending?.papers);
	let lacking = 0;
	for (const p of papers) if (!p.id || state.remote.infos.get(p.id)?.status !== 'ready') lacking++;
	return lacking;
}

/** The link chooser's line: each link of the current paper with its number. */
export function linkChoices(state: State): string | null {
	const paper = currentPaper(state);
	if (state.mode !== 'links' || !paper) return null;
	// Each link's key as the keys in force have it (the settings may have moved them).
	const keyFor = (i: number) =>
		state.keymap.find((b) => b.command === `link.${i + 1}` && b.modes.includes('links'))?.keys[0]?.label ?? LINK_KEYS[i];
	const links = linksOf(state, paper).map((l, i) => `${keyFor(i)} ${sanitizeLine(l.label)}${l.note ? ` ${l.note}` : ''}`);
	return `open: ${links.join(' · ')} · Esc closes`;
}

/** The list-name box's label, by what the name is for. */
export function nameLabel(state: State): string {
	const nameFor = state.box.nameFor;
	if (nameFor.kind === 'tags') return 'tags: ';
	if (nameFor.kind === 'move') return 'move to list: ';
	if (nameFor.kind === 'rename') return `rename "${fitWidth(nameFor.list, 30)}" to: `;
	if (nameFor.kind === 'copy') return `copy "${fitWidth(nameFor.list, 30)}" to: `;
	return 'save to list: ';
}

export function listNames(state: State): string {
	if (state.box.nameFor.kind === 'tags')
		return tagCounts(state.mine.annotations)
			.slice(0, 5)
			.map((c) => `#${c.tag}`)
			.join(' ');
	return summarize(state.mine.lists)
		.map((l) => l.name)
		.slice(0, 5)
		.join(', ');
}
