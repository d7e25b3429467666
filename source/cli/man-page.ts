import {KEYMAP, keyLabel} from '../ui/keymap.js';
import {FETCH_HELP, HELP, LISTS_HELP} from './flags.js';

/*
 * man/papers.1, made at build time from the help text and the key map: the sources --help and the readme's key
 * table come from, so the three say the same. Plain man(7) macros, which groff renders without warnings.
 */

// man reads its input as Latin-1: every other character goes in as a groff escape (↓ is \[u2193]).
const escape = (text: string) =>
	text
		.replace(/\\/g, '\\e')
		.replace(/-/g, '\\-')
		.replace(/^[.']/gm, '\\&$&')
		.replace(/[^\x00-\x7f]/gu, (c) => `\\[u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);

/** The lines of one section of a help text: `Options`, `Environment`. */
function section(help: string, title: string): string[] {
	const lines = help.split('\n');
	const start = lines.findIndex((l) => l.trim() === title);
	if (start < 0) return [];
	const out: string[] = [];
	for (const line of lines.slice(start + 1)) {
		if (line.trim() === '') break;
		out.push(line);
	}
	return out;
}

/** `    -p, --print            print the papers` → a .TP entry; continuation lines join the one before. */
function entries(lines: readonly string[]): Array<{term: string; text: string}> {
	const out: Array<{term: string; text: string}> = [];
	for (const line of lines) {
		const m = /^\s{2,}((?:-\w, )?\S+(?: \[?[A-Z]+\]?)?|\S+=\S+|NO_COLOR, FORCE_COLOR)\s{2,}(.*)$/.exec(line);
		if (m) out.push({term: m[1]!.trim(), text: m[2]!.trim()});
		else if (out.length > 0) out.at(-1)!.text += ` ${line.trim()}`;
	}
	return out;
}

const tp = (term: string, text: string) => `.TP\n.B ${escape(term)}\n${escape(text)}`;

export function manPage(version: string): string {
	const options = entries(section(HELP, 'Options'));
	const env = entries(section(HELP, 'Environment'));
	const keys = KEYMAP.filter((b) => b.modes.includes('browse')).map((b) => tp(keyLabel(b), b.help));
	return [
		`.TH PAPERS 1 "" "papers ${escape(version)}" "User Commands"`,
		'.SH NAME',
		'papers \\- read Hugging Face Daily Papers digests in the terminal',
		'.SH SYNOPSIS',
		'.B papers',
		'[\\fIinputs\\fR...] [\\fIoptions\\fR]',
		'.br',
		'.B papers fetch',
		'[\\fB\\-\\-date\\fR \\fID\\fR | \\fB\\-\\-since\\fR \\fID\\fR | \\fB\\-\\-days\\fR \\fIN\\fR | \\fB\\-\\-week\\fR | \\fB\\-\\-month\\fR | \\fB\\-\\-trending\\fR]',
		'.br',
		'.B papers lists',
		'[\\fB\\-\\-json\\fR]',
		'.br',
		'.B papers completion',
		'\\fBbash\\fR|\\fBzsh\\fR|\\fBfish\\fR',
		'.SH DESCRIPTION',
		escape(
			'papers browses the papers of Hugging Face Daily Papers: day by day, week or month, with their upvotes, abstracts and links; keeps reading lists; and prints what was picked for the next tool in a pipe. With no inputs it reads piped standard input, else the local store (caught up in the background), else a bundled sample.',
		),
		'.SH OPTIONS',
		...options.map((o) => tp(o.term, o.text)),
		'.SH COMMANDS',
		tp('fetch', FETCH_HELP.trim().split('\n')[0]!.trim()),
		tp('lists', LISTS_HELP.trim().split('\n')[0]!.trim()),
		tp('read ID|URL', "read a paper's full text (the reader on a terminal, the rendered text when piped)"),
		tp('similar ID', 'the papers of the store most like paper ID, most alike first (-n N, any --format)'),
		tp('completion bash|zsh|fish', 'print a completion script for that shell'),
		'.SH KEYS',
		...keys,
		'.SH ENVIRONMENT',
		...env.map((e) => tp(e.term, e.text)),
		'.SH FILES',
		tp('$PAPERS_HOME/config.json', 'reading lists (else the platform config folder, ~/.config/papers on Linux)'),
		tp('$PAPERS_HOME/digests/', 'fetched days, one JSON file each, and trending.json (else ~/.cache/papers/digests)'),
		tp('$PAPERS_HOME/seen.txt', 'the papers seen in the browser (else ~/.local/share/papers/seen.txt)'),
		'.SH EXIT STATUS',
		tp('0', 'done (an empty answer too)'),
		tp('1', 'nothing could be loaded, a fetch failed, or a change could not be written'),
		tp('2', 'a wrong command, flag or value'),
		tp('130', 'Ctrl-C in the browser'),
		'',
	].join('\n');
}
