import {COMMAND_DOCS, FLAG_DOCS, flagDoc, longFlag, shortFlagOf, type CommandName, type FlagDoc} from './command-table.js';
import {wrapText} from '../output/wrap.js';

/** --help and each command's --help, made from the table of commands and flags (command-table.ts). */

export const ENVIRONMENT: ReadonlyArray<readonly [string, string]> = [
	['PAPERS_HOME=DIR', 'keep config, reading lists and the digest store under DIR'],
	['PAPERS_API_URL=URL', 'where fetch asks (default https://huggingface.co)'],
	['PAPERS_OFFLINE=1', 'as --offline'],
	['PAPERS_TODAY=D', 'take day D (YYYY-MM-DD) as today, to replay a morning'],
	['PAPERS_ARXIV_URL=URL', 'where papers pdf and D fetch PDFs (default https://arxiv.org)'],
	['PAPERS_ZOTERO_URL=URL', "Zotero's connector (default http://127.0.0.1:23119)"],
	['PAPERS_PDF_VIEWER=CMD', 'the program that opens a PDF (default: the system opener)'],
	['PAPERS_INCREMENTAL=1', "Ink's incremental rendering (off: it misplaces rows on some terminals)"],
	['PAPERS_DEBUG=1', 'a failure prints its stack trace after its one line'],
	['PAPERS_FAULT=POINT', "for papers' own tests: die at that crash point"],
	['NO_COLOR, FORCE_COLOR', 'colour off / on'],
];

const TEXT_WIDTH = 94;
const TERM_WIDTH = 23;

/** Words into lines of at most `width`. */

/** `    term   text`, the text wrapped under itself. */
function entry(term: string, text: string, termWidth = TERM_WIDTH): string[] {
	const [first, ...rest] = wrapText(text, TEXT_WIDTH - termWidth);
	const pad = term.length >= termWidth ? `\n    ${' '.repeat(termWidth)} ` : ' '.repeat(termWidth - term.length + 1);
	return [`    ${term}${pad}${first}`, ...rest.map((l) => `    ${' '.repeat(termWidth)} ${l}`)];
}

/** `-s, --search QUERY`, `    --week [W]`: a flag as help shows it. */
export function flagTerm(flag: FlagDoc): string {
	const short = shortFlagOf(flag);
	const value = flag.arg ? (flag.optional ? ` [${flag.arg}]` : ` ${flag.arg}`) : '';
	return `${short ? `-${short}, ` : '    '}${longFlag(flag.name)}${value}`;
}

export const flagsOf = (command: CommandName) => FLAG_DOCS.filter((f) => f.in.includes(command));

export const flagText = (flag: FlagDoc, command: CommandName) =>
	(command === 'fetch' ? flag.fetch : command === 'watch' ? flag.watch : undefined) ?? flag.text;

function optionLines(command: CommandName): string[] {
	return flagsOf(command).flatMap((f) => entry(flagTerm(f), flagText(f, command)));
}

export function mainHelp(): string {
	const usage = COMMAND_DOCS.flatMap((c) =>
		entry(`$ ${c.name === 'browse' ? c.usage : c.usage.split(' [')[0]!.split(' |')[0]}`, c.summary, 34),
	);
	return [
		'',
		'  Read Hugging Face Daily Papers digests in the terminal.',
		'',
		'  Usage',
		...usage,
		...entry('$ papers COMMAND --help', 'its own help and options (papers help COMMAND too)', 34),
		'',
		'  Inputs',
		'    files or folders of digests (.txt page text, .json API answers, .jsonl); - for stdin.',
		'    With none: piped stdin, else the local store, else the bundled sample digest.',
		'',
		'  Options',
		...optionLines('browse'),
		'    (fetch, lists, read, similar: papers COMMAND --help lists their own)',
		'',
		'  Environment',
		...ENVIRONMENT.flatMap(([name, text]) => entry(name, text)),
		'',
		'  Examples',
		'    $ papers --today --json | jq length',
		'    $ papers digest.txt --search "reinforcement learning" --print',
		'    $ papers --list later --format markdown --print > reading.md',
		'',
	].join('\n');
}

export function commandHelp(name: CommandName): string {
	const doc = COMMAND_DOCS.find((c) => c.name === name)!;
	const options = optionLines(name);
	return [
		'',
		`  ${doc.summary[0]!.toUpperCase()}${doc.summary.slice(1)}.`,
		'',
		'  Usage',
		...(doc.forms ?? [[doc.usage, '']]).flatMap(([form, text]) => (text ? entry(`$ ${form}`, text, 34) : [`    $ ${form}`])),
		...(options.length > 0 ? ['', '  Options', ...options] : []),
		...(doc.note ? ['', ...wrapText(doc.note, TEXT_WIDTH + 2).map((l) => `  ${l}`)] : []),
		'',
	].join('\n');
}

/** The flags given that mean nothing to the command: the first named, with where it belongs. */
export function misplacedFlag(command: CommandName, given: readonly string[]): string | null {
	for (const name of given) {
		const doc = flagDoc(name);
		if (!doc || doc.in.includes(command)) continue;
		const where = doc.in.map((c) => (c === 'browse' ? 'browsing or printing' : `papers ${c}`)).join(', ');
		const shown = name.length === 1 ? `-${name}` : longFlag(doc.name);
		return `${shown} means nothing to ${command === 'browse' ? 'browsing or printing' : `papers ${command}`}; it goes with ${where}`;
	}
	return null;
}
