import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {commandFor, KEYMAP, type Command} from '../../source/ui/core/keymap.js';
import {currentPaper} from '../../source/ui/core/navigate.js';
import {initialState, reducer} from '../../source/ui/reducer.js';
import type {Action, State} from '../../source/ui/core/model.js';
import {buildView, visibleRows, type Row} from '../../source/ui/core/view.js';
import {unseenCount} from '../../source/ui/core/seen.js';
import {threeDays} from '../helpers/ui.js';

const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const key = (input: string, extra: Record<string, boolean> = {}): Action => ({type: 'key', input, key: extra});
const command = (name: Command): Action => ({type: 'command', command: name});
const title = (state: State) => currentPaper(state)?.title;

describe('the reducer, action by action', () => {
	const start = () => initialState({papers: threeDays(), origin: 't'});

	it('moves, crosses days, and stops at the ends', () => {
		let s = start();
		expect(title(s)).toBe('Day1 Alpha');
		s = run(s, key('j'), key('j'), key('j'));
		expect(title(s)).toBe('Day2 Delta rl');
		s = run(s, command('nav.last'), key('j'));
		expect(title(s)).toBe('Day3 Zeta');
		s = run(s, key('['));
		expect(title(s)).toBe('Day2 Delta rl');
		s = run(s, command('nav.first'), key('k'));
		expect(title(s)).toBe('Day1 Alpha');
		expect(run(s, key('[')).message).toBe('this is the first day');
	});

	it('a burst of keys is applied key by key; a paste in the list is not', () => {
		expect(title(run(start(), key('jjj')))).toBe('Day2 Delta rl');
		expect(title(run(start(), key('[200~'), key('jjjq'), key('[201~')))).toBe('Day1 Alpha');
		expect(run(start(), key('[200~'), key('q'), key('[201~')).exit).toBeNull();
	});

	it('control keys in a burst are keys too: Space, j, Space, Enter typed at once print two picks; Ctrl-C quits', () => {
		const oneByOne = run(start(), key(' '), key('j'), key(' '), key('', {return: true})).exit;
		expect(oneByOne?.papers).toHaveLength(2);
		expect(run(start(), key(' j \r')).exit).toEqual(oneByOne);
		expect(run(start(), key('j\u0003')).exit?.code).toBe(130);
		expect(title(run(start(), key('jj\u001b')))).toBe(title(run(start(), key('j'), key('j'))));
	});

	it('search narrows live, Enter keeps it, Esc in the list clears it', () => {
		let s = run(start(), key('/'), {type: 'search.change', text: 'rl'});
		expect(s.view.papers.map((p) => p.title)).toEqual(['Day1 Gamma rl', 'Day2 Delta rl']);
		s = run(s, key('', {return: true}));
		expect(s.mode).toBe('browse');
		expect(s.query).toBe('rl');
		s = run(s, key('', {escape: true}));
		expect(s.query).toBe('');
		expect(s.view.papers).toHaveLength(6);
	});

	it('help opens, scrolls, and closes on q, Esc or ?, without quitting', () => {
		let s = initialState({papers: threeDays(), origin: 't', viewport: {columns: 40, rows: 10}});
		s = run(s, key('?'), key('j'), key('j'));
		expect(s.mode).toBe('help');
		expect(s.helpScroll).toBe(2);
		for (const close of [key('q'), key('', {escape: true}), key('?')]) {
			const closed = run(s, close);
			expect(closed.mode).toBe('browse');
			expect(closed.exit).toBeNull();
		}
	});

	it('picks, then Enter exits with the picks; q exits with none', () => {
		const s = run(start(), key(' '), key(' '), key('', {return: true}));
		expect(s.exit?.papers.map((p) => p.title)).toEqual(['Day1 Alpha', 'Day1 Beta']);
		expect(run(start(), key('q')).exit).toEqual({code: 0, papers: []});
	});

	it('saving is an effect the app runs; the state only asks for it', () => {
		const s = run(start(), key('b'));
		expect(s.effects).toEqual([{kind: 'save.toggle', list: 'later', paper: threeDays()[0]}]);
		expect(run(s, {type: 'effects.taken', count: 1}).effects).toEqual([]);
	});

	it('--limit applies after the search: the first N matches', () => {
		const s = initialState({papers: threeDays(), origin: 't', limit: 1, query: 'rl'});
		expect(s.view.papers.map((p) => p.title)).toEqual(['Day1 Gamma rl']);
	});
});

