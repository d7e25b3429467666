import {QUERY_EXAMPLES} from '../../digest/query.js';
import {wrapText} from '../../output/wrap.js';
import {helpSections, KEYMAP, type Binding} from '../core/keymap.js';
import type {UserCommand} from '../core/model.js';
import {layout, type Viewport} from '../core/geometry.js';

/** The help overlay laid out for the room it has: in columns when they fit side by side, else one scrolling column. */

export type HelpLine = {text: string; title: boolean};
export type HelpLayout = {columns: HelpLine[][]; columnWidth: number; height: number};

const KEYS_WIDTH = 14;

function helpLines(helpWidth: number | null, keymap: readonly Binding[], own: readonly UserCommand[]): HelpLine[] {
	const lines: HelpLine[] = [];
	const sections = helpSections(keymap);
	// The user's commands (settings) under a heading of their own.
	if (own.length > 0) sections.push({title: 'Your commands', lines: own.map((c) => ({keys: c.key.label, help: c.label}))});
	for (const section of sections) {
		if (section.lines.length === 0) continue;
		lines.push({text: section.title, title: true});
		for (const {keys, help} of section.lines) {
			const [first = '', ...rest] = helpWidth === null ? [help] : wrapText(help, helpWidth);
			lines.push({text: `  ${keys.padEnd(KEYS_WIDTH)} ${first}`, title: false});
			for (const more of rest) lines.push({text: `${' '.repeat(KEYS_WIDTH + 3)}${more}`, title: false});
		}
	}
	lines.push({text: 'Search (/ and --search)', title: true});
	for (const [example, meaning] of QUERY_EXAMPLES) {
		const [first = '', ...rest] = helpWidth === null ? [meaning] : wrapText(meaning, helpWidth);
		lines.push({text: `  ${example}`, title: false});
		lines.push({text: `${' '.repeat(KEYS_WIDTH + 3)}${first}`, title: false});
		for (const more of rest) lines.push({text: `${' '.repeat(KEYS_WIDTH + 3)}${more}`, title: false});
	}
	return lines;
}

export function helpLayout(viewport: Viewport, keymap: readonly Binding[] = KEYMAP, own: readonly UserCommand[] = []): HelpLayout {
	const width = viewport.columns - 1;
	const height = Math.max(1, layout(viewport).frameHeight - 2);
	const lines = helpLines(null, keymap, own);
	const columnWidth = Math.max(...lines.map((l) => l.text.length)) + 2;
	const needed = Math.ceil(lines.length / height);
	if (needed * columnWidth <= width) {
		return {columns: Array.from({length: needed}, (_, c) => lines.slice(c * height, (c + 1) * height)), columnWidth, height};
	}
	return {columns: [helpLines(Math.max(10, width - KEYS_WIDTH - 3), keymap, own)], columnWidth: width, height};
}

/** How many first lines the help can start at: 1 when it all fits. */
export function helpPageCount(viewport: Viewport, keymap?: readonly Binding[], own?: readonly UserCommand[]): number {
	const {columns, height} = helpLayout(viewport, keymap, own);
	return columns.length > 1 ? 1 : Math.max(1, columns[0]!.length - height + 1);
}
