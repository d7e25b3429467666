import {SORT_KEYS} from '../digest/collection.js';
import {GROUPINGS} from '../digest/groups.js';
import {FORMATS} from '../output/format.js';
import {COMMAND_DOCS, FLAG_DOCS, longFlag, shortFlagOf, type CommandName, type FlagDoc} from './command-table.js';

/*
 * Shell completion, generated from the table of commands and flags (command-table.ts): after a command, only the
 * flags it takes. Reading-list names come from `papers __lists`, which reads config.json plainly (no conf, no
 * lock): fast enough for a TAB.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The words papers takes first: its commands, and help and version. */
export const SUBCOMMANDS = [...COMMAND_DOCS.filter((c) => c.name !== 'browse').map((c) => c.name), 'help', 'version'] as const;
const COMMANDS = COMMAND_DOCS.map((c) => c.name).filter((c): c is Exclude<CommandName, 'browse'> => c !== 'browse');

const shortOf = shortFlagOf;

/** Every flag a command takes, as typed: `--format`, `-p`; --help everywhere. */
export function flagWords(command: CommandName = 'browse'): string[] {
	const words: string[] = ['--help', ...(command === 'browse' ? ['--version'] : [])];
	for (const flag of FLAG_DOCS.filter((f) => f.in.includes(command))) {
		words.push(longFlag(flag.name));
		const short = shortOf(flag);
		if (short) words.push(`-${short}`);
	}
	return words;
}

/** Flags whose value is one of a few words, and those words. */
export const VALUES: Record<string, readonly string[]> = {'--format': FORMATS, '--sort': [...SORT_KEYS, 'for-you'], '--group': GROUPINGS};
/** Flags whose value is a reading list's name. */
const LIST_FLAGS = FLAG_DOCS.filter((f) => f.arg === 'LIST' || f.arg === 'NAME').flatMap((f) => {
	const short = shortOf(f);
	return [longFlag(f.name), ...(short ? [`-${short}`] : [])];
});
/** Flags whose value is anything typed (a date, a number, a query): no files offered. */
const VALUE_FLAGS = FLAG_DOCS.filter((f) => f.arg && !f.optional && !LIST_FLAGS.includes(longFlag(f.name)) && !VALUES[longFlag(f.name)]);

