import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {pageDigest, runCli, tempHome, writeTemp} from '../helpers/run-cli.js';
import {AS_NOBODY, CAN_DROP_ROOT, runAsNobody, sharedTemp} from '../helpers/unprivileged.js';

const json = (text: string) => JSON.parse(text) as Array<Record<string, unknown>>;

describe('a file that is not a digest is said to be none, and skipped', () => {
	it('a binary file (an executable) is "not a digest (binary)": exit 1 alone, skipped beside a good one', async () => {
		const binary = writeTemp(
			'tool',
			Buffer.concat([Buffer.from('\u007fELF\u0002\u0001\u0001'), Buffer.alloc(64), Buffer.from('Title\n\nAbstract\n')]) as never,
		);
		const alone = await runCli(['--print', binary]);
		expect(alone).toEqual({code: 1, stdout: '', stderr: `papers: ${binary}: not a digest (binary); skipped\n`});
		const mixed = await runCli(['--json', binary, writeTemp('d.txt', pageDigest(2))]);
		expect(mixed.code).toBe(0);
		expect(json(mixed.stdout)).toHaveLength(2);
		expect(mixed.stderr).toBe(`papers: ${binary}: not a digest (binary); skipped\n`);
	});

	it('mostly invalid UTF-8 is binary too; text with a few bad bytes is still read', async () => {
		const noise = Buffer.from(Array.from({length: 4000}, (_, i) => (i % 3 === 0 ? 0x41 : 0xc3 + (i % 7))));
		expect((await runCli(['--print', writeTemp('noise.txt', noise as never)])).stderr).toMatch(/not a digest \(binary\)/);
		const [head, tail] = pageDigest(1).split('Abstract of');
		const almost = Buffer.concat([Buffer.from(head!), Buffer.from('Abstract'), Buffer.from([0xe9]), Buffer.from(` of${tail}`)]);
		expect(json((await runCli(['--json', writeTemp('d.txt', almost as never)])).stdout)).toHaveLength(1);
	});

	it('a .json file holding "not json" is "not valid JSON (line:col)", not a paper titled "not json"', async () => {
		const file = writeTemp('d.json', 'not json\n');
		expect(await runCli(['--json', file])).toEqual({code: 1, stdout: '', stderr: `papers: ${file}: not valid JSON (1:1)\n`});
		const braced = writeTemp('d.txt', '{\n  "paper": oops\n}\n');
		expect((await runCli(['--json', braced])).stderr).toBe(`papers: ${braced}: not valid JSON (2:12)\n`);
	});

	it('a stored day holding garbage is one warning, not a paper; the other days still show', async () => {
		const home = tempHome();
		fs.mkdirSync(path.join(home, 'digests'));
		fs.writeFileSync(path.join(home, 'digests', '2026-01-04.json'), 'garbage');
		const item = {paper: {id: '2601.00001', title: 'Good', summary: 'S.', authors: [], upvotes: 1}};
		fs.writeFileSync(path.join(home, 'digests', '2026-01-05.json'), JSON.stringify([item]));
		const run = await runCli(['--json', '--offline'], {env: {PAPERS_HOME: home}});
		expect(run.code).toBe(0);
		expect(json(run.stdout).map((p) => p.title)).toEqual(['Good']);
		expect(run.stderr).toBe(`papers: warning: ${path.join(home, 'digests', '2026-01-04.json')}: not valid JSON (1:1)\n`);
	});

	it('a large text file with no digest in it is rejected early, as one line, with no stack overflow', async () => {
		const line = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor\n';
		const file = writeTemp('big.txt', line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
		expect(fs.statSync(file).size).toBeGreaterThan(50 * 1024 * 1024);
		expect(await runCli(['--print', file])).toEqual({
			code: 1,
			stdout: '',
			stderr: `papers: ${file}: not a digest (no papers page or API answer in it)\n`,
		});
		fs.rmSync(file);
	});

	it('a digest with 150,000 papers loads: nothing recurses or spreads per paper', async () => {
		const file = writeTemp('many.txt', pageDigest(150_000));
		const run = await runCli(['--print', '--format', 'jsonl', '--limit', '2', file]);
		expect(run.stderr).toBe('');
		expect(run.stdout.trim().split('\n')).toHaveLength(2);
		fs.rmSync(file);
		// What fails here is a stack overflow, at once; the bound only stops a hang, however loaded the machine.
	}, 600_000);

	it.skipIf(!CAN_DROP_ROOT)(`a folder with an unreadable subfolder: one warning for it, the rest loads, ${AS_NOBODY}`, async () => {
		const top = sharedTemp('papers-folder-');
		fs.mkdirSync(path.join(top, 'a'));
		fs.mkdirSync(path.join(top, 'locked'));
		fs.writeFileSync(path.join(top, 'a', 'd.txt'), pageDigest(2));
		fs.writeFileSync(path.join(top, 'locked', 'd.txt'), pageDigest(3));
		fs.chmodSync(path.join(top, 'locked'), 0o000);
		// As root every folder is readable: the child runs as nobody, as a user's own unreadable folder would bite.
		const child = runAsNobody(['--json', top], {PAPERS_HOME: sharedTemp('papers-home-')});
		expect(child.stderr).toBe(`papers: warning: ${path.join(top, 'locked')}: cannot read: permission denied; skipped\n`);
		expect(json(child.stdout)).toHaveLength(2);
		expect(child.status).toBe(0);
	});
});

describe('flags', () => {
	it('--help and -h win wherever they stand, with no side effects; fetch and lists have their own', async () => {
		const home = tempHome();
		const env = {PAPERS_HOME: home, PAPERS_API_URL: 'http://127.0.0.1:9'};
		for (const args of [['--help'], ['-h'], ['--today', '--help'], ['--print', '-h', '--save', 'later']]) {
			const run = await runCli(args, {env});
			expect(run.code).toBe(0);
			expect(run.stdout).toMatch(/^ {2}Read Hugging Face Daily Papers digests in the terminal\./);
		}
		const fetchHelp = await runCli(['fetch', '--help'], {env});
		expect(fetchHelp.stdout).toMatch(/^ {2}Fetch Hugging Face Daily Papers into the local store/);
		expect((await runCli(['lists', '-h'], {env})).stdout).toMatch(/^ {2}The reading lists with their counts; rm, mv and copy manage them/);
		expect(fs.readdirSync(home)).toEqual([]);
	});

	it('--version and -v win wherever they stand', async () => {
		for (const args of [['--version'], ['-v'], ['--version', '--print'], ['fetch', '-v']]) {
			const run = await runCli(args);
			expect(run).toMatchObject({code: 0, stderr: ''});
			expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
		}
	});

	it('papers lists --json is an array of lists with name, count and unread count', async () => {
		const home = tempHome();
		await runCli([writeTemp('d.txt', pageDigest(3)), '--save', 'later'], {env: {PAPERS_HOME: home}});
		const run = await runCli(['lists', '--json'], {env: {PAPERS_HOME: home}});
		expect(JSON.parse(run.stdout)).toEqual([{name: 'later', count: 3, unread: 3}]);
	});

	it('empty results say why on stderr, and keep exit 0', async () => {
		const file = writeTemp('d.txt', pageDigest(2));
		expect(await runCli(['--print', file, '--search', 'zzz'])).toEqual({
			code: 0,
			stdout: '',
			stderr: 'papers: no papers match: --search zzz\n',
		});
		const both = await runCli(['--print', file, '--date', '2024-05-27', '--since', '2026-01-01']);
		expect(both).toEqual({code: 0, stdout: '', stderr: 'papers: no papers match: --date 2024-05-27 --since 2026-01-01\n'});
		const home = tempHome();
		const saved = await runCli([file, '--search', 'zzz', '--save', 'later'], {env: {PAPERS_HOME: home}});
		expect(saved).toEqual({code: 0, stdout: 'saved 0 papers to later (none matched)\n', stderr: ''});
	});

	it('--limit comes after the filters, in print and in the browser alike', async () => {
		const file = writeTemp('d.txt', pageDigest(10, 'Jan 5, 2026', 'Agent'));
		const printed = json((await runCli(['--json', file, '--limit', '3', '--min-upvotes', '5', '-s', 'agent', '--sort', 'upvotes'])).stdout);
		expect(printed.map((p) => p.upvotes)).toEqual([10, 9, 8]);
		const {buildView} = await import('../../source/ui/core/view.js');
		const {filterPapers} = await import('../../source/digest/collection.js');
		const {parseDigest} = await import('../../source/digest/detect.js');
		const papers = filterPapers(parseDigest(fs.readFileSync(file, 'utf8'), {source: file}).papers, {minUpvotes: 5});
		expect(buildView(papers, 'upvotes', 'agent', 3).papers.map((p) => p.upvotes)).toEqual([10, 9, 8]);
	});
});

describe('small layout faults', () => {
	it('papers lists lines up CJK list names by display width', async () => {
		const home = tempHome();
		const digest = writeTemp('d.txt', pageDigest(2));
		await runCli([digest, '--save', '論文'], {env: {PAPERS_HOME: home}});
		await runCli([digest, '--save', 'later'], {env: {PAPERS_HOME: home}});
		const lines = (await runCli(['lists'], {env: {PAPERS_HOME: home}})).stdout.trim().split('\n');
		expect(lines).toEqual(['later  2 papers, 2 unread', '論文   2 papers, 2 unread']);
	});

	it('a paper with no authors listed shows no "0 authors"', async () => {
		const file = writeTemp('d.json', JSON.stringify([{paper: {id: '2601.00001', title: 'T', summary: 'S.', authors: [], upvotes: 1}}]));
		const run = await runCli(['--print', file]);
		expect(run.stdout).not.toContain('authors');
		expect(run.stdout.split('\n')[1]).toBe('undated');
	});
});