describe('the key map', () => {
	it('one meaning per key in each mode: the keys of every binding reach its own command there', () => {
		const modes: Array<State['mode']> = ['browse', 'search', 'help', 'lists', 'listName'];
		for (const mode of modes) {
			const seen = new Map<string, Command>();
			for (const binding of KEYMAP.filter((b) => b.modes.includes(mode))) {
				for (const spec of binding.keys) {
					const id = `${spec.ctrl ? 'C-' : ''}${spec.key ?? spec.input}`;
					expect(seen.get(id) ?? binding.command, `${id} in ${mode}`).toBe(binding.command);
					seen.set(id, binding.command);
					const typing = (mode === 'search' || mode === 'listName') && spec.input !== undefined && !spec.ctrl;
					if (typing) continue;
					const event = spec.key ? {[spec.key]: true} : {ctrl: Boolean(spec.ctrl)};
					expect(commandFor(KEYMAP, mode, spec.input ?? '', event, true), `${id} in ${mode}`).toBe(binding.command);
				}
			}
		}
	});
});

/** The rows as a naive reading gives them: every group's header, then its papers, all of them. */
function naiveRows(papers: ReturnType<typeof threeDays>, sort: 'upvotes' | 'date' | 'title'): Row[] {
	const view = buildView(papers, sort, '');
	return view.groups.flatMap((group): Row[] => [
		{kind: 'header', group},
		...view.papers.slice(group.start, group.start + group.count).map((paper, i): Row => ({kind: 'paper', index: group.start + i, paper})),
	]);
}

describe('visibleRows', () => {
	it('is the naive flattening of the groups, cut to the window, for any papers, window and top', () => {
		const paper = fc.record({
			day: fc.integer({min: 1, max: 6}),
			upvotes: fc.integer({min: 0, max: 50}),
			dated: fc.boolean(),
		});
		fc.assert(
			fc.property(
				fc.array(paper, {maxLength: 40}),
				fc.nat(60),
				fc.integer({min: 1, max: 30}),
				fc.constantFrom('upvotes', 'date', 'title'),
				(specs, top, count, sort) => {
					const papers = specs.map((p, i) =>
						makePaper({id: `p${i}`, title: `Paper ${i}`, date: p.dated ? `2026-01-0${p.day}` : null, upvotes: p.upvotes}),
					);
					const view = buildView(papers, sort as 'upvotes', '');
					expect(visibleRows(view, top, count)).toEqual(naiveRows(papers, sort as 'upvotes').slice(top, top + count));
				},
			),
		);
	});
});

describe('the count of new papers', () => {
	it('by place in the library is the count by key, for any papers, marks and query', () => {
		const words = ['agent', 'model', 'world', 'rl'];
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)), {minLength: 1, maxLength: 20}),
				fc.array(fc.nat(19)),
				fc.array(fc.nat(19)),
				fc.constantFrom(...words),
				(titles, before, now, word) => {
					const papers = titles.map(([a, b], i) =>
						makePaper({title: `${a} ${b} ${i}`, id: `2601.${String(i).padStart(5, '0')}`, date: '2026-01-05'}),
					);
					const key = (i: number) => `arxiv:${papers[i % papers.length]!.id}`;
					const seen = {before: new Set(before.map(key)), now: new Set(now.map(key))};
					const view = buildView(papers, 'upvotes', word);
					const byKey = view.papers.filter((p) => !seen.before.has(`arxiv:${p.id}`) && !seen.now.has(`arxiv:${p.id}`)).length;
					expect(unseenCount(view.papers, seen, papers)).toBe(byKey);
					expect(unseenCount([...view.papers], seen)).toBe(byKey);
				},
			),
			{numRuns: 200},
		);
	});
});