/** A description short enough for a completion menu, with nothing a shell's quoting would read. */
const short = (text: string) =>
	text
		.split(/[;(:]/)[0]!
		.replace(/["'[\]:\\`$]/g, '')
		.trim();

/*
 * List names are the user's own text: a completion must never evaluate them. bash reads them line by line into
 * COMPREPLY (compgen -W would expand `$(…)` in them, and word splitting would split at spaces and glob `*`), zsh
 * adds them with compadd, fish takes command output line by line as it is.
 */
function bash(): string {
	const cases = Object.entries(VALUES)
		.map(([flag, values]) => `\t\t${flag}) mapfile -t COMPREPLY < <(compgen -W "${values.join(' ')}" -- "$cur"); return ;;`)
		.join('\n');
	const valueFlags = VALUE_FLAGS.flatMap((f) => [longFlag(f.name), ...(shortOf(f) ? [`-${shortOf(f)}`] : [])]);
	const perCommand = COMMANDS.map((c) => `\t\t${c}) flags="${flagWords(c).join(' ')}" ;;`).join('\n');
	return `# papers completion for bash: eval "$(papers completion bash)", or save it in ~/.local/share/bash-completion/completions/papers
_papers_lists() {
	local name
	COMPREPLY=()
	while IFS= read -r name; do
		[[ "$name" == "$cur"* ]] && COMPREPLY+=("$name")
	done < <(papers __lists 2>/dev/null)
}
_papers() {
	local cur prev command flags
	cur="\${COMP_WORDS[COMP_CWORD]}"
	prev="\${COMP_WORDS[COMP_CWORD-1]}"
	command="\${COMP_WORDS[1]}"
	[[ $COMP_CWORD -eq 1 ]] && command=""
	case "$prev" in
${cases}
		${LIST_FLAGS.join('|')}) _papers_lists; return ;;
		${valueFlags.join('|')}) COMPREPLY=(); return ;;
		completion) mapfile -t COMPREPLY < <(compgen -W "${SHELLS.join(' ')}" -- "$cur"); return ;;
	esac
	case "$command" in
${perCommand}
		*) flags="${flagWords('browse').join(' ')}" ;;
	esac
	if [[ "$cur" == -* ]]; then
		mapfile -t COMPREPLY < <(compgen -W "$flags" -- "$cur")
	elif [[ $COMP_CWORD -eq 1 ]]; then
		mapfile -t COMPREPLY < <(compgen -W "${SUBCOMMANDS.join(' ')}" -- "$cur"; compgen -f -- "$cur")
	elif [[ "$command" == lists && $COMP_CWORD -eq 2 ]]; then
		mapfile -t COMPREPLY < <(compgen -W "rm mv copy" -- "$cur")
	elif [[ "$command" == watch && $COMP_CWORD -eq 2 ]]; then
		mapfile -t COMPREPLY < <(compgen -W "add rm" -- "$cur")
	elif [[ "$command" == lists ]]; then
		_papers_lists
	else
		case "$command" in
			${COMMANDS.join('|')}) COMPREPLY=() ;;
			*) mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
		esac
	fi
}
complete -o filenames -F _papers papers
`;
}

function zshSpec(flag: FlagDoc): string {
	const long = longFlag(flag.name);
	const values = VALUES[long];
	const colon = flag.optional ? '::' : ':';
	const arg = flag.arg
		? values
			? `${colon}${flag.arg.toLowerCase()}:(${values.join(' ')})`
			: LIST_FLAGS.includes(long)
				? `${colon}list:_papers_lists`
				: `${colon}${flag.arg.toLowerCase()}: `
		: '';
	const description = `[${short(flag.text)}]`;
	const s = shortOf(flag);
	return s ? `'(-${s} ${long})'{-${s},${long}}'${description}${arg}'` : `'${long}${description}${arg}'`;
}

function zsh(): string {
	const specs = FLAG_DOCS.map(zshSpec);
	const commands = COMMAND_DOCS.filter((c) => c.name !== 'browse').map((c) => `${c.name}\\:"${short(c.summary)}"`);
	return `#compdef papers
# papers completion for zsh: papers completion zsh > "\${fpath[1]}/_papers"
_papers_lists() { local -a names; names=(\${(f)"$(papers __lists 2>/dev/null)"}); compadd -a names }
_papers() {
	_arguments -s \\
		'(- *)'{-h,--help}'[help]' \\
		'(- *)'{-v,--version}'[version]' \\
${specs.map((s) => `\t\t${s}`).join(' \\\n')} \\
		'1:command:((${commands.join(' ')} help\\:"help for a command" version\\:"the version"))' \\
		'*:digest:_files'
}
_papers "$@"
`;
}

function fish(): string {
	const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	const lines = FLAG_DOCS.map((flag) => {
		const long = longFlag(flag.name);
		const s = shortOf(flag);
		const values = VALUES[long];
		const arg = flag.arg
			? values
				? ` -x -a '${values.join(' ')}'`
				: LIST_FLAGS.includes(long)
					? ` -x -a '(papers __lists 2>/dev/null)'`
					: flag.optional
						? ''
						: ' -x'
			: '';
		const others = COMMANDS.filter((c) => !flag.in.includes(c));
		const when = flag.in.includes('browse')
			? others.length > 0
				? ` -n 'not __fish_seen_subcommand_from ${others.join(' ')}'`
				: ''
			: ` -n '__fish_seen_subcommand_from ${flag.in.join(' ')}'`;
		return `complete -c papers -l ${long.slice(2)}${s ? ` -s ${s}` : ''}${when}${arg} -d ${fishQuote(short(flag.text))}`;
	});
	const commands = COMMAND_DOCS.filter((c) => c.name !== 'browse').map(
		(c) => `complete -c papers -n '__fish_use_subcommand' -a ${c.name} -d ${fishQuote(short(c.summary))}`,
	);
	return `# papers completion for fish: papers completion fish > ~/.config/fish/completions/papers.fish
${commands.join('\n')}
complete -c papers -n '__fish_use_subcommand' -a 'help version'
complete -c papers -n '__fish_seen_subcommand_from completion' -a '${SHELLS.join(' ')}'
complete -c papers -n '__fish_seen_subcommand_from lists; and not __fish_seen_subcommand_from rm mv copy' -f -a 'rm mv copy'
complete -c papers -n '__fish_seen_subcommand_from rm mv copy; and __fish_seen_subcommand_from lists' -f -a '(papers __lists 2>/dev/null)'
complete -c papers -n '__fish_seen_subcommand_from watch; and not __fish_seen_subcommand_from add rm' -f -a 'add rm'
${lines.join('\n')}
`;
}

export function completionScript(shell: Shell): string {
	return shell === 'bash' ? bash() : shell === 'zsh' ? zsh() : fish();
}
