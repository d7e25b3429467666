import {execFileSync} from 'node:child_process';
import {describe, expect, it} from 'vitest';
import {COMMAND_DOCS, FLAG_DOCS, longFlag} from '../../source/cli/command-table.js';
import {completionScript} from '../../source/cli/completion.js';
import {FLAGS} from '../../source/cli/flags.js';
import {commandHelp, mainHelp} from '../../source/cli/help-text.js';
import {manPage} from '../../source/cli/man-page.js';
import {helpSections} from '../../source/ui/core/keymap.js';
import {runCli, tempHome} from '../helpers/run-cli.js';
import {tempDir} from '../helpers/temp.js';

/* One table of commands and flags: --help, each command's help, the man page and the completions all name all of it. */

const commands = COMMAND_DOCS.filter((c) => c.name !== 'browse');
const short = (name: string) => (FLAGS[name as keyof typeof FLAGS] as {shortFlag?: string}).shortFlag;

describe('the table of commands and flags', () => {
	it('covers every flag meow reads, each with a text and the commands it goes with', () => {
		expect(FLAG_DOCS.map((f) => f.name).sort()).toEqual(Object.keys(FLAGS).sort());
		for (const flag of FLAG_DOCS) expect(flag.in.length, flag.name).toBeGreaterThan(0);
	});

	it('--help names every command; each command help names its flags; together they name every flag', () => {
		const help = mainHelp();
		for (const c of commands) expect(help, c.name).toContain(`$ papers ${c.name}`);
		const everything = [help, ...commands.map((c) => commandHelp(c.name))].join('\n');
		for (const flag of FLAG_DOCS) {
			expect(everything, flag.name).toContain(longFlag(flag.name));
			for (const c of flag.in.filter((n) => n !== 'browse')) expect(commandHelp(c), `${flag.name} in ${c}`).toContain(longFlag(flag.name));
		}
		expect(commandHelp('fetch')).toContain('--papers LIST');
	});

	it('the man page names every command, every flag, and every key of every mode', () => {
		const man = manPage('1.0.0').replace(/\\-/g, '-');
		for (const c of commands) expect(man, c.name).toContain(`.B papers ${c.name}`);
		for (const flag of FLAG_DOCS) expect(man, flag.name).toContain(longFlag(flag.name));
		for (const section of helpSections())
			for (const line of section.lines) expect(man, line.help).toContain(line.help.replace(/[^\x00-\x7f]/gu, '').slice(0, 12));
		expect(man).toContain('.SS Reader (v)');
		expect(man).toContain('.SS Link chooser (O)');
		for (const file of ['papers/ID.md', 'compile-cache', 'seen.txt', 'removed-lists']) expect(man).toContain(file);
	});

	it('each completion names every command and every flag, short ones too', () => {
		for (const shell of ['bash', 'zsh', 'fish'] as const) {
			const script = completionScript(shell);
			for (const c of commands) expect(script, `${shell}: ${c.name}`).toContain(c.name);
			for (const flag of FLAG_DOCS) {
				expect(script, `${shell}: ${flag.name}`).toContain(shell === 'fish' ? `-l ${longFlag(flag.name).slice(2)}` : longFlag(flag.name));
				const s = short(flag.name);
				if (s) expect(script, `${shell}: -${s}`).toContain(shell === 'fish' ? `-s ${s}` : `-${s}`);
			}
		}
		const zsh = completionScript('zsh');
		// Descriptions, not internal names; --week and --month take their value or none.
		expect(zsh).not.toContain('[minUpvotes]');
		expect(zsh).toContain("'--week[this ISO week, or week W]::w: '");
		expect(zsh).toContain("'(-s --search)'{-s,--search}'[only papers the query matches]:query: '");
	});

	it('bash: after fetch --papers a TAB offers list names, never files; after read, nothing', () => {
		const cwd = tempDir('papers-complete-');
		const complete = (...words: string[]) =>
			execFileSync(
				'bash',
				[
					'-c',
					`papers() { printf 'reading group\\nlater\\n'; }\n${completionScript('bash')}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _papers; printf '%s\\n' "\${COMPREPLY[@]}"`,
				],
				{encoding: 'utf8', cwd},
			)
				.trim()
				.split('\n');
		expect(complete('papers', 'fetch', '--papers', '')).toEqual(['reading group', 'later']);
		expect(complete('papers', 'lists', '')).toEqual(['rm', 'mv', 'copy']);
		expect(complete('papers', 'lists', 'rm', 're')).toEqual(['reading group']);
		expect(complete('papers', 'read', '')).toEqual(['']);
		expect(complete('papers', '--date', '')).toEqual(['']);
	});
});

describe('per-command help and flags that mean nothing there', () => {
	it('papers read --help and papers completion --help are their own', async () => {
		const read = await runCli(['read', '--help']);
		expect(read.stdout).toMatch(/^ {2}Read a paper's full text/);
		expect(read.stdout).toContain('--force');
		expect((await runCli(['completion', '--help'])).stdout).toMatch(/^ {2}A shell completion script/);
		expect((await runCli(['help', 'similar'])).stdout).toMatch(/^ {2}The papers of the store most like paper ID/);
	});

	it('a flag given to a command it means nothing to is a usage error naming where it goes', async () => {
		const env = {PAPERS_HOME: tempHome()};
		for (const [args, line] of [
			[
				['--force'],
				'papers: --force means nothing to browsing or printing; it goes with papers fetch, papers read, papers info, papers comments\n',
			],
			[['--papers', 'later'], 'papers: --papers means nothing to browsing or printing; it goes with papers fetch\n'],
			[['fetch', '--search', 'x'], 'papers: --search means nothing to papers fetch; it goes with browsing or printing, papers zotero\n'],
			[
				['fetch', '-p'],
				'papers: -p means nothing to papers fetch; it goes with browsing or printing, papers read, papers similar, papers watch, papers search\n',
			],
			[
				['lists', '--limit', '3'],
				'papers: --limit means nothing to papers lists; it goes with browsing or printing, papers similar, papers watch, papers search, papers zotero\n',
			],
		] as const) {
			expect(await runCli(args, {env}), args.join(' ')).toMatchObject({code: 2, stdout: '', stderr: line});
		}
	});
});
