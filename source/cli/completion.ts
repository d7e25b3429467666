import {SORT_KEYS} from '../digest/collection.js';
import {GROUPINGS} from '../digest/groups.js';
import {FORMATS} from '../output/format.js';
import {FLAGS, flagName} from './flags.js';

/*
 * Shell completion, generated from the flag table meow reads, so a flag cannot be missing from it. Reading-list
 * names come from `papers __lists`, which reads config.json plainly (no conf, no lock): fast enough for a TAB.
 */

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export const SUBCOMMANDS = ['fetch', 'lists', 'read', 'similar', 'completion', 'help', 'version'] as const;

/** Every flag as typed: `--format`, `-p`. */
export function flagWords(): string[] {
	const words: string[] = ['--help', '--version'];
	for (const [name, spec] of Object.entries(FLAGS)) {
		words.push(`--${flagName(name)}`);
		if ('shortFlag' in spec) words.push(`-${spec.shortFlag}`);
	}
	return words;
}

/** Flags whose value is one of a few words, and those words. */
export const VALUES: Record<string, readonly string[]> = {'--format': FORMATS, '--sort': [...SORT_KEYS, 'for-you'], '--group': GROUPINGS};
const LIST_FLAGS = ['--list', '-l', '--save', '--papers', '--for-you'];

/*
 * List names are the user's own text: a completion must never evaluate them. bash reads them line by line into
 * COMPREPLY (compgen -W would expand `$(…)` in them, and word splitting would split at spaces and glob `*`), zsh
 * adds them with compadd, fish takes command output line by line as it is.
 */
function bash(): string {
	const cases = Object.entries(VALUES)
		.map(([flag, values]) => `\t\t${flag}) mapfile -t COMPREPLY < <(compgen -W "${values.join(' ')}" -- "$cur"); return ;;`)
		.join('\n');
	return `# papers completion for bash: eval "$(papers completion bash)", or save it in ~/.local/share/bash-completion/completions/papers
_papers_lists() {
	local name
	COMPREPLY=()
	while IFS= read -r name; do
		[[ "$name" == "$cur"* ]] && COMPREPLY+=("$name")
	done < <(papers __lists 2>/dev/null)
}
_papers() {
	local cur prev
	cur="\${COMP_WORDS[COMP_CWORD]}"
	prev="\${COMP_WORDS[COMP_CWORD-1]}"
	case "$prev" in
${cases}
		${LIST_FLAGS.join('|')}) _papers_lists; return ;;
		completion) mapfile -t COMPREPLY < <(compgen -W "${SHELLS.join(' ')}" -- "$cur"); return ;;
	esac
	if [[ "$cur" == -* ]]; then
		mapfile -t COMPREPLY < <(compgen -W "${flagWords().join(' ')}" -- "$cur")
	elif [[ $COMP_CWORD -eq 1 ]]; then
		mapfile -t COMPREPLY < <(compgen -W "${SUBCOMMANDS.join(' ')}" -- "$cur"; compgen -f -- "$cur")
	else
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
	fi
}
complete -o filenames -F _papers papers
`;
}

function zsh(): string {
	const specs = Object.entries(FLAGS).map(([name, spec]) => {
		const flag = `--${flagName(name)}`;
		const values = VALUES[flag];
		const arg =
			spec.type === 'string'
				? values
					? `:${name}:(${values.join(' ')})`
					: LIST_FLAGS.includes(flag)
						? `:list:_papers_lists`
						: `:${name}:`
				: '';
		return `\t\t'${flag}[${name}]${arg}'`;
	});
	return `#compdef papers
# papers completion for zsh: papers completion zsh > "\${fpath[1]}/_papers"
_papers_lists() { local -a names; names=(\${(f)"$(papers __lists 2>/dev/null)"}); compadd -a names }
_papers() {
	_arguments -s \\
${specs.join(' \\\n')} \\
		'1:command:(${SUBCOMMANDS.join(' ')})' \\
		'*:digest:_files'
}
_papers "$@"
`;
}

function fish(): string {
	const lines = Object.entries(FLAGS).map(([name, spec]) => {
		const flag = flagName(name);
		const short = 'shortFlag' in spec ? ` -s ${spec.shortFlag}` : '';
		const values = VALUES[`--${flag}`];
		const arg =
			spec.type === 'string'
				? values
					? ` -x -a '${values.join(' ')}'`
					: LIST_FLAGS.includes(`--${flag}`)
						? ` -x -a '(papers __lists 2>/dev/null)'`
						: ' -r'
				: '';
		return `complete -c papers -l ${flag}${short}${arg}`;
	});
	return `# papers completion for fish: papers completion fish > ~/.config/fish/completions/papers.fish
complete -c papers -n '__fish_use_subcommand' -a '${SUBCOMMANDS.join(' ')}'
complete -c papers -n '__fish_seen_subcommand_from completion' -a '${SHELLS.join(' ')}'
${lines.join('\n')}
`;
}

export function completionScript(shell: Shell): string {
	return shell === 'bash' ? bash() : shell === 'zsh' ? zsh() : fish();
}
