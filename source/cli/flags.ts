const on = {type: 'boolean'} as const;
const value = {type: 'string'} as const;

/** Every flag papers takes, for meow. Numbers are read as strings so a bad value gets our own one-line error. */
export const FLAGS = {
	print: {...on, shortFlag: 'p'},
	...{json: on, format: value, today: on, date: value, since: value, days: value},
	search: {...value, shortFlag: 's'},
	...{minUpvotes: value, sort: value},
	limit: {...value, shortFlag: 'n'},
	list: {...value, shortFlag: 'l'},
	...{
		save: value,
		papers: value,
		offline: on,
		new: on,
		group: value,
		week: value,
		month: value,
		trending: on,
		markSeen: on,
		force: on,
		check: on,
		yes: on,
		forYou: value,
		timeout: value,
	},
} as const;

/** A flag as typed: `minUpvotes` → `min-upvotes`. */
export const flagName = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every name a flag may be given by (`min-upvotes`, `minUpvotes`, `s`), --help and --version among them. */
export const KNOWN_FLAGS: ReadonlySet<string> = new Set([
	'help',
	'version',
	'h',
	'v',
	...Object.entries(FLAGS).flatMap(([name, spec]) => [name, flagName(name), ...('shortFlag' in spec ? [spec.shortFlag] : [])]),
]);

type FlagValue<F> = F extends {type: 'boolean'} ? boolean : string;

/** The flags as meow hands them over: each one absent, or of its declared type. */
export type RawFlags = {[K in keyof typeof FLAGS]?: FlagValue<(typeof FLAGS)[K]>};

export const HELP = `
  Read Hugging Face Daily Papers digests in the terminal.

  Usage
    $ papers [inputs...] [options]        browse (interactive), or print when piped with --print
    $ papers fetch [--date D | --since D | --days N]   fetch daily papers into the local store
    $ papers lists [--json]                 reading lists with their counts
    $ papers lists rm|mv|copy NAME [NEW]    remove, rename or copy a reading list
    $ papers read ID|URL                    read a paper's full text (printed when piped)
    $ papers similar ID [-n N]              the papers of the store most like paper ID (any --format)
    $ papers completion bash|zsh|fish       a shell completion script
    $ papers COMMAND --help                 help for fetch or lists

  Inputs
    files or folders of digests (.txt page text, .json API answers, .jsonl); - for stdin.
    With none: piped stdin, else the local store, else the bundled sample digest.

  Options
    -p, --print            print the papers and exit
        --json             same as --print --format json
        --format F         text | markdown | json | jsonl | bibtex | csl-json  (default text)
        --today            only today's papers (local date)
        --date D           only day D (YYYY-MM-DD)
        --since D          only day D and later
        --group G          day | week | month: group headers (print), grouping (browser)
        --week [W]         this ISO week, or week W (YYYY-Www); with fetch, fetch it
        --month [M]        this month, or month M (YYYY-MM); with fetch, fetch it
        --trending         the trending list (papers fetch --trending keeps one)
    -s, --search QUERY     only papers the query matches: words (or their starts), "a phrase",
                           -word, title: abstract: author: org: id: kw:, upvotes:>50
        --min-upvotes N    only papers with at least N upvotes
        --sort S           upvotes | date | title | for-you  (default upvotes, newest day first);
                           for-you: within each day, the papers most like your saved ones first
        --for-you LIST     sort for you, learning from reading list LIST alone
    -n, --limit N          at most N papers
    -l, --list NAME        the papers of reading list NAME
        --save NAME        save every matching paper to reading list NAME, then exit
                           (over 200 papers only with --yes)
        --yes              with --save: save more than 200 papers at once
        --offline          never fetch; show what is stored
        --new              only papers not yet seen (looked at in the browser)
        --mark-seen        with --print: mark the printed papers seen
        --days N           with fetch: the last N days
        --timeout S        with fetch: seconds per request (default 10)
        --force            with fetch: fetch again days already stored
        --check            with fetch: list the stored day files that did not read, and why
        --papers NAME      with fetch: keep the full text of every paper in reading list NAME

  Environment
    PAPERS_HOME=DIR        keep config, reading lists and the digest store under DIR
    PAPERS_API_URL=URL     where fetch asks (default https://huggingface.co)
    PAPERS_OFFLINE=1       as --offline
    PAPERS_TODAY=D         take day D (YYYY-MM-DD) as today, to replay a morning
    NO_COLOR, FORCE_COLOR  colour off / on

  Examples
    $ papers --today --json | jq length
    $ papers digest.txt --search "reinforcement learning" --print
    $ papers --list later --format markdown --print > reading.md
`;

export const FETCH_HELP = `
  Fetch Hugging Face Daily Papers into the local store (PAPERS_HOME/digests).

  Usage
    $ papers fetch                 today
    $ papers fetch --days N        the last N days
    $ papers fetch --date D        day D (YYYY-MM-DD)
    $ papers fetch --since D       day D up to today
    $ papers fetch --week [W]      an ISO week (this one without W), in one question
    $ papers fetch --month [M]     a month (this one without M)
    $ papers fetch --trending      the trending list, kept as a snapshot
    $ papers fetch --check         the day files that did not read whole, and why

  Options
        --force            fetch again days already stored
        --check            list the stored day files that did not read (said once, when first read)
        --timeout S        seconds per request (default 10)

  One line per day on stdout; failures on stderr; exit 1 when a day failed.
`;

export const LISTS_HELP = `
  Reading lists, with how many papers each holds and how many are unread.

  Usage
    $ papers lists                 one line per list
    $ papers lists --json          [{name, count, unread}]
    $ papers lists rm NAME         remove a list (a copy is kept in removed-lists/ beside config.json)
    $ papers lists mv OLD NEW      rename a list (NEW must be free)
    $ papers lists copy OLD NEW    copy a list, or merge it into list NEW

  Lists are changed with --save NAME, or b, B, d, u, r and > in the browser (d, r and c in its lists
  view, L); --list NAME shows one.
`;
