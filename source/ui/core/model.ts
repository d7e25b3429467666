import type {Grouping} from '../../digest/groups.js';
import type {PaperInfo} from '../../digest/paper-info.js';
import type {Annotations} from '../../lists/annotations.js';
import type {RemoteStart, SearchAnswer} from '../../digest/parse-search.js';
import type {Paper} from '../../digest/paper.js';
import type {ListEntry, ReadingLists} from '../../lists/model.js';
import type {ReaderLine} from '../../reader/render.js';
import type {Binding, Command, KeyEvent, Mode} from './keymap.js';
import type {UserCommand} from '../../user-command.js';
import type {Viewport} from './geometry.js';
import type {Scope, View, ViewSort} from './view.js';
import type {DiscussionAction, DiscussionEntry} from './discussion.js';

// The browser's model, types only (state, actions, effects): every browser module takes its types from here, and this from none.

export type Exit = {code: number; papers: Paper[]};

export type NameFor =
	| {kind: 'save'}
	| {kind: 'move'; from: string}
	| {kind: 'rename'; list: string}
	| {kind: 'copy'; list: string}
	/** `t`: the current paper's tags, edited as one line of #tags. */
	| {kind: 'tags'; key: string};

export type State = {
	/** Every paper the browser was started with (after the command-line filters). */
	allPapers: readonly Paper[];
	/** Where the papers came from, for the header. */
	origin: string;
	scope: Scope;
	lists: ReadingLists;
	collections: Readonly<Record<string, string>>; // each list's Hugging Face collection (its slug), where it has one
	sort: ViewSort;
	/** The search filter, live as it is typed. */
	query: string;
	/** Days, ISO weeks or months. */
	grouping: Grouping;
	/** At most this many papers in the view (--limit), after the filters. */
	limit: number | null;
	view: View;
	/** Index in view.papers of the current paper. */
	cursor: number;
	/** Index of the first visible row (header rows count). */
	top: number;
	/** Picked papers by key, in the order they were picked. */
	picks: ReadonlyMap<string, Paper>;
	/** First visible line of the abstract pane. */
	abstractScroll: number;
	/** First visible line of the help overlay. */
	helpScroll: number;
	/** The pane shows every author, not the first lines and "+K more". */
	authorsExpanded: boolean;
	mode: Mode;
	/** The mode help or a box returns to. */
	previousMode: Mode;
	/** Current row in the reading lists view. */
	listsCursor: number;
	/** The list name being typed after `B` (or `>`, and `r` or `c` in the lists view), and what it is for. */
	nameDraft: string;
	nameFor: NameFor;
	/** A question the user must answer first (`d` on a whole list), and what a yes does. */
	confirm: {question: string; effect: Effect} | null;
	/** Where the cursor stands in the open text box; null: at the end of its text. */
	boxCursor: number | null;
	/** Inside a bracketed paste: pasted text is never read as commands. */
	pasting: boolean;
	/** One line for the footer, until the next key. */
	message: string | null;
	viewport: Viewport;
	/** What the app must do outside the state, oldest first. */
	effects: readonly Effect[];
	/** Set when the browser is done: the app unmounts and the CLI prints `papers`. */
	exit: Exit | null;
	/** The last entry `d` removed, for `u`. */
	lastRemoved: {list: string; entry: ListEntry; index: number} | null;
	/** Papers seen in earlier sessions (read at start), and in this one; null when seen marks are not kept. */
	seen: {before: ReadonlySet<string>; now: ReadonlySet<string>} | null;
	refresh: RefreshState;
	/** The newest day in the library, for "offline: papers up to …". */
	newest: string | null;
	/** A paper marked unseen while current: the moment there does not mark it seen again until the cursor leaves it. */
	seenHold: string | null;
	/** The user moved (a key changed the paper, the list or the screen): a refresh then leaves the cursor where it is. */
	moved: boolean;
	/** The papers are the bundled sample: the store's papers replace them whole once a refresh brings some. */
	sample: boolean;
	/** Why seen marks cannot be kept (`disk full`), once a write failed: said in the footer once, then in the header. */
	seenFailed: string | null;
	/** The trending snapshot, when there is one: a view T switches to. */
	trending: TrendingSnapshot | null;
	/** The trending list is on its way (T). */
	fetchingTrending: boolean;
	/** The paper being read (v), and where. */
	reader: Reader | null;
	/** Where each paper read this session was left, to open it there again. */
	readerTops: ReadonlyMap<string, number>;
	/** The row of the table of contents. */
	tocCursor: number;
	/** Only the reader (`papers read`): leaving it leaves papers. */
	readerOnly: boolean;
	/** Only the newest days are in yet: what needs every paper (search, sort, the end) waits, and says so. */
	partial: boolean;
	/** A command pressed before what it needs was in (the whole store, the likeness model), on its paper: run then. */
	pending: {command: Command; paper: Paper | null} | null;
	/** --today opened on an older day: today, and the note saying so, until a refresh brings today or ends without it. */
	awaitingToday: {day: string; note: string} | null;
	/** The watch rules (papers watch add), and what `W` narrows the list to: every watched paper, one rule's, or none. */
	watch: Readonly<Record<string, string>>;
	watchFocus: string | null;
	/** The one reading list "for you" learns from (--for-you LIST); null: every list. */
	forYouList: string | null;
	/** The search sent to Hugging Face (Ctrl-R) while on its way; `from`, the store search it was sent from (Esc's). */
	asking: {query: string; cut: boolean; from: string} | null;
	/** The papers' Hugging Face records (what cites them), by id: kept ones at start, others as a paper lingers. */
	infos: ReadonlyMap<string, InfoEntry>;
	/** Each paper's discussion on Hugging Face, by id: asked for as a paper lingers, as its record is. */
	discussions: ReadonlyMap<string, DiscussionEntry>;
	offline: boolean; // --offline: no record is asked for, and the pane says when none is kept
	/** The user's notes and tags, by paper key. */
	annotations: Annotations;
	/** The PDFs on disk, by paper id: the file. */
	pdfs: ReadonlyMap<string, string>;
	/** The keys in force: the defaults with the settings file's changes. */
	keymap: readonly Binding[];
	/** The user's own commands (settings), by key, in browse. */
	userCommands: readonly UserCommand[];
	/** Mouse reporting is on (settings: mouse = true): a wheel scrolls, a click selects. */
	mouse: boolean;
};

