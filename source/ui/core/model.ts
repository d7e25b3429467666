import type {Grouping} from '../../digest/groups.js';
import type {PaperInfo} from '../../digest/paper-info.js';
import type {Annotations} from '../../lists/annotations.js';
import type {RemoteStart, SearchAnswer} from '../../digest/parse-search.js';
import type {Paper} from '../../digest/paper.js';
import type {ReadingLists} from '../../lists/model.js';
import type {ReaderLine} from '../../reader/render.js';
import type {Binding, Command, KeyEvent, Mode} from './keymap.js';
import type {UserCommand} from '../../user-command.js';
import type {Viewport} from './geometry.js';
import type {Scope, View, ViewSort} from './view.js';
import type {DiscussionAction} from './discussion.js';
import type {Effect} from './effect.js';
import type {BoxRoom, MarksRoom, MineRoom, ReadingRoom, RemoteRoom, StoreRoom, TrendingSnapshot} from './rooms.js';

// The browser's model, types only (state, actions, effects): every browser module takes its types from here, and this
// from none but its rooms (rooms.ts).

export type Exit = {code: number; papers: Paper[]};

/** The browser's state: the browse screen's own fields, and a room for each part that has its own (State by room). */
export type State = {
	/** Every paper the browser was started with (after the command-line filters). */
	allPapers: readonly Paper[];
	/** Where the papers came from, for the header. */
	origin: string;
	scope: Scope;
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
	/** One line for the footer, until the next key. */
	message: string | null;
	viewport: Viewport;
	/** What the app must do outside the state, oldest first. */
	effects: readonly Effect[];
	/** Set when the browser is done: the app unmounts and the CLI prints `papers`. */
	exit: Exit | null;
	/** The user moved (a key changed the paper, the list or the screen): a refresh then leaves the cursor where it is. */
	moved: boolean;
	/** The watch rules (papers watch add), and what `W` narrows the list to: every watched paper, one rule's, or none. */
	watch: Readonly<Record<string, string>>;
	watchFocus: string | null;
	/** The one reading list "for you" learns from (--for-you LIST); null: every list. */
	forYouList: string | null;
	/** The keys in force: the defaults with the settings file's changes. */
	keymap: readonly Binding[];
	/** The user's own commands (settings), by key, in browse. */
	userCommands: readonly UserCommand[];
	/** Mouse reporting is on (settings: mouse = true): a wheel scrolls, a click selects. */
	mouse: boolean;
	/** The reader (v): the paper open, and where each paper read was left. */
	reading: ReadingRoom;
	/** The user's own: reading lists, their collections, notes and tags, and the lists view's place in them. */
	mine: MineRoom;
	/** The papers as they come in: the refresh, the newest day, the rest of a large store, the bundled sample. */
	store: StoreRoom;
	/** Seen marks: what was seen before and in this session. */
	marks: MarksRoom;
	/** What Hugging Face and the disk tell about papers: records, discussions, the search sent, trending, PDFs. */
	remote: RemoteRoom;
	/** The text boxes and questions at the foot of the screen: the name being typed, a confirm, the cursor in the box. */
	box: BoxRoom;
};

export type {UserCommand} from '../../user-command.js';
export type {Effect} from './effect.js';
export type {NameFor} from './rooms.js';
export type {
	BoxRoom,
	InfoEntry,
	MarksRoom,
	MineRoom,
	Reader,
	ReadingRoom,
	RefreshState,
	RemoteRoom,
	Room,
	StoreRoom,
	TrendingSnapshot,
} from './rooms.js';

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
