import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dayItems} from '../helpers/api-server.js';
import {hubServers, type HubServer} from '../helpers/hub-server.js';
import {runBinary, runCli, tempHome} from '../helpers/run-cli.js';
import {openLists} from '../../source/lists/store.js';

/*
 * Reading lists as Hugging Face Collections, against a stand-in with the site's rules: push, pull and sync round-trip
 * a list with its notes; a removal on either side is not brought back; a sync cut off half way finishes next time.
 */

const hubs = hubServers();
const IDS = ['2601.05001', '2601.05002', '2601.05003', '2601.05004'];

/** A home with a store of one day, a list "later" of the first three papers, and a Hugging Face home of its own. */
async function setUp(hub: HubServer, token: string | null = 'hf_write_alice') {
	const home = tempHome();
	fs.mkdirSync(path.join(home, 'digests'));
	fs.writeFileSync(path.join(home, 'digests', '2026-01-05.json'), JSON.stringify(dayItems('2026-01-05', 4)));
	const hfHome = path.join(home, 'hf');
	const env = {
		PAPERS_HOME: home,
		PAPERS_API_URL: hub.url,
		PAPERS_TODAY: '2026-01-05',
		HF_HOME: hfHome,
		...(token ? {HF_TOKEN: token} : {}),
	};
	for (const id of IDS.slice(0, 3)) await runCli(['--search', `id:${id}`, '--save', 'later'], {env});
	return {home, env};
}

const listIds = async (home: string, name = 'later') =>
	(await openLists({dir: home})).service.read().then((lists) => (lists[name] ?? []).map((e) => e.paper.id));

describe('papers lists push', () => {
	it('makes the collection, sends the papers with their notes cut to 500 characters, and says what was not indexed', async () => {
		const hub = await hubs({indexed: IDS.slice(0, 2)});
		const {env} = await setUp(hub);
		const long = `${'A long note. '.repeat(60)}end`;
		await runCli(['note', IDS[0]!, long], {env});
		const pushed = await runCli(['lists', 'push', 'later'], {env});
		expect(pushed.code, pushed.stderr).toBe(0);
		const [slug] = [...hub.collections.keys()];
		expect(pushed.stdout).toBe(`${hub.url}/collections/${slug}\n"later": 2 added, 1 not indexed by Hugging Face: 2601.05003\n`);
		expect(hub.ids(slug!)).toEqual(IDS.slice(0, 2));
		const note = hub.collections.get(slug!)!.items[0]!.note!.text;
		expect(note).toHaveLength(500);
		expect(note.endsWith('…')).toBe(true);
		expect((await runCli(['note', IDS[0]!], {env})).stdout).toBe(`${long}\n`);
		// The list remembers its collection: a second push finds it, and sends nothing twice.
		expect((await runCli(['lists', 'push', 'later'], {env})).stdout).toMatch(/"later": 0 added, 2 there already, 1 not indexed/);
		expect(hub.collections.size).toBe(1);
		expect((await runCli(['lists'], {env})).stdout).toContain(slug);
	});

	it('finds a collection of the same title rather than make a second one (409 says which)', async () => {
		const hub = await hubs({
			indexed: IDS,
			collections: [{slug: 'alice/later-1', title: 'later', owner: 'alice', private: true, items: []}],
		});
		const {env} = await setUp(hub);
		expect((await runCli(['lists', 'push', 'later'], {env})).stdout).toMatch(/collections\/alice\/later-1\n"later": 3 added/);
		expect(hub.collections.size).toBe(1);
	});

	it('without a token says how to get one, exits 1, and sends nothing', async () => {
		const hub = await hubs({indexed: IDS});
		const {env} = await setUp(hub, null);
		const run = await runCli(['lists', 'push', 'later'], {env});
		expect(run).toMatchObject({code: 1, stdout: ''});
		expect(run.stderr).toMatch(/^papers: papers lists push later: no Hugging Face token: run hf auth login .* or set HF_TOKEN/);
		expect(run.stderr.split('\n')).toHaveLength(2);
		expect(hub.requests).toEqual([]);
	});

	it('a refused token (401) and a read-only one (403) are one line each, the token never shown', async () => {
		const hub = await hubs({indexed: IDS});
		const {env} = await setUp(hub, 'hf_not_a_token');
		const refused = await runCli(['lists', 'push', 'later'], {env});
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/refused the token \(expired\? run hf auth login again/);
		const readOnly = await runCli(['lists', 'push', 'later'], {env: {...env, HF_TOKEN: 'hf_read_alice'}});
		expect(readOnly.stderr).toMatch(/cannot write/);
		for (const run of [refused, readOnly]) expect(`${run.stdout}${run.stderr}`).not.toMatch(/hf_(not|read)/);
	});

	it('finds the token where huggingface_hub does: HF_TOKEN_PATH, then $HF_HOME/token, then under XDG_CACHE_HOME', async () => {
		const hub = await hubs({indexed: IDS});
		const {home, env} = await setUp(hub, null);
		const {HF_HOME: hfHome, ...rest} = env;
		const file = (at: string) => {
			fs.mkdirSync(path.dirname(at), {recursive: true});
			fs.writeFileSync(at, 'hf_write_alice\n');
			return at;
		};
		const tokenPath = file(path.join(home, 'elsewhere', 'token'));
		expect((await runCli(['lists', 'push', 'later'], {env: {...rest, HF_TOKEN_PATH: tokenPath}})).code).toBe(0);
		file(path.join(hfHome, 'token'));
		expect((await runCli(['lists', 'push', 'later'], {env})).code).toBe(0);
		file(path.join(home, 'xdg', 'huggingface', 'token'));
		expect((await runCli(['lists', 'push', 'later'], {env: {...rest, XDG_CACHE_HOME: path.join(home, 'xdg')}})).code).toBe(0);
		expect(hub.requests.every((r) => r.authorization === 'Bearer hf_write_alice')).toBe(true);
	});
});

