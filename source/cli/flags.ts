/** Every flag papers takes, for meow. Numbers are read as strings so a bad value gets our own one-line error. */
export const FLAGS = {
	print: {type: 'boolean', shortFlag: 'p'},
	json: {type: 'boolean'},
	format: {type: 'string'},
	today: {type: 'boolean'},
	date: {type: 'string'},
	since: {type: 'string'},
	days: {type: 'string'},
	search: {type: 'string', shortFlag: 's'},
	minUpvotes: {type: 'string'},
	sort: {type: 'string'},
	limit: {type: 'string', shortFlag: 'n'},
	list: {type: 'string', shortFlag: 'l'},
	save: {type: 'string'},
	offline: {type: 'boolean'},
	force: {type: 'boolean'},
	timeout: {type: 'string'},
} as const;

export type RawFlags = {
	print?: boolean;
	json?: boolean;
	format?: string;
	today?: boolean;
	date?: string;
	since?: string;
	days?: string;
	search?: string;
	minUpvotes?: string;
	sort?: string;
	limit?: string;
	list?: string;
	save?: string;
	offline?: boolean;
	force?: boolean;
	timeout?: string;
};

export const HELP = `
  Read Hugging Face Daily Papers digests in the terminal.

  Usage
    $ papers [inputs...] [options]        browse (interactive), or print when piped with --print
    $ papers fetch [--date D | --since D | --days N]   fetch daily papers into the local store
    $ papers lists                          reading lists with their counts

  Inputs
    files or folders of digests (.txt page text, .json API answers, .jsonl); - for stdin.
    With none: piped stdin, else the local store, else the bundled sample digest.

  Options
    -p, --print            print the papers and exit
        --json             same as --print --format json
        --format F         text | markdown | json | jsonl  (default text)
        --today            only today's papers (local date)
        --date D           only day D (YYYY-MM-DD)
        --since D          only day D and later
    -s, --search TEXT      only papers whose title, abstract or authors hold every word
        --min-upvotes N    only papers with at least N upvotes
        --sort S           upvotes | date | title  (default upvotes)
    -n, --limit N          at most N papers
    -l, --list NAME        the papers of reading list NAME
        --save NAME        save every matching paper to reading list NAME, then exit
        --offline          never fetch; show what is stored
        --days N           with fetch: the last N days
        --timeout S        with fetch: seconds per request (default 10)
        --force            with fetch: fetch again days already stored

  Environment
    PAPERS_HOME=DIR        keep config, reading lists and the digest store under DIR
    PAPERS_API_URL=URL     where fetch asks (default https://huggingface.co)
    PAPERS_OFFLINE=1       as --offline
    NO_COLOR, FORCE_COLOR  colour off / on

  Examples
    $ papers --today --json | jq length
    $ papers digest.txt --search "reinforcement learning" --print
    $ papers --list later --format markdown --print > reading.md
`;
