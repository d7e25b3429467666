import {FLAGS, flagName} from './flags.js';

// Every command and flag papers takes, what it does and where it means something: --help, each command's help, the man page
// and the completions are made from this table, and a flag given to a command it means nothing to is a usage error named from it.

export type CommandName =
	| 'browse'
	| 'fetch'
	| 'lists'
	| 'read'
	| 'similar'
	| 'watch'
	| 'search'
	| 'info'
	| 'comments'
	| 'note'
	| 'tag'
	| 'tags'
	| 'zotero'
	| 'pdf'
	| 'config'
	| 'keys'
	| 'mcp'
	| 'completion';

export type CommandDoc = {
	name: CommandName;
	/** `papers fetch [--date D | …]`: how it is called, for the usage lines and the man page's SYNOPSIS. */
	usage: string;
	summary: string;
	/** More ways to call it, each with what it does: a command's own help. */
	forms?: ReadonlyArray<readonly [string, string]>;
	note?: string; // a line said after its options
};

export type FlagDoc = {
	name: keyof typeof FLAGS;
	/** The value's name, as help shows it: `D`, `QUERY`. */
	arg?: string;
	/** The value may be left out (`--week` alone is this week). */
	optional?: boolean;
	/** What it does, in the main help; `fetch` is what it does there, when that differs. */
	text: string;
	fetch?: string;
	watch?: string;
	/** The commands it means something to. */
	in: readonly CommandName[];
};