export type {UserCommand} from '../../user-command.js';

export type InfoEntry = {status: 'asking'} | {status: 'ready'; info: PaperInfo} | {status: 'failed'; message: string};

export type Action =
	| {type: 'key'; input: string; key: KeyEvent}
	| {type: 'command'; command: Command}
	| {type: 'search.change'; text: string}
	| {type: 'name.change'; text: string}
	| {type: 'resize'; viewport: Viewport}
	| {type: 'lists.loaded'; lists: ReadingLists; message?: string | null; collections?: Readonly<Record<string, string>>}
	| {type: 'effects.taken'; count: number}
	| {type: 'message'; text: string | null}
	| {type: 'none'}
	| {type: 'redraw' /* back from Ctrl-Z: the whole frame again */}
	| {type: 'seen.failed'; text: string; /** In a word or two, for the header: `disk full`. */ cause: string}
	/** The paper of this key stayed current for a moment. */
	| {type: 'seen.dwell'; key: string}
	| {type: 'refresh.started'; days: number}
	| {type: 'refresh.tick'}
	| {type: 'trending.loaded'; trending: TrendingSnapshot}
	| {type: 'trending.failed'; message: string}
	| {type: 'refresh.progress'; done: number; reached: string | null}
	| {
			type: 'refresh.done';
			papers: readonly Paper[] | null;
			origin?: string;
			added: number;
			failure: string | null;
			changed?: number;
			/** It was R's: today and yesterday asked again. */
			fresh?: boolean;
			/** The store, not the network, failed: why, in a word. */
			cause?: string | null;
	  }
	| {type: 'reader.loaded'; id: string; markdown: string; lines: readonly ReaderLine[]; width: number}
	| {type: 'reader.relaid'; id: string; lines: readonly ReaderLine[]; width: number}
	| {type: 'reader.failed'; id: string; message: string}
	| {type: 'find.change'; text: string}
	/** The library's search index is built: a query that waited for it runs. */
	| {type: 'index.ready'}
	/** The likeness model is built: a "for you" order that waited for it is applied. */
	| {type: 'likeness.ready'}
	/** The watch rules are matched over a large library: the marks show, and a W that waited runs. */
	| {type: 'watch.ready'}
	| {type: 'remote.loaded'; query: string; answer: SearchAnswer}
	| {type: 'remote.failed'; query: string; message: string}
	/** A paper stayed in the pane a moment: its record is asked for (unless known). */
	| {type: 'info.asked'; id: string}
	| {type: 'info.loaded'; id: string; info: PaperInfo}
	| {type: 'info.failed'; id: string; message: string}
	/** The records kept on disk, read after the first frame. */
	| {type: 'infos.kept'; infos: ReadonlyMap<string, PaperInfo>}
	| DiscussionAction
	| {type: 'annotations.loaded'; annotations: Annotations; message?: string}
	| {type: 'pdfs.kept'; pdfs: ReadonlyMap<string, string>}
	| {type: 'pdf.saved'; id: string; file: string; message: string}
	| {type: 'library.loaded'; /** null: the rest could not be read; what is in stays, whole as it is. */ papers: readonly Paper[] | null};

