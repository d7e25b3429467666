import type {PaperInfo} from '../../digest/paper-info.js';
import type {Annotations} from '../../lists/annotations.js';
import type {Paper} from '../../digest/paper.js';
import type {ListEntry, ReadingLists} from '../../lists/model.js';
import type {ReaderLine} from '../../reader/render.js';
import type {Command} from './keymap.js';
import type {DiscussionEntry} from './discussion.js';
import type {Effect} from './effect.js';

// The rooms of the browser's state, types only: each part of the browser that keeps state of its own keeps it in
// one room, so its handlers change their room and read the rest (inRoom, in moves.ts).

/** What the list-name box is for. */
export type NameFor =
	| {kind: 'save'}
	| {kind: 'move'; from: string}
	| {kind: 'rename'; list: string}
	| {kind: 'copy'; list: string}
	/** `t`: the current paper's tags, edited as one line of #tags. */
	| {kind: 'tags'; key: string};

export type ReadingRoom = {
	/** The paper being read (v), and where. */
	reader: Reader | null;
	/** Where each paper read this session was left, to open it there again. */
	readerTops: ReadonlyMap<string, number>;
	/** The row of the table of contents. */
	tocCursor: number;
	/** Only the reader (`papers read`): leaving it leaves papers. */
	readerOnly: boolean;
};

export type MineRoom = {
	lists: ReadingLists;
	collections: Readonly<Record<string, string>>; // each list's Hugging Face collection (its slug), where it has one
	/** Current row in the reading lists view. */
	listsCursor: number;
	/** The last entry `d` removed, for `u`. */
	lastRemoved: {list: string; entry: ListEntry; index: number} | null;
	/** The user's notes and tags, by paper key. */
	annotations: Annotations;
};

export type StoreRoom = {
	refresh: RefreshState;
	/** The newest day in the library, for "offline: papers up to …". */
	newest: string | null;
	/** The papers are the bundled sample: the store's papers replace them whole once a refresh brings some. */
	sample: boolean;
	/** Only the newest days are in yet: what needs every paper (search, sort, the end) waits, and says so. */
	partial: boolean;
	/** A command pressed before what it needs was in (the whole store, the likeness model), on its paper: run then. */
	pending: {command: Command; paper: Paper | null} | null;
	/** --today opened on an older day: today, and the note saying so, until a refresh brings today or ends without it. */
	awaitingToday: {day: string; note: string} | null;
};

export type MarksRoom = {
	/** Papers seen in earlier sessions (read at start), and in this one; null when seen marks are not kept. */
	seen: {before: ReadonlySet<string>; now: ReadonlySet<string>} | null;
	/** A paper marked unseen while current: the moment there does not mark it seen again until the cursor leaves it. */
	seenHold: string | null;
	/** Why seen marks cannot be kept (`disk full`), once a write failed: said in the footer once, then in the header. */
	seenFailed: string | null;
};

export type RemoteRoom = {
	/** The trending snapshot, when there is one: a view T switches to. */
	trending: TrendingSnapshot | null;
	/** The trending list is on its way (T). */
	fetchingTrending: boolean;
	/** The search sent to Hugging Face (Ctrl-R) while on its way; `from`, the store search it was sent from (Esc's). */
	asking: {query: string; cut: boolean; from: string} | null;
	/** The papers' Hugging Face records (what cites them), by id: kept ones at start, others as a paper lingers. */
	infos: ReadonlyMap<string, InfoEntry>;
	/** Each paper's discussion on Hugging Face, by id: asked for as a paper lingers, as its record is. */
	discussions: ReadonlyMap<string, DiscussionEntry>;
	offline: boolean; // --offline: no record is asked for, and the pane says when none is kept
	/** The PDFs on disk, by paper id: the file. */
	pdfs: ReadonlyMap<string, string>;
};

export type BoxRoom = {
	/** The list name being typed after `B` (or `>`, and `r` or `c` in the lists view), and what it is for. */
	nameDraft: string;
	nameFor: NameFor;
	/** A question the user must answer first (`d` on a whole list), and what a yes does. */
	confirm: {question: string; effect: Effect} | null;
	/** Where the cursor stands in the open text box; null: at the end of its text. */
	boxCursor: number | null;
	/** Inside a bracketed paste: pasted text is never read as commands. */
	pasting: boolean;
};

/** A room of the state, by its key. */
export type Room = 'reading' | 'mine' | 'store' | 'marks' | 'remote' | 'box';

export type InfoEntry = {status: 'asking'} | {status: 'ready'; info: PaperInfo} | {status: 'failed'; message: string};

/** The background refresh, for the header: what it is doing, or what it did. */
export type RefreshState = {
	phase: 'idle' | 'fetching' | 'done' | 'failed';
	/** Days being asked for. */
	days: number;
	/** Papers the last refresh brought that the browser did not hold. */
	added: number;
	/** Turns of the spinner while fetching. */
	tick: number;
	/** Why the last refresh failed when the store, not the network, was at fault (`disk full`, `read-only`). */
	cause: string | null;
	/** Days done of those asked for, and the oldest day fetched so far (a catch-up goes newest first). */
	done: number;
	reached: string | null;
	/** Asked for with `R`: the footer says what came of it, `up to date` too. */
	asked: boolean;
};

export type TrendingSnapshot = {papers: readonly Paper[]; label: string; fetchedAt?: string};

export type Reader = {
	id: string;
	title: string;
	status: 'loading' | 'ready';
	markdown: string | null;
	/** The text laid out at `linesWidth` columns (done off the key path, a piece at a time, as it loads). */
	lines: readonly ReaderLine[];
	linesWidth: number;
	/** First line shown. */
	top: number;
	/** What `/` looks for in the text, and which of its matches is current. */
	find: string;
	match: number;
};
