import type {Paper} from '../digest/paper.js';
import type {Grouping} from '../digest/groups.js';
import type {ReadingLists} from '../lists/model.js';
import type {TrendingSnapshot} from './commands-trending.js';
import type {Viewport} from './layout.js';
import type {ViewSort} from './view.js';

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
	/** Start on this day's first paper, when it has any. */
	day?: string | null;
	/** Start inside this reading list. */
	list?: string | null;
	message?: string | null;
	/** Keys seen in earlier sessions: with them, the browser keeps seen marks and shows what is new. */
	seen?: ReadonlySet<string> | null;
	/** The newest day in the library. */
	newest?: string | null;
	trending?: TrendingSnapshot | null;
	/** Open on the trending view. */
	showTrending?: boolean;
	/** Open the reader on the first paper at once (`papers read ID`). */
	openReader?: boolean;
	/** The papers are a large store's newest days; the rest comes as `library.loaded`. */
	partial?: boolean;
	forYouList?: string | null;
	/** The watch rules, by name. */
	watch?: Readonly<Record<string, string>>;
	/** The papers are the bundled sample. */
	sample?: boolean;
};