export type Effect =
	| {kind: 'open'; url: string; /** Said once it is open, instead of the URL. */ note?: string}
	| {kind: 'save.toggle'; list: string; paper: Paper}
	| {kind: 'save.to'; list: string; paper: Paper}
	| {kind: 'list.remove'; list: string; key: string}
	| {kind: 'list.restore'; list: string; entry: ListEntry; index: number}
	| {kind: 'list.read'; list: string; key: string; read: boolean}
	| {kind: 'list.delete'; list: string}
	| {kind: 'list.rename'; list: string; to: string}
	| {kind: 'list.copy'; list: string; to: string}
	| {kind: 'list.move'; list: string; to: string; paper: Paper}
	| {kind: 'seen.mark'; keys: string[]}
	| {kind: 'seen.unmark'; keys: string[]}
	| {kind: 'copy'; text: string}
	| {kind: 'refresh'}
	| {kind: 'trending.fetch'}
	| {kind: 'remote.search'; query: string}
	| {kind: 'remote.cancel'}
	/** `e`: the note handed to $VISUAL or $EDITOR, the terminal with it. */
	| {kind: 'note.edit'; key: string; id: string; text: string}
	| {kind: 'note.set'; key: string; id: string; text: string}
	| {kind: 'tags.set'; key: string; add: string[]; remove: string[]}
	| {kind: 'pdf.fetch'; id: string}
	| {kind: 'pdf.open'; file: string}
	| {kind: 'zotero.send'; papers: Paper[]}
	/** A command of the user's settings, on the picks (or the current paper). */
	| {kind: 'user.run'; command: UserCommand; papers: Paper[]}
	| {kind: 'suspend'}
	| {kind: 'reader.load'; id: string; refetch: boolean};

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

/** What the browser starts from: the papers, where they came from, and what the command line asked for. */
export type InitOptions = {
	papers: readonly Paper[];
	origin: string;
	sort?: ViewSort;
	query?: string;
	grouping?: Grouping;
	limit?: number | null;
	lists?: ReadingLists;
	viewport?: Viewport;
	/** Start on this day's first paper, when it has any. */ day?: string | null;
	/** --today opened on an older day: today may come with the refresh. */ awaitingToday?: {day: string; note: string} | null;
	/** Start inside this reading list. */ list?: string | null;
	message?: string | null;
	/** Keys seen in earlier sessions: with them, the browser keeps seen marks and shows what is new. */ seen?: ReadonlySet<string> | null;
	/** The newest day in the library. */ newest?: string | null;
	trending?: TrendingSnapshot | null;
	/** Open on the trending view. */ showTrending?: boolean;
	/** Open the reader on the first paper at once (`papers read ID`). */
	openReader?: boolean;
	/** The papers are a large store's newest days; the rest comes as `library.loaded`. */
	partial?: boolean;
	forYouList?: string | null;
	/** The watch rules, by name. */
	watch?: Readonly<Record<string, string>>;
	/** The papers are the bundled sample. */
	sample?: boolean;
	offline?: boolean;
	keymap?: readonly Binding[];
	userCommands?: readonly UserCommand[];
	mouse?: boolean;
	/** `papers search`: open on Hugging Face's answers, these papers behind them. */
	remote?: RemoteStart | null;
};
