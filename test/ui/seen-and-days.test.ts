import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {makePaper, paperKey, type Paper} from '../../source/digest/paper.js';
import {appendSeen, readSeen} from '../../source/seen/store.js';
import {currentPaper} from '../../source/ui/core/navigate.js';
import {initialState, reducer} from '../../source/ui/reducer.js';
import type {Action, State} from '../../source/ui/core/model.js';
import {rowOfPaper} from '../../source/ui/core/view.js';
import {threeDays} from '../helpers/ui.js';
import {tempDir} from '../helpers/temp.js';

/* Seen marks come from a moment on a paper or from opening it, and can be taken back; days jump to the top; n wraps. */

const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const key = (input: string): Action => ({type: 'key', input, key: {}});
const title = (state: State) => currentPaper(state)?.title;
const marked = (state: State) => state.effects.flatMap((e) => (e.kind === 'seen.mark' ? e.keys : []));
const unmarked = (state: State) => state.effects.flatMap((e) => (e.kind === 'seen.unmark' ? e.keys : []));
const dwell = (state: State): Action => ({type: 'seen.dwell', key: paperKey(currentPaper(state)!)});
const start = (papers: Paper[] = threeDays()) => initialState({papers, origin: 't', seen: new Set(), viewport: {columns: 100, rows: 12}});

describe('seen marks', () => {
	it('passing over papers marks none; a moment on one marks it; a moment that ended early marks nothing', () => {
		let s = run(start(), key('jjj'), key('j'));
		expect(marked(s)).toEqual([]);
		const early = dwell(s);
		s = run(s, key('k'), early);
		expect(marked(s)).toEqual([]);
		s = run(s, dwell(s));
		expect(marked(s)).toEqual([paperKey(currentPaper(s)!)]);
	});

	it('opening a paper (the pane scrolled, a pick, a save) marks it at once', () => {
		expect(marked(run(start(), key('J')))).toEqual(['arxiv:day1alpha']);
		expect(marked(run(start(), key(' ')))).toEqual(['arxiv:day1alpha']);
		expect(marked(run(start(), key('b')))).toEqual(['arxiv:day1alpha']);
	});

	it('U takes the mark back, and a moment there does not mark it again until the cursor has left it', () => {
		let s = run(start(), key('J'));
		s = run(s, key('U'));
		expect(unmarked(s)).toEqual(['arxiv:day1alpha']);
		const count = marked(s).length;
		s = run(s, dwell(s));
		expect(marked(s).length).toBe(count);
		s = run(s, key('j'), key('k'));
		s = run(s, dwell(s));
		expect(marked(s).length).toBe(count + 1);
	});

	it('m marks the day seen, and on a day all seen, new again', () => {
		let s = run(start(), key('m'));
		expect(marked(s)).toHaveLength(3);
		s = run(s, key('m'));
		expect(unmarked(s)).toHaveLength(3);
		expect(s.message).toBe('marked all 3 papers new again');
	});

	it('the file keeps unmarks as lines of their own, read in order', () => {
		const file = path.join(tempDir('papers-seen-'), 'seen.txt');
		appendSeen(file, ['arxiv:1', 'arxiv:2']);
		appendSeen(file, ['arxiv:1'], true);
		expect([...readSeen(file).keys]).toEqual(['arxiv:2']);
		appendSeen(file, ['arxiv:1']);
		expect([...readSeen(file).keys].sort()).toEqual(['arxiv:1', 'arxiv:2']);
		expect(fs.readFileSync(file, 'utf8')).toBe('arxiv:1\narxiv:2\n-arxiv:1\narxiv:1\n');
	});

	it('n past the last new paper goes on from the top, and says so', () => {
		let s = run(start(), key('G'));
		s = run(s, dwell(s));
		s = run(s, key('n'));
		expect(title(s)).toBe('Day1 Alpha');
		expect(s.message).toBe('no new paper below: went on from the top');
		s = run(s, key('N'));
		expect(title(s)).toBe('Day2 Epsilon');
		expect(s.message).toBe('no new paper above: went on from the end');
	});
});

describe('] and [', () => {
	const many = () =>
		Array.from({length: 8}, (_, d) =>
			Array.from({length: 4}, (_, i) => makePaper({id: `d${d}p${i}`, title: `D${d} P${i}`, date: `2026-01-1${d}`, upvotes: 9 - i})),
		).flat();

	it('put the day jumped to at the top of the screen, its header first', () => {
		let s = start(many());
		for (let i = 0; i < 3; i++) {
			s = run(s, key(']'));
			expect(s.top).toBe(rowOfPaper(s.view, s.cursor) - 1);
		}
		s = run(s, key('['));
		expect(title(s)).toMatch(/ P0$/);
		expect(s.top).toBe(rowOfPaper(s.view, s.cursor) - 1);
	});
});
