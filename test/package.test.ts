import {execFileSync, spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {FLAGS, flagName} from '../source/cli/flags.js';
import {ROOT} from './helpers/fixtures.js';
import {tempDir} from './helpers/temp.js';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

describe('the package as a user installs it', () => {
	// Two runs of npm (pack, then install): beside a CPU hog on each core, npm's own start takes most of a minute.
	it('packs to a tarball with no dependencies, installs offline as one package under 3 MB, and runs', {timeout: 180_000}, () => {
		const work = tempDir('papers-pack-');
		// No prepack build here: other tests run dist/ meanwhile, and npm test has just built it.
		const name = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], {cwd: ROOT, encoding: 'utf8'})
			.trim()
			.split('\n')
			.at(-1)!;
		const files = execFileSync('tar', ['tzf', path.join(work, name)], {encoding: 'utf8'})
			.trim()
			.split('\n');
		expect(files.filter((f) => /meta\.json$/.test(f))).toEqual([]);
		expect(files).toEqual(
			expect.arrayContaining([
				'package/dist/cli.js',
				'package/sample/digest.json',
				'package/man/papers.1',
				'package/THIRD-PARTY-NOTICES',
				'package/LICENSE',
				'package/completions/papers.bash',
			]),
		);
		const prefix = path.join(work, 'prefix');
		execFileSync('npm', ['install', '-g', '--prefix', prefix, path.join(work, name), '--offline', '--no-audit', '--no-fund'], {
			encoding: 'utf8',
			stdio: 'pipe',
		});
		expect(fs.readdirSync(path.join(prefix, 'lib', 'node_modules'))).toEqual(['papers']);
		const installed = path.join(prefix, 'lib', 'node_modules', 'papers');
		const size = Number(execFileSync('du', ['-sk', installed], {encoding: 'utf8'}).split('\t')[0]) * 1024;
		expect(size).toBeLessThanOrEqual(3 * 1024 * 1024);
		expect(fs.existsSync(path.join(installed, 'node_modules'))).toBe(false);
		const bin = path.join(prefix, 'bin', 'papers');
		const env = {...process.env, PAPERS_HOME: path.join(work, 'home'), NO_COLOR: '1'};
		expect(execFileSync(bin, ['--version'], {encoding: 'utf8', env})).toMatch(/^\d+\.\d+\.\d+\n$/);
		expect(execFileSync(bin, ['--print', '-n', '1'], {encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'ignore']})).toMatch(/^▲ \d+ {2}\S/);
	});

	it('THIRD-PARTY-NOTICES names every bundled package with its version and licence text', () => {
		const meta = JSON.parse(fs.readFileSync(path.join(ROOT, 'build', 'meta.json'), 'utf8')) as {
			outputs: Record<string, {inputs: Record<string, unknown>}>;
		};
		const notices = fs.readFileSync(path.join(ROOT, 'THIRD-PARTY-NOTICES'), 'utf8');
		const packages = new Set<string>();
		for (const output of Object.values(meta.outputs))
			for (const input of Object.keys(output.inputs)) {
				const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(input);
				if (m) packages.add(m[1]!);
			}
		expect(packages.size).toBeGreaterThan(20);
		const missing = [...packages].filter((name) => {
			const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version as string;
			const at = notices.indexOf(`\n${name} ${version}\nLicense: `);
			return at < 0 || !/copyright|permission/i.test(notices.slice(at, at + 3000));
		});
		expect(missing).toEqual([]);
	});
});

describe('completions', () => {
	const script = (shell: string) =>
		execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'completion', shell], {encoding: 'utf8'});

	it('bash: the script parses, and TAB completes flags and their values', () => {
		const bash = script('bash');
		expect(spawnSync('bash', ['-n'], {input: bash}).status).toBe(0);
		// In an empty folder: a first word is a command or a file there.
		const cwd = tempDir('papers-complete-');
		const complete = (...words: string[]) =>
			execFileSync(
				'bash',
				[
					'-c',
					`${bash}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _papers; printf '%s\\n' "\${COMPREPLY[@]}"`,
				],
				{encoding: 'utf8', cwd},
			)
				.trim()
				.split('\n');
		expect(complete('papers', '--fo')).toEqual(['--format', '--for-you']);
		// After a command, the flags it takes.
		expect(complete('papers', 'fetch', '--fo')).toEqual(['--force']);
		expect(complete('papers', 're')).toEqual(['read']);
		expect(complete('papers', '--form')).toEqual(['--format']);
		expect(complete('papers', '--format', '')).toEqual([
			'text',
			'markdown',
			'json',
			'jsonl',
			'bibtex',
			'csl-json',
			'ris',
			'atom',
			'rss',
			'jsonfeed',
		]);
		expect(complete('papers', '--group', 'w')).toEqual(['week']);
		expect(complete('papers', 'completion', '')).toEqual(['bash', 'zsh', 'fish']);
	});

	it('zsh and fish: every flag, the values of --format, --sort and --group, the list names', () => {
		const zsh = script('zsh');
		const fish = script('fish');
		expect(zsh.startsWith('#compdef papers\n')).toBe(true);
		for (const name of Object.keys(FLAGS)) {
			expect(zsh).toMatch(new RegExp(`(?:'|,)--${flagName(name)}(?:\\[|\\}')`));
			expect(fish).toMatch(new RegExp(`complete -c papers -l ${flagName(name)}\\b`));
		}
		expect(zsh).toContain(':(text markdown json jsonl bibtex csl-json ris atom rss jsonfeed)');
		expect(fish).toMatch(/-l sort .*-x -a 'upvotes date title for-you'/);
		expect(fish).toMatch(/-l list -s l .*-x -a '\(papers __lists 2>\/dev\/null\)'/);
		if (has('zsh')) expect(spawnSync('zsh', ['-n'], {input: zsh}).status).toBe(0);
		if (has('fish')) expect(spawnSync('fish', ['-n'], {input: fish}).status).toBe(0);
	});

	it('papers completion with no shell, or a wrong one, is one line, exit 2', () => {
		const run = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'completion', 'tcsh'], {encoding: 'utf8'});
		expect(run.status).toBe(2);
		expect(run.stderr).toBe('papers: papers completion takes one of bash, zsh, fish, got tcsh\n');
	});
});

describe('the man page', () => {
	const page = fs.readFileSync(path.join(ROOT, 'man', 'papers.1'), 'utf8');

	it('names every flag of the flag table', () => {
		const missing = Object.keys(FLAGS).filter((name) => !page.includes(`\\-\\-${flagName(name).replace(/-/g, '\\-')}`));
		expect(missing).toEqual([]);
		for (const section of ['OPTIONS', 'COMMANDS', 'KEYS', 'ENVIRONMENT', 'FILES', 'EXIT STATUS']) expect(page).toContain(`.SH ${section}`);
		for (const variable of ['PAPERS_HOME', 'PAPERS_OFFLINE', 'PAPERS_API_URL', 'NO_COLOR']) expect(page).toContain(variable);
	});

	it.skipIf(!has('groff'))('renders with groff -ww without a warning', () => {
		const run = spawnSync('groff', ['-ww', '-man', '-Tutf8', path.join(ROOT, 'man', 'papers.1')], {encoding: 'utf8'});
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		if (has('man'))
			expect(
				spawnSync('man', ['-l', path.join(ROOT, 'man', 'papers.1')], {
					encoding: 'utf8',
					env: {...process.env, MANPAGER: 'cat', MANROFFOPT: '-ww'},
				}).stderr,
			).toBe('');
	});
});
