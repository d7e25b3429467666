import {render} from 'ink-testing-library';
import type {RawLists} from '../../source/lists/document.js';
import {copyList, movePaper, renameList} from '../../source/lists/manage.js';
import {annotationsOf, editTags, setNote} from '../../source/lists/annotations.js';
import {vi} from 'vitest';
import {makePaper, type Paper} from '../../source/digest/paper.js';
import type {ListEntry, ReadingLists} from '../../source/lists/model.js';
import {App} from '../../source/ui/app.js';
import type {ListsService} from '../../source/lists/service.js';
import type {Services} from '../../source/ui/effects.js';
import type {Exit, InitOptions} from '../../source/ui/core/model.js';

export const KEYS = {
	up: '\u001b[A',
	down: '\u001b[B',
	pageUp: '\u001b[5~',
	pageDown: '\u001b[6~',
	home: '\u001b[H',
	end: '\u001b[F',
	enter: '\r',
	escape: '\u001b',
	tab: '\t',
	ctrlD: '\u0004',
	ctrlU: '\u0015',
	ctrlC: '\u0003',
	backspace: '\u007f',
} as const;

/** Three days of papers: day 1 has three, day 2 two, day 3 one; titles say where they are. */
export function threeDays(): Paper[] {
	const p = (title: string, date: string, upvotes: number, abstract = `Abstract of ${title}.`) =>
		makePaper({title, date, upvotes, abstract, id: title.replace(/\W/g, '').toLowerCase(), authorCount: 2});
	return [
		p('Day1 Alpha', '2026-01-03', 30),
		p('Day1 Beta', '2026-01-03', 20),
		p('Day1 Gamma rl', '2026-01-03', 10),
		p('Day2 Delta rl', '2026-01-02', 50),
		p('Day2 Epsilon', '2026-01-02', 5),
		p('Day3 Zeta', '2026-01-01', 1),
	];
}

/** Lists kept in memory, with the same answers as the real store. */
export function memoryLists(initial: ReadingLists = {}): ListsService & {current: () => ReadingLists} {
	let lists: Record<string, ListEntry[]> = structuredClone(initial) as never;
	const rest: Record<string, unknown> = {};
	const key = (paper: Paper) => (paper.id ? `arxiv:${paper.id}` : paper.title);
	const snapshot = () => structuredClone(lists) as ReadingLists;
	return {
		current: snapshot,
		read: async () => snapshot(),
		async toggle(list, paper) {
			const entries = lists[list] ?? [];
			const has = entries.some((e) => key(e.paper) === key(paper));
			lists = {
				...lists,
				[list]: has ? entries.filter((e) => key(e.paper) !== key(paper)) : [...entries, {paper, savedAt: 'now', read: false}],
			};
			return {lists: snapshot(), saved: !has};
		},
		async add(list, paper) {
			const entries = lists[list] ?? [];
			if (entries.some((e) => key(e.paper) === key(paper))) return {lists: snapshot(), added: false};
			lists = {...lists, [list]: [...entries, {paper, savedAt: 'now', read: false}]};
			return {lists: snapshot(), added: true};
		},
		async remove(list, k) {
			lists = {...lists, [list]: (lists[list] ?? []).filter((e) => `arxiv:${e.paper.id}` !== k)};
			return snapshot();
		},
		async restore(list, entry, index) {
			const entries = [...(lists[list] ?? [])];
			entries.splice(index, 0, entry);
			lists = {...lists, [list]: entries};
			return snapshot();
		},
		async setRead(list, k, read) {
			lists = {...lists, [list]: (lists[list] ?? []).map((e) => (`arxiv:${e.paper.id}` === k ? {...e, read} : e))};
			return snapshot();
		},
		// The store's own list changes, on the lists held here (nothing is written: no copy of a removed list).
		async removeList(list) {
			const count = lists[list]?.length ?? 0;
			lists = {...lists};
			delete lists[list];
			return {lists: snapshot(), backup: 'memory', count};
		},
		async renameList(from, to) {
			renameList(lists as unknown as RawLists, from, to);
			return snapshot();
		},
		async copyList(from, to) {
			const added = copyList(lists as unknown as RawLists, from, to);
			return {lists: snapshot(), added};
		},
		async movePaper(from, to, paper) {
			movePaper(lists as unknown as RawLists, from, to, paper);
			return snapshot();
		},
		// Notes and tags kept as the store keeps them, in a document's other keys.
		annotations: async () => annotationsOf(rest),
		async setNote(key, text) {
			setNote(rest, key, text, new Date());
			return annotationsOf(rest);
		},
		async setTags(key, add, remove) {
			editTags(rest, key, add, remove);
			return annotationsOf(rest);
		},
	};
}

export type Session = ReturnType<typeof startApp>;

/** Mounts the browser as a user would meet it; press() types, frame() reads the screen, waitFor() polls it. */
export function startApp(init: Partial<InitOptions> = {}, services: Partial<Services> = {}) {
	const opened: string[] = [];
	const allServices: Services = {
		openUrl: async (url) => {
			opened.push(url);
			return null;
		},
		lists: memoryLists(),
		...services,
	};
	let resolveExit: (exit: Exit) => void = () => {};
	const exited = new Promise<Exit>((resolve) => (resolveExit = resolve));
	// Every commit counted, and a redraw to ask for: a key's frame is the commit after the redraw asked behind it.
	let commits = 0;
	let redraw = () => {};
	const probe = {committed: () => commits++, connect: (ask: () => void) => (redraw = ask)};
	const instance = render(
		<App
			init={{papers: threeDays(), origin: 'test digest', ...init}}
			services={allServices}
			onExit={(exit) => resolveExit(exit)}
			probe={probe}
		/>,
	);
	const frame = () => instance.lastFrame() ?? '';
	return {
		...instance,
		opened,
		services: allServices,
		/** The outcome once the app exits: the code and the papers to print. */
		waitUntilExit: () => exited,
		frame,
		/**
		 * Sends keys one at a time, each drawn before the next: Ink reads a key as it is written and dispatches it; a
		 * redraw asked for behind it is committed after it, so that commit's frame shows the key's effect.
		 */
		async press(...keys: string[]) {
			for (const key of keys) {
				const before = commits;
				instance.stdin.write(key);
				redraw();
				await vi.waitFor(
					() => {
						if (commits === before) throw new Error(`no frame after ${JSON.stringify(key)}:\n${frame()}`);
					},
					{timeout: 10_000, interval: 1},
				);
			}
		},
		async waitFor(text: string | RegExp) {
			await vi.waitFor(
				() => {
					const f = frame();
					if (typeof text === 'string' ? !f.includes(text) : !text.test(f)) throw new Error(`waiting for ${text} in:\n${f}`);
					// Not vitest's 1 s: a loaded CI machine can take longer to draw; a frame that never comes still fails.
				},
				{timeout: 10_000, interval: 20},
			);
		},
	};
}