export const COMMAND_DOCS: readonly CommandDoc[] = [
	{
		name: 'browse',
		usage: 'papers [inputs...] [options]',
		summary: 'browse the papers (interactive), or print them with --print or into a pipe',
	},
	{
		name: 'fetch',
		usage: 'papers fetch [--date D | --since D | --days N | --week [W] | --month [M] | --trending | --papers LIST]',
		summary: 'fetch Hugging Face Daily Papers into the local store (PAPERS_HOME/digests)',
		forms: [
			['papers fetch', 'today'],
			['papers fetch --days N', 'the last N days'],
			['papers fetch --date D', 'day D (YYYY-MM-DD)'],
			['papers fetch --since D', 'day D up to today'],
			['papers fetch --week [W]', 'an ISO week (this one without W), in one question'],
			['papers fetch --month [M]', 'a month (this one without M)'],
			['papers fetch --trending', 'the trending list, kept as a snapshot'],
			['papers fetch --papers LIST', 'the full text of every paper in reading list LIST'],
			['papers fetch --info [--days N | --list NAME]', "each paper's Hugging Face record: the models, datasets and Spaces citing it"],
			['papers fetch --check', 'the day files that did not read whole, and why'],
		],
		note: 'One line per day on stdout; failures on stderr; exit 1 when a day failed.',
	},
	{
		name: 'lists',
		usage:
			'papers lists [--json] | papers lists rm NAME | mv OLD NEW | copy OLD NEW | export [NAME...] | import FILE | push NAME | pull SLUG | sync [NAME]',
		summary: 'the reading lists with their counts; rm, mv and copy manage them; push, pull and sync share them as Hugging Face Collections',
		forms: [
			['papers lists', 'one line per list'],
			['papers lists --json', '[{name, count, unread, collection?}]'],
			['papers lists rm NAME', 'remove a list (a copy is kept in removed-lists/ beside config.json)'],
			['papers lists mv OLD NEW', 'rename a list (NEW must be free)'],
			['papers lists copy OLD NEW', 'copy a list, or merge it into list NEW'],
			['papers lists export [NAME...] > lists.json', 'every list (or those named), note and tag as one JSON document, stable and indented'],
			['papers lists import FILE', 'merge such a document in: nothing local is dropped; the newer note wins, the other kept aside'],
			['papers lists push NAME [--to SLUG] [--private]', 'send a list to a Hugging Face collection (made, or found by title), notes too'],
			['papers lists pull SLUG|URL [--as NAME]', "a collection (anyone's public one, or your own) into a list, or merged into one"],
			['papers lists sync [NAME] [--dry-run]', 'both ways, for lists that have a collection: additions and removals reach the other side'],
		],
		note: 'Lists are changed with --save NAME, or b, B, d, u, r and > in the browser (d, r and c in its lists view, L); --list NAME shows one. Collections need a Hugging Face token: hf auth login, or HF_TOKEN.',
	},
	{
		name: 'read',
		usage: 'papers read ID|URL',
		summary: "read a paper's full text: the reader on a terminal, the rendered text when piped",
		forms: [
			['papers read 2608.19880', 'the reader (an arXiv id, versioned or not, or a link to the paper)'],
			['papers read ID --format markdown', 'the text as markdown, to save or pipe'],
		],
	},
	{
		name: 'similar',
		usage: 'papers similar ID [-n N]',
		summary: 'the papers of the store most like paper ID, most alike first (any --format)',
	},
	{
		name: 'watch',
		usage: 'papers watch [NAME] [--new] | papers watch add NAME QUERY | papers watch rm NAME',
		summary: 'watch rules: saved searches that mark the papers they match, and alerts and feeds of them',
		forms: [
			['papers watch', 'the rules, each with how many papers it matches and how many are new (--json)'],
			['papers watch add NAME QUERY', 'watch what a search matches: user:NAME, submitter:NAME, author:"A Name", org:, words…'],
			['papers watch rm NAME', 'stop watching'],
			['papers watch --new', 'the watched papers not announced and not seen yet, each once (for cron); nothing: no output'],
			['papers watch NAME --new', 'the same, for one rule'],
			['papers watch NAME --format atom', 'what a rule matches, in any format: a feed (atom, rss, jsonfeed) too'],
		],
		note: 'A cron line mails only when there is something: papers fetch --days 3 -q && papers watch --new --format markdown',
	},
	{
		name: 'search',
		usage: 'papers search TEXT [-n N] [--print | --format F]',
		summary: 'search every paper Hugging Face indexes, not only the store: the browser on a terminal, else printed',
		forms: [
			['papers search speculative decoding', 'the answers in the browser (b saves one to a list)'],
			['papers search "world model" --json', 'the answers printed, in any --format'],
		],
		note: 'At most 250 characters are sent (a longer query is cut at a word, and said so); -n from 1 to 120, 50 unless given.',
	},
	{
		name: 'info',
		usage: 'papers info ID [--json]',
		summary: "a paper's Hugging Face record: the models, datasets and Spaces whose cards cite it (kept a day)",
	},
	{
		name: 'comments',
		usage: 'papers comments ID [--json]',
		summary:
			"a paper's discussion on Hugging Face: each comment's author, date, reactions and text, replies under their parent (kept a day)",
	},
	{
		name: 'note',
		usage: 'papers note ID [TEXT | - | --rm]',
		summary: "a paper's note: printed, set (TEXT, or - for stdin) or removed; e in the browser edits it in $EDITOR",
	},
	{
		name: 'tag',
		usage: 'papers tag ID [+name | -name]...',
		summary: "a paper's tags: +name adds one, -name removes one; alone, prints them; t in the browser edits them",
	},
	{name: 'tags', usage: 'papers tags [--json]', summary: 'every tag, with how many papers carry it'},
	{
		name: 'zotero',
		usage: 'papers zotero [inputs...] [options]',
		summary: 'send the papers chosen (as --print chooses them) to a running Zotero, with notes, tags and the PDF link',
		note: 'Zotero must be running (its connector listens on 127.0.0.1:23119); without it, --format ris writes a file any reference manager imports.',
	},
	{
		name: 'pdf',
		usage: 'papers pdf ID [--open]',
		summary: "the paper's arXiv PDF, downloaded once into the data folder (pdf/ID.pdf); --open opens it",
	},
	{
		name: 'config',
		usage: 'papers config path | edit | check',
		summary: 'your settings file (keys, colours, your commands, mouse): where it is, editing it, what papers makes of it',
		forms: [
			['papers config path', 'where it is (beside config.json, and apart from it)'],
			['papers config edit', 'open it in $VISUAL or $EDITOR, made first from a commented template'],
			['papers config check', 'what is wrong in it, line by line (exit 1), and what papers will use'],
		],
	},
	{name: 'keys', usage: 'papers keys [--json]', summary: 'the keys in force, by mode: the defaults with your settings'},
	{
		name: 'mcp',
		usage: 'papers mcp [--allow-write]',
		summary: 'a Model Context Protocol server on stdin and stdout: your agents search, read and list your papers',
		forms: [
			['papers mcp', 'read-only: search, papers, full texts, days, likeness, for you, watch rules, reading lists'],
			['papers mcp --allow-write', 'also save and remove papers of lists, set notes and tags'],
			['claude mcp add papers -- papers mcp', 'add it to Claude Code (the readme shows Claude Desktop and Cursor)'],
		],
		note: 'An MCP client starts it: on a terminal it only says so. Stdout carries JSON-RPC alone; notes go to stderr.',
	},
	{
		name: 'completion',
		usage: 'papers completion bash|zsh|fish',
		summary: 'a shell completion script',
		forms: [
			['papers completion bash', 'eval "$(papers completion bash)" in ~/.bashrc'],
			['papers completion zsh', 'save it as _papers in a folder of $fpath'],
			['papers completion fish', 'save it as ~/.config/fish/completions/papers.fish'],
		],
	},
];

const BROWSE = ['browse'] as const;
const PRINTS = ['browse', 'read', 'similar', 'watch', 'search'] as const;

