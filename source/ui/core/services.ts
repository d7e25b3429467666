import type {SeenProblem} from '../../seen/store.js';
import type {Discussion} from '../../digest/comments.js';
import type {Paper} from '../../digest/paper.js';
import type {ListsService} from '../../lists/service.js';
import type {TrendingSnapshot, UserCommand} from './model.js';
import type {PaperInfo} from '../../digest/paper-info.js';
import type {SearchAnswer} from '../../digest/parse-search.js';
import type {SimilarModel} from '../../digest/similar-model.js';
import type {Slicer} from '../../slices.js';

/** What a background refresh brought: the library anew (null: nothing changed), how many papers are new, what failed. */
export type RefreshResult = {
	papers: Paper[] | null;
	origin?: string;
	added: number;
	failure: string | null;
	/** Papers held before whose upvotes or comments moved. */
	changed?: number;
	/** The store, not the network, failed: why, in a word (`disk full`), for the header. */
	cause?: string | null;
};

/** What the browser needs from outside: a browser opener, the reading lists, seen marks, the refresh. */
export type Services = {
	/** Keeps seen marks; answers a problem to say once, or null. */
	markSeen?: (keys: readonly string[], unseen?: boolean) => SeenProblem | null;
	/** The whole store, when the browser started from its head (the newest days): loaded after the first frame. */
	loadRest?: () => Promise<Paper[]>;
	/** V8's memory flags, told when the background work on a library starts and when it has ended (heap-flags.ts). */
	heap?: {building: () => void; settled: () => void};
	/** The likeness model kept beside the store's index, when the browser shows the whole store unfiltered. */
	likenessFile?: {
		read: (papers: readonly Paper[], slices: Slicer) => Promise<SimilarModel | null>;
		keep: (model: SimilarModel) => Promise<void>;
	};
	/** A paper's full text (the cache, else fetched); throws with one line when it cannot be had. */
	readPaper?: (id: string, options: {signal: AbortSignal; refetch: boolean}) => Promise<string>;
	/** Catches the store up (only when the papers came from it); `held` is what the browser shows now. */
	refresh?: (
		held: readonly Paper[],
		signal: AbortSignal,
		onStart: (days: number) => void,
		/** How far it got: days done, and the oldest day fetched so far (it goes newest first). */
		onProgress?: (done: number, reached: string | null) => void,
		/** `R`: today and yesterday again, however fresh their files. */
		fresh?: boolean,
	) => Promise<RefreshResult>;
	openUrl: (url: string) => Promise<string | null>;
	/** Ctrl-Z: stops papers as a shell job; returns once it runs again. */
	suspend?: () => void;
	/** Calls `redraw` whenever papers runs again after a stop that came from outside (SIGCONT); answers the unsubscribe. */
	continued?: (redraw: () => void) => () => void;
	/** Fetches the trending list into the store, and answers it; throws with one line. */
	fetchTrending?: (signal?: AbortSignal) => Promise<TrendingSnapshot>;
	/** Hugging Face's search of every paper it indexes; throws with one line. */
	searchRemote?: (query: string, signal?: AbortSignal) => Promise<SearchAnswer>;
	/** A paper's Hugging Face record (kept a day); throws with one line. */
	loadInfo?: (id: string, signal?: AbortSignal) => Promise<PaperInfo>;
	/** Every record kept on disk, read once after the first frame. */
	keptInfos?: () => Promise<ReadonlyMap<string, PaperInfo>>;
	/** `e`: the text edited in the user's editor, the terminal handed over and taken back; or why it was not. */
	editText?: (text: string) => {text: string} | {problem: string};
	/** `D`: the paper's PDF downloaded into the data folder (once); answers the file. */
	fetchPdf?: (id: string, signal?: AbortSignal) => Promise<string>;
	/** Opens a PDF on disk; answers what went wrong, or null. */
	openPdf?: (file: string) => Promise<string | null>;
	/** The PDFs on disk at start, by paper id. */
	keptPdfs?: () => Promise<ReadonlyMap<string, string>>;
	/** A command of the settings in the background: answers its first line and how it ended. */
	runUserCommand?: (command: UserCommand, papers: readonly Paper[]) => Promise<string>;
	/** The same, in the foreground: the terminal handed over until it ends. */
	runForeground?: (command: UserCommand, papers: readonly Paper[]) => string;
	/** A paper's discussion on Hugging Face (kept a day; offline, the one kept, or null). Throws with one line. */
	loadDiscussion?: (id: string, signal?: AbortSignal) => Promise<Discussion | null>;
	/** `Z`: the papers sent to a running Zotero; answers what to say. Throws with one line. */
	sendToZotero?: (papers: readonly Paper[]) => Promise<string>;
	/** Watches the store for days written by someone else; answers how to stop watching. */
	watchStore?: (changed: () => void) => () => void;
	/** The store read again, whole, when it changed under the browser. */
	reloadStore?: () => Promise<readonly Paper[]>;
	lists: ListsService;
	/** Said once at start: a rescued config file, or why lists cannot be opened. */
	startupNotice?: () => Promise<string | null>;
};