describe('papers lists pull', () => {
	it("makes a list of anyone's public collection, whole (not the listing's 4), its notes where the paper has none", async () => {
		const items = IDS.map((id, i) => ({
			_id: `b${i}`,
			id,
			type: 'paper' as const,
			title: `Bob's ${id}`,
			upvotes: i,
			...(i < 2 ? {note: {text: `bob on ${id}`, html: ''}} : {}),
		}));
		items.push({_id: 'b9', id: '2512.00009', type: 'paper', title: 'Not in the store', upvotes: 1});
		const hub = await hubs({collections: [{slug: 'bob/reads-9', title: 'reads', owner: 'bob', private: false, items}]});
		const {home, env} = await setUp(hub, null);
		await runCli(['note', IDS[0]!, 'mine first'], {env});
		const pulled = await runCli(['lists', 'pull', `${hub.url}/collections/bob/reads-9`, '--as', 'bob'], {env});
		expect(pulled, pulled.stderr).toMatchObject({code: 0, stdout: '"bob": 5 added from bob/reads-9, 1 note\n'});
		expect(await listIds(home, 'bob')).toEqual([...IDS, '2512.00009']);
		expect((await runCli(['note', IDS[0]!], {env})).stdout).toBe('mine first\n');
		expect((await runCli(['note', IDS[1]!], {env})).stdout).toBe(`bob on ${IDS[1]}\n`);
		const printed = await runCli(['--list', 'bob', '--json'], {env});
		expect(printed.stdout).toContain('Paper 1 of 2026-01-05');
		expect(printed.stdout).toContain('Not in the store');
	});

	it("a private collection not the token's is one line", async () => {
		const hub = await hubs({collections: [{slug: 'bob/secret-1', title: 'secret', owner: 'bob', private: true, items: []}]});
		const {env} = await setUp(hub);
		const run = await runCli(['lists', 'pull', 'bob/secret-1'], {env});
		expect(run).toMatchObject({code: 1, stdout: ''});
		expect(run.stderr).toMatch(/no collection bob\/secret-1 on Hugging Face \(or it is private/);
	});
});

describe('papers lists sync', () => {
	async function synced() {
		const hub = await hubs({indexed: [...IDS, '2512.00009']});
		const {home, env} = await setUp(hub);
		await runCli(['lists', 'push', 'later'], {env});
		const slug = [...hub.collections.keys()][0]!;
		const collection = hub.collections.get(slug)!;
		return {hub, home, env, slug, collection};
	}

	it('moves additions and removals both ways; a removal is not brought back; a second sync changes nothing', async () => {
		const {hub, home, env, slug, collection} = await synced();
		// There: one added (with a note), one removed. Here: one removed, one added.
		collection.items.push({
			_id: 'x1',
			id: '2512.00009',
			type: 'paper',
			title: 'Added there',
			upvotes: 1,
			note: {text: 'from the site', html: ''},
		});
		collection.items = collection.items.filter((i) => i.id !== IDS[1]);
		const {service} = await openLists({dir: home});
		await service.remove('later', `arxiv:${IDS[0]}`);
		await runCli(['--search', `id:${IDS[3]}`, '--save', 'later'], {env});
		const dry = await runCli(['lists', 'sync', '--dry-run'], {env});
		expect(dry.stdout).toBe(`"later" ⇄ ${slug}: would send 1, take 1, remove 1 there and 1 here\n`);
		expect(await listIds(home)).toEqual([IDS[1], IDS[2], IDS[3]]);
		const run = await runCli(['lists', 'sync'], {env});
		expect(run, run.stderr).toMatchObject({code: 0, stdout: `"later" ⇄ ${slug}: sent 1, took 1, remove 1 there and 1 here\n`});
		expect(hub.ids(slug).sort()).toEqual([IDS[2], IDS[3], '2512.00009'].sort());
		expect((await listIds(home)).sort()).toEqual([IDS[2], IDS[3], '2512.00009'].sort());
		expect((await runCli(['note', '2512.00009'], {env})).stdout).toBe('from the site\n');
		const again = await runCli(['lists', 'sync', 'later'], {env});
		expect(again.stdout).toBe(`"later" ⇄ ${slug}: sent 0, took 0, remove 0 there and 0 here\n`);
	});

	it('a sync cut off after the site changed, before the list did, loses nothing and finishes next time', async () => {
		const {hub, home, env, slug, collection} = await synced();
		collection.items.push({_id: 'x1', id: '2512.00009', type: 'paper', title: 'Added there', upvotes: 1});
		const {service} = await openLists({dir: home});
		await service.remove('later', `arxiv:${IDS[0]}`);
		await runCli(['--search', `id:${IDS[3]}`, '--save', 'later'], {env});
		const killed = await runBinary(['lists', 'sync'], {env: {...env, PAPERS_FAULT: 'collections:sent-before-kept'}});
		expect(killed.signal).toBe('SIGKILL');
		// The site changed; the list here is as it was, the new paper and the removal still to come.
		expect(hub.ids(slug).sort()).toEqual([IDS[1], IDS[2], IDS[3], '2512.00009'].sort());
		expect(await listIds(home)).toEqual([IDS[1], IDS[2], IDS[3]]);
		const finished = await runCli(['lists', 'sync'], {env});
		expect(finished.stdout).toBe(`"later" ⇄ ${slug}: sent 0, took 1, remove 0 there and 0 here\n`);
		expect((await listIds(home)).sort()).toEqual([IDS[1], IDS[2], IDS[3], '2512.00009'].sort());
		expect((await runCli(['lists', 'sync'], {env})).stdout).toMatch(/sent 0, took 0, remove 0 there and 0 here/);
	});

	it('a list the other side emptied is emptied here, and kept aside whole', async () => {
		const {home, env, collection} = await synced();
		collection.items = [];
		const run = await runCli(['lists', 'sync'], {env});
		expect(run.stdout).toMatch(
			/took 0, remove 0 there and 3 here; the list was emptied there: a copy is kept \(papers lists import .*removed-lists/,
		);
		expect(await listIds(home)).toEqual([]);
		const kept = fs.readdirSync(path.join(home, 'removed-lists'));
		expect(JSON.parse(fs.readFileSync(path.join(home, 'removed-lists', kept[0]!), 'utf8')).entries).toHaveLength(3);
	});

	it('a host that never answers is one line after --timeout, and the list is as it was', async () => {
		const {home, env} = await synced();
		const silent = net.createServer(() => {});
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		try {
			const before = fs.readFileSync(path.join(home, 'config.json'), 'utf8');
			const url = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
			const run = await runCli(['lists', 'sync', '--timeout', '1'], {env: {...env, PAPERS_API_URL: url}, retries: 0});
			expect(run).toMatchObject({code: 1, stdout: ''});
			expect(run.stderr).toMatch(/^papers: "later": could not reach 127\.0\.0\.1:\d+ \(timed out after 1 s\)\n$/);
			expect(fs.readFileSync(path.join(home, 'config.json'), 'utf8')).toBe(before);
		} finally {
			silent.close();
		}
	});

	it('a list without a collection says how to make one', async () => {
		const hub = await hubs();
		const {env} = await setUp(hub);
		const run = await runCli(['lists', 'sync', 'later'], {env});
		expect(run).toMatchObject({code: 1, stderr: 'papers: list "later" has no collection yet: papers lists push later makes one\n'});
		expect(hub.requests).toEqual([]);
	});
});
