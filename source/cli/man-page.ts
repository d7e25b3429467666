import {helpSections} from '../ui/core/keymap.js';
import {COMMAND_DOCS} from './command-table.js';
import {ENVIRONMENT, flagsOf, flagTerm, flagText} from './help-text.js';

/*
 * man/papers.1, made at build time from the table of commands and flags and from the key map: the sources --help,
 * the completions and the readme's key table come from, so they all say the same. Plain man(7) macros, which groff
 * renders without warnings.
 */

// man reads its input as Latin-1: every other character goes in as a groff escape (↓ is \[u2193]).
const escape = (text: string) =>
	text
		.replace(/\\/g, '\\e')
		.replace(/-/g, '\\-')
		.replace(/^[.']/gm, '\\&$&')
		.replace(/[^\x00-\x7f]/gu, (c) => `\\[u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);

const tp = (term: string, text: string) => `.TP\n.B ${escape(term)}\n${escape(text)}`;

function commands(): string[] {
	return COMMAND_DOCS.filter((c) => c.name !== 'browse').flatMap((c) => {
		const forms = (c.forms ?? []).map(([form, text]) => `.IP\n${escape(`${form}: ${text}`)}`);
		const own = flagsOf(c.name).map((f) => `.IP\n${escape(`${flagTerm(f).trim()}: ${flagText(f, c.name)}`)}`);
		return [tp(c.usage, c.summary), ...forms, ...own, ...(c.note ? [`.IP\n${escape(c.note)}`] : [])];
	});
}

function keys(): string[] {
	return helpSections().flatMap((section) =>
		section.lines.length === 0 ? [] : [`.SS ${escape(section.title)}`, ...section.lines.map((l) => tp(l.keys, l.help))],
	);
}

export function manPage(version: string): string {
	return [
		`.TH PAPERS 1 "" "papers ${escape(version)}" "User Commands"`,
		'.SH NAME',
		'papers \\- read Hugging Face Daily Papers digests in the terminal',
		'.SH SYNOPSIS',
		...COMMAND_DOCS.flatMap((c, i) => [...(i > 0 ? ['.br'] : []), `.B ${escape(c.usage)}`]),
		'.SH DESCRIPTION',
		escape(
			'papers browses the papers of Hugging Face Daily Papers: day by day, week or month, with their upvotes, abstracts and links; keeps reading lists; and prints what was picked for the next tool in a pipe. With no inputs it reads piped standard input, else the local store (caught up in the background), else a bundled sample.',
		),
		'.SH OPTIONS',
		...flagsOf('browse').map((f) => tp(flagTerm(f).trim(), flagText(f, 'browse'))),
		'.SH COMMANDS',
		...commands(),
		'.SH KEYS',
		...keys(),
		'.SH ENVIRONMENT',
		...ENVIRONMENT.map(([name, text]) => tp(name, text)),
		'.SH FILES',
		tp('$PAPERS_HOME/config.json', 'reading lists (else the platform config folder, ~/.config/papers on Linux)'),
		tp('$PAPERS_HOME/removed-lists/', 'a copy of each reading list removed, one JSON file each, never overwritten'),
		tp('$PAPERS_HOME/digests/', 'fetched days, one JSON file each, their index, and trending.json (else ~/.cache/papers/digests)'),
		tp('$PAPERS_HOME/papers/ID.md', "papers' full texts, kept for offline reading (else ~/.cache/papers/papers)"),
		tp('$PAPERS_HOME/compile-cache/', "Node's compiled code of papers, for faster starts on Node 22 and later (else ~/.cache/papers)"),
		tp(
			'$PAPERS_HOME/seen.txt',
			'the papers seen in the browser, one a line, -KEY for one marked new again (else ~/.local/share/papers/seen.txt)',
		),
		'.SH EXIT STATUS',
		tp('0', 'done (an empty answer too)'),
		tp('1', 'nothing could be loaded, a fetch failed, or a change could not be written'),
		tp('2', 'a wrong command, flag or value'),
		tp('130', 'Ctrl-C in the browser'),
		'',
	].join('\n');
}
