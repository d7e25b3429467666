import {shortPath} from '../../source/output/paths.js';
import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {makePaper, paperKey} from '../../source/digest/paper.js';
import {openLists, PROJECT_VERSION, readLists} from '../../source/lists/store.js';
import {tempHome} from '../helpers/run-cli.js';

const paper = (n: number) =>
	makePaper({id: `2501.${String(n).padStart(5, '0')}`, title: `Paper ${n}`, abstract: `About ${n}.`, date: '2025-01-02', upvotes: n});
const read = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));

describe('reading lists kept with conf', () => {
	it('saves full snapshots with savedAt and read, under PAPERS_HOME', async () => {
		const dir = tempHome();
		const {service, notice} = await openLists({dir, now: () => new Date('2026-11-27T08:00:00Z')});
		expect(notice).toBeNull();
		const {saved, lists} = await service.toggle('later', paper(1));
		expect(saved).toBe(true);
		expect(lists.later).toEqual([{paper: paper(1), savedAt: '2026-11-27T08:00:00.000Z', read: false}]);
		expect(read(dir).lists.later[0].paper).toEqual(paper(1));
		expect(read(dir).__internal__.migrations.version).toBe(PROJECT_VERSION);
	});

	it('toggle removes, add does not duplicate, remove/restore keep the place, setRead marks', async () => {
		const dir = tempHome();
		const {service} = await openLists({dir});
		for (const n of [1, 2, 3]) await service.add('later', paper(n));
		expect((await service.add('later', paper(2))).added).toBe(false);
		let lists = await service.remove('later', paperKey(paper(2)));
		expect(lists.later!.map((e) => e.paper.title)).toEqual(['Paper 1', 'Paper 3']);
		lists = await service.restore('later', {paper: paper(2), savedAt: 'then', read: true}, 1);
		expect(lists.later!.map((e) => [e.paper.title, e.read])).toEqual([
			['Paper 1', false],
			['Paper 2', true],
			['Paper 3', false],
		]);
		lists = await service.setRead('later', paperKey(paper(3)), true);
		expect(lists.later![2]!.read).toBe(true);
		expect((await service.toggle('later', paper(1))).saved).toBe(false);
		expect((await service.read()).later!.map((e) => e.paper.title)).toEqual(['Paper 2', 'Paper 3']);
	});

	it('never writes back a stale copy: two handles on one file see each other', async () => {
		const dir = tempHome();
		const a = (await openLists({dir})).service;
		const b = (await openLists({dir})).service;
		await a.add('later', paper(1));
		await b.add('later', paper(2));
		await a.add('later', paper(3));
		expect((await b.read()).later!.map((e) => e.paper.title)).toEqual(['Paper 1', 'Paper 2', 'Paper 3']);
	});

	it('many changes at once from two handles: none lost', async () => {
		const dir = tempHome();
		const a = (await openLists({dir})).service;
		const b = (await openLists({dir})).service;
		await Promise.all(Array.from({length: 40}, (_, i) => (i % 2 ? a : b).add('later', paper(i))));
		expect((await a.read()).later).toHaveLength(40);
	});

	it('a corrupt file is kept aside byte for byte, said once, and the next save writes a fresh one', async () => {
		const dir = tempHome();
		const garbage = Buffer.from('{"lists": {"later": [ \u0000\u00ff garbage', 'latin1');
		fs.writeFileSync(path.join(dir, 'config.json'), garbage);
		const {service, notice} = await openLists({dir, now: () => new Date('2026-11-27T08:00:00Z')});
		const backup = path.join(dir, `config.json.bad-${hashOf(garbage)}`);
		expect(notice).toBe(
			`config.json could not be read (${notice!.match(/\((.*)\)/)![1]}): papers shows no lists until it is fixed, and the next save writes a fresh file; a copy is kept: ${shortPath(backup)}`,
		);
		// Said once: the same bytes read again are kept aside already, and nothing more is said.
		expect((await openLists({dir})).notice).toBeNull();
		expect(fs.readFileSync(backup).equals(garbage)).toBe(true);
		expect(await service.read()).toEqual({});
		await service.add('later', paper(1));
		expect(read(dir).lists.later).toHaveLength(1);
	});

	it('a file that breaks the schema is kept aside too', async () => {
		const dir = tempHome();
		fs.writeFileSync(path.join(dir, 'config.json'), '{"lists": "not lists"}');
		const {notice} = await openLists({dir});
		expect(notice).toMatch(/a copy is kept: .*config\.json\.bad-/);
		expect(fs.readdirSync(dir).filter((f) => f.includes('.bad-'))).toHaveLength(1);
	});

	it('an entry that is not a paper is set aside: named once, kept in a byte-for-byte backup, the rest stays in use', async () => {
		const dir = tempHome();
		const text = JSON.stringify({
			lists: {
				later: [
					{paper: {nonsense: true}, savedAt: 'x'},
					{paper: paper(1), savedAt: 'y', read: false},
				],
				good: [{paper: paper(3), savedAt: 'z', read: true}],
			},
			__internal__: {migrations: {version: PROJECT_VERSION}},
		});
		fs.writeFileSync(path.join(dir, 'config.json'), text);
		const {service, notice} = await openLists({dir, now: () => new Date('2026-11-27T08:00:00Z')});
		const backup = path.join(dir, `config.json.bad-${hashOf(Buffer.from(text))}`);
		expect(notice).toBe(
			`config.json: 1 entry of "later" is not a paper; the other lists are in use; a copy of the whole file is kept: ${shortPath(backup)}`,
		);
		expect(fs.readFileSync(backup, 'utf8')).toBe(text);
		expect((await service.read()).later!.map((e) => e.paper.title)).toEqual(['Paper 1']);
		await service.add('later', paper(2));
		expect(read(dir).lists.later.map((e: {paper: {title: string}}) => e.paper.title)).toEqual(['Paper 1', 'Paper 2']);
		expect(read(dir).lists.good).toHaveLength(1);
	});

	it('migrates a version-0 file (bare paper snapshots) and keeps every entry', async () => {
		const dir = tempHome();
		const v0 = {lists: {later: [paper(1), paper(2)], 'to read': [paper(3)]}};
		fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(v0));
		const {service, notice} = await openLists({dir, now: () => new Date('2026-11-27T08:00:00Z')});
		expect(notice).toBeNull();
		const lists = await service.read();
		expect(lists.later!.map((e) => e.paper)).toEqual([paper(1), paper(2)]);
		expect(lists['to read']).toEqual([{paper: paper(3), savedAt: '2026-11-27T08:00:00.000Z', read: false}]);
		// Reads never write: the file becomes version 1 with its first change.
		expect(read(dir).__internal__).toBeUndefined();
		await service.setRead('later', paperKey(paper(1)), true);
		expect(read(dir).__internal__.migrations.version).toBe(PROJECT_VERSION);
		expect(read(dir).lists['to read']).toEqual([{paper: paper(3), savedAt: '2026-11-27T08:00:00.000Z', read: false}]);
	});

	it('reads never write: no lock, no conf, config.json untouched', async () => {
		const dir = tempHome();
		expect(readLists(dir)).toEqual({lists: {}, notice: null});
		expect(fs.readdirSync(dir)).toEqual([]);
		const {service} = await openLists({dir});
		await service.add('later', paper(1));
		expect(readLists(dir).lists.later!.map((e) => e.paper.title)).toEqual(['Paper 1']);
		const v0 = JSON.stringify({lists: {later: [paper(1)]}});
		fs.writeFileSync(path.join(dir, 'config.json'), v0);
		expect(readLists(dir).lists.later!.map((e) => e.paper.title)).toEqual(['Paper 1']);
		expect(fs.readFileSync(path.join(dir, 'config.json'), 'utf8')).toBe(v0);
		expect(fs.readdirSync(dir).sort()).toEqual(['config.json']);
	});
});

/** The name a backup of these bytes gets: the start of their SHA-256. */
function hashOf(bytes: Buffer): string {
	return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