export const FLAG_DOCS: readonly FlagDoc[] = [
	{name: 'print', text: 'print the papers and exit', in: PRINTS},
	{
		name: 'json',
		text: 'same as --print --format json',
		in: ['browse', 'similar', 'lists', 'watch', 'search', 'info', 'comments', 'tags', 'keys'],
	},
	{
		name: 'format',
		arg: 'F',
		text: 'text | markdown | json | jsonl | bibtex | csl-json | ris | atom | rss | jsonfeed  (default text)',
		in: PRINTS,
	},
	{name: 'today', text: "only today's papers (local date)", fetch: 'today (as without it)', in: ['browse', 'fetch', 'zotero']},
	{name: 'date', arg: 'D', text: 'only day D (YYYY-MM-DD)', fetch: 'fetch day D', in: ['browse', 'fetch', 'zotero']},
	{name: 'since', arg: 'D', text: 'only day D and later', fetch: 'fetch day D up to today', in: ['browse', 'fetch', 'zotero']},
	{name: 'group', arg: 'G', text: 'day | week | month: group headers (print), grouping (browser)', in: ['browse', 'zotero']},
	{
		name: 'week',
		arg: 'W',
		optional: true,
		text: 'this ISO week, or week W (YYYY-Www)',
		fetch: 'fetch it',
		in: ['browse', 'fetch', 'zotero'],
	},
	{name: 'month', arg: 'M', optional: true, text: 'this month, or month M (YYYY-MM)', fetch: 'fetch it', in: ['browse', 'fetch', 'zotero']},
	{name: 'trending', text: 'the trending list (papers fetch --trending keeps one)', fetch: 'fetch it', in: ['browse', 'fetch', 'zotero']},
	{
		name: 'search',
		arg: 'QUERY',
		text: 'only papers the query matches: words (or their starts), "a phrase", -word, title: abstract: author: org: id: kw:, upvotes:>50',
		in: ['browse', 'zotero'],
	},
	{name: 'minUpvotes', arg: 'N', text: 'only papers with at least N upvotes', in: ['browse', 'zotero']},
	{
		name: 'sort',
		arg: 'S',
		text: 'upvotes | date | title | for-you  (default upvotes, newest day first); for-you: within each day, the papers most like your saved ones first',
		in: ['browse', 'zotero'],
	},
	{name: 'forYou', arg: 'LIST', text: 'sort for you, learning from reading list LIST alone', in: BROWSE},
	{name: 'limit', arg: 'N', text: 'at most N papers', in: ['browse', 'similar', 'watch', 'search', 'zotero']},
	{
		name: 'list',
		arg: 'NAME',
		text: 'the papers of reading list NAME',
		fetch: 'with --info: the papers of list NAME',
		in: ['browse', 'fetch', 'zotero'],
	},
	{
		name: 'save',
		arg: 'NAME',
		text: 'save every matching paper to reading list NAME, then exit (over 200 papers only with --yes)',
		in: BROWSE,
	},
	{name: 'yes', text: 'with --save, or papers zotero: more than 200 papers at once', in: [...BROWSE, 'zotero']},
	{name: 'offline', text: 'never fetch; show what is stored', in: ['browse', 'read', 'info', 'comments', 'zotero']},
	{
		name: 'new',
		text: 'only papers not yet seen (looked at in the browser)',
		watch: 'only watched papers not announced and not seen yet, each once',
		in: ['browse', 'watch', 'zotero'],
	},
	{name: 'markSeen', text: 'with --print: mark the printed papers seen', in: BROWSE},
	{name: 'days', arg: 'N', text: 'the last N days', in: ['fetch']},
	{
		name: 'timeout',
		arg: 'S',
		text: 'seconds per request (default 10; 3 before --today prints)',
		in: ['browse', 'fetch', 'read', 'search', 'info', 'lists', 'comments'],
	},
	{
		name: 'force',
		text: 'fetch again what is already stored (days; with read, the text; with info, the record; with comments, the discussion)',
		in: ['fetch', 'read', 'info', 'comments'],
	},
	{name: 'check', text: 'list the stored day files that did not read whole, and why', in: ['fetch']},
	{name: 'papers', arg: 'LIST', text: 'keep the full text of every paper in reading list LIST', in: ['fetch']},
	{name: 'info', text: "keep each paper's Hugging Face record (what cites it), within the API's budget", in: ['fetch']},
	{name: 'rm', text: 'remove the note', in: ['note']},
	{name: 'open', text: 'open the PDF once it is on disk ($PAPERS_PDF_VIEWER, else the system opener)', in: ['pdf']},
	{name: 'quiet', text: 'errors only: no line per day (for cron)', in: ['fetch']},
	{name: 'to', arg: 'SLUG', text: 'with lists push: the collection to send to (its slug or address)', in: ['lists']},
	{name: 'private', text: 'with lists push: a collection made for the list is private', in: ['lists']},
	{name: 'as', arg: 'NAME', text: "with lists pull: the list to pull into (the collection's title unless given)", in: ['lists']},
	{name: 'dryRun', text: 'with lists sync: say what would move, and change nothing', in: ['lists']},
	{name: 'allowWrite', text: "let the agent change your lists, notes and tags (the same locked store as the browser's)", in: ['mcp']},
];

/** `minUpvotes` → `--min-upvotes`. */
export const longFlag = (name: string) => `--${flagName(name)}`;

/** The flag's one-letter name, when it has one (`p` for --print). */
export const shortFlagOf = (flag: FlagDoc) => (FLAGS[flag.name] as {shortFlag?: string}).shortFlag;

/** A flag as meow hands it over (`minUpvotes`, `min-upvotes`, `p`): its entry in the table. */
export function flagDoc(name: string): FlagDoc | undefined {
	return FLAG_DOCS.find((f) => f.name === name || longFlag(f.name) === `--${name}` || shortFlagOf(f) === name);
}
