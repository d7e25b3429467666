import type {Command} from '../core/keymap.js';
import {runIn, type CommandTable, type Handler} from '../core/dispatch.js';
import {currentPaper, withEffect} from '../core/navigate.js';
import {LINK_KEYS, linksOf} from '../core/linked.js';
import type {State} from '../core/model.js';

/** The link chooser (`O`): a number opens that link of the current paper; anything else closes it. */

function open(n: number): Handler {
	return (state) => {
		const paper = currentPaper(state);
		const link = paper ? linksOf(state, paper)[n - 1] : undefined;
		const closed = {...state, mode: state.previousMode};
		if (link?.file) return withEffect(closed, {kind: 'pdf.open', file: link.url}, `opening ${link.url}`);
		return link
			? withEffect(closed, {kind: 'open', url: link.url}, `opening ${link.url}`)
			: {...closed, message: `there is no link ${LINK_KEYS[n - 1]}`};
	};
}

const LINKS: CommandTable<'links'> = {
	'link.1': open(1),
	'link.2': open(2),
	'link.3': open(3),
	'link.4': open(4),
	'link.5': open(5),
	'link.6': open(6),
	'link.7': open(7),
	'link.8': open(8),
	'link.9': open(9),
	'link.10': open(10),
	'link.11': open(11),
	'link.12': open(12),
	'link.13': open(13),
	'link.14': open(14),
	back: (state) => ({...state, mode: state.previousMode, message: null}),
};

export function runLinksCommand(state: State, command: Command): State {
	return runIn(LINKS, command, state);
}
