import {arxivId} from '../../output/links.js';
import type {Command} from '../core/keymap.js';
import {runIn, type CommandTable} from '../core/dispatch.js';
import {currentPaper, withEffect} from '../core/navigate.js';
import {findLines, headingLines, linesOf, readerHeight, scrollReader} from '../core/reader.js';
import type {State} from '../core/model.js';
import type {ReaderLine} from '../../reader/render.js';

/** The reader (v), its find box (/) and its table of contents (t). */

/** `v` on the current paper: the reader opens at once, on where it was left; the text comes in the background. */
export function openReader(state: State): State {
	const paper = currentPaper(state);
	if (!paper) return state;
	const id = arxivId(paper);
	if (!id) return {...state, message: 'this paper has no arXiv id (page text gives none), so its full text cannot be fetched'};
	if (state.reading.reader?.id === id && state.reading.reader.markdown) return {...state, mode: 'reader', previousMode: 'browse'};
	const reader = {
		id,
		title: paper.title,
		status: 'loading' as const,
		markdown: null,
		lines: [],
		linesWidth: 0,
		top: state.reading.readerTops.get(id) ?? 0,
		find: '',
		match: -1,
	};
	return withEffect(
		{...state, mode: 'reader', previousMode: 'browse', reading: {...state.reading, reader}},
		{kind: 'reader.load', id, refetch: false},
		null,
	);
}

/** The text came and was laid out at `width`: the reader shows it, where it was left. */
export function readerLoaded(state: State, id: string, markdown: string, lines: readonly ReaderLine[], width: number): State {
	if (state.reading.reader?.id !== id) return state;
	return scrollReader(
		{...state, reading: {...state.reading, reader: {...state.reading.reader, status: 'ready', markdown, lines, linesWidth: width}}},
		state.reading.reader.top,
	);
}

/** The text laid out again (the terminal was resized): the same place in it, as near as lines allow. */
export function readerRelaid(state: State, id: string, lines: readonly ReaderLine[], width: number): State {
	const reader = state.reading.reader;
	if (reader?.id !== id || !reader.markdown) return state;
	const top = reader.lines.length > 0 ? Math.round((reader.top / reader.lines.length) * lines.length) : 0;
	return scrollReader({...state, reading: {...state.reading, reader: {...reader, lines, linesWidth: width, match: -1}}}, top);
}

function close(state: State): State {
	if (state.reading.readerOnly) return {...state, exit: {code: 0, papers: []}};
	const reader = state.reading.reader;
	const readerTops = reader ? new Map(state.reading.readerTops).set(reader.id, reader.top) : state.reading.readerTops;
	// The list is as it was: the same paper current, as the browser never moved.
	return {...state, mode: 'browse', message: null, reading: {...state.reading, reader: null, readerTops}};
}

const by = (lines: (state: State) => number) => (state: State) => scrollReader(state, (state.reading.reader?.top ?? 0) + lines(state));

function section(state: State, step: 1 | -1): State {
	const top = state.reading.reader?.top ?? 0;
	const headings = headingLines(linesOf(state));
	const target = step > 0 ? headings.find((h) => h > top) : [...headings].reverse().find((h) => h < top);
	return target === undefined ? {...state, message: step > 0 ? 'no heading below' : 'no heading above'} : scrollReader(state, target);
}

function findNext(state: State, step: 1 | -1, from?: number): State {
	const reader = state.reading.reader;
	if (!reader?.find) return {...state, message: 'nothing to find: / looks for a word'};
	const hits = findLines(linesOf(state), reader.find);
	if (hits.length === 0) return {...state, message: `"${reader.find}" is not in the text`};
	// From the current match when there is one: the window may not move (both matches on screen, the end of the text).
	const start = from ?? (reader.match >= 0 ? reader.match : reader.top);
	const index = step > 0 ? hits.findIndex((h) => h > start) : hits.findLastIndex((h) => h < start);
	const at = index >= 0 ? index : step > 0 ? 0 : hits.length - 1;
	const moved = scrollReader({...state, reading: {...state.reading, reader: {...reader, match: hits[at]!}}}, hits[at]!);
	return {...moved, message: `match ${at + 1} of ${hits.length}${index < 0 ? ' (wrapped)' : ''}`};
}

const READER: CommandTable<'reader'> = {
	'nav.down': by(() => 1),
	'nav.up': by(() => -1),
	'nav.pageDown': by((s) => readerHeight(s) - 1),
	'nav.pageUp': by((s) => -(readerHeight(s) - 1)),
	'nav.halfDown': by((s) => Math.floor(readerHeight(s) / 2)),
	'nav.halfUp': by((s) => -Math.floor(readerHeight(s) / 2)),
	'nav.first': (state) => scrollReader(state, 0),
	'nav.last': (state) => scrollReader(state, Number.MAX_SAFE_INTEGER),
	'section.next': (state) => section(state, 1),
	'section.prev': (state) => section(state, -1),
	'toc.open': (state) =>
		headingLines(linesOf(state)).length > 0
			? {...state, mode: 'toc', message: null, reading: {...state.reading, tocCursor: 0}}
			: {...state, message: 'this text has no headings'},
	'find.open': (state) => ({...state, mode: 'readerFind', message: null, box: {...state.box, boxCursor: null}}),
	'find.next': (state) => findNext(state, 1),
	'find.prev': (state) => findNext(state, -1),
	'reader.refetch': (state) =>
		state.reading.reader
			? withEffect(
					{...state, reading: {...state.reading, reader: {...state.reading.reader, status: 'loading'}}},
					{kind: 'reader.load', id: state.reading.reader.id, refetch: true},
					'fetching the text again…',
				)
			: state,
	'reader.close': close,
};

const FIND: CommandTable<'readerFind'> = {
	'find.accept': (state) => findNext({...state, mode: 'reader'}, 1, -1),
	back: (state) =>
		state.reading.reader
			? {...state, mode: 'reader', message: null, reading: {...state.reading, reader: {...state.reading.reader, find: ''}}}
			: state,
};

const tocTo = (state: State, row: number): State => ({
	...state,
	reading: {...state.reading, tocCursor: Math.max(0, Math.min(row, headingLines(linesOf(state)).length - 1))},
});

const TOC: CommandTable<'toc'> = {
	'nav.down': (state) => tocTo(state, state.reading.tocCursor + 1),
	'nav.up': (state) => tocTo(state, state.reading.tocCursor - 1),
	'nav.first': (state) => tocTo(state, 0),
	'nav.last': (state) => tocTo(state, Number.MAX_SAFE_INTEGER),
	'toc.jump': (state) => scrollReader({...state, mode: 'reader'}, headingLines(linesOf(state))[state.reading.tocCursor] ?? 0),
	back: (state) => ({...state, mode: 'reader', message: null}),
};

export function runReaderCommand(state: State, command: Command): State {
	if (state.mode === 'readerFind') return runIn(FIND, command, state);
	return state.mode === 'toc' ? runIn(TOC, command, state) : runIn(READER, command, state);
}
