import {KEYMAP, MODES, type Mode} from '../ui/core/keymap.js';
import {COMMAND_DOCS, FLAG_DOCS, longFlag, shortFlagOf} from './command-table.js';

/*
 * The readme's reference tables (keys, commands, options), made from the key map and the command table as the help,
 * the man page and the completions are: the build writes them between the readme's markers, and a house test fails
 * when the readme holds others.
 */

const cell = (text: string) => text.replace(/\|/g, '\\|');
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** Where each mode is met, for the keys table. */
const WHERE: Record<Mode, string> = {
	browse: 'list',
	search: 'search box',
	help: 'help',
	lists: 'lists view',
	listName: 'list name box',
	links: 'links',
	reader: 'reader',
	readerFind: 'reader search',
	toc: 'contents',
	confirm: 'a question',
};

/** The keys of these modes (the readme shows the list's and the lists view's; `papers keys` and `?` show them all). */
export function keysTable(modes: readonly Mode[] = ['browse', 'lists']): string {
	// The links' keys (1 to 9, then a to e) are one row: they all open the link of their mark.
	const links = KEYMAP.filter((b) => /^link\.\d+$/.test(b.command));
	const rows = MODES.filter((mode) => modes.includes(mode)).flatMap((mode) => [
		...KEYMAP.filter((b) => b.modes.includes(mode) && !/^link\.\d+$/.test(b.command)).map(
			(b) => `| ${b.keys.map((k) => code(cell(k.label))).join(' ')} | ${WHERE[mode]} | ${cell(b.help)} |`,
		),
		...(mode === 'links' && links.length > 0
			? [`| ${links.flatMap((b) => b.keys.map((k) => code(cell(k.label)))).join(' ')} | ${WHERE[mode]} | ${cell(links[0]!.help)} |`]
			: []),
	]);
	return ['| keys | where | what they do |', '|---|---|---|', ...rows].join('\n');
}

export function commandsTable(): string {
	const rows = COMMAND_DOCS.map((c) => `| ${code(cell(c.usage))} | ${cell(c.summary)} |`);
	return ['| command | what it does |', '|---|---|', ...rows].join('\n');
}

export function optionsTable(): string {
	const rows = FLAG_DOCS.map((f) => {
		const short = shortFlagOf(f);
		const name = `${short ? `-${short}, ` : ''}${longFlag(f.name)}${f.arg ? (f.optional ? ` [${f.arg}]` : ` ${f.arg}`) : ''}`;
		return `| ${code(cell(name))} | ${f.in.join(', ')} | ${cell(f.text)} |`;
	});
	return ['| option | with | what it does |', '|---|---|---|', ...rows].join('\n');
}

export const REFERENCE_TABLES = {keys: () => keysTable(), commands: commandsTable, options: optionsTable} as const;

/** The readme with each generated block (between `<!-- NAME: generated … -->` and `<!-- end NAME -->`) made anew. */
export function withReferenceTables(readme: string): string {
	let out = readme;
	for (const [name, make] of Object.entries(REFERENCE_TABLES)) {
		const start = `<!-- ${name}: generated from the source by npm run build; edit the source, not this table -->`;
		const end = `<!-- end ${name} -->`;
		const from = out.indexOf(start);
		const to = out.indexOf(end);
		if (from < 0 || to < from) continue;
		out = `${out.slice(0, from + start.length)}\n${make()}\n${out.slice(to)}`;
	}
	return out;
}
