import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {dayItems, startApiServer} from './helpers/api-server.js';
import {pageDigest, runBinary, runCli, tempHome, writeTemp} from './helpers/run-cli.js';
import {readSeen} from '../source/seen/store.js';

/*
 * Crash safety by fault injection: PAPERS_FAULT makes the real binary die (SIGKILL) at the named moment of a write,
 * so each test knows the crash landed where it says, and checks the old file is whole and the new one whole or absent.
 */

type Server = Awaited<ReturnType<typeof startApiServer>>;
let server: Server | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

describe('a crash at the worst moment', () => {
	it('between a day file written and put in place: the old day stays whole; the next fetch puts the new one', async () => {
		server = await startApiServer({days: {'2026-01-05': dayItems('2026-01-05', 3)}});
		const home = tempHome();
		const store = path.join(home, 'digests');
		fs.mkdirSync(store);
		const old = JSON.stringify(dayItems('2026-01-05', 2));
		fs.writeFileSync(path.join(store, '2026-01-05.json'), old);
		const env = {PAPERS_HOME: home, PAPERS_API_URL: server.url, PAPERS_TODAY: '2026-01-05'};
		const crashed = await runBinary(['fetch', '--force'], {env: {...env, PAPERS_FAULT: 'atomic-write:before-rename'}});
		expect(crashed.signal).toBe('SIGKILL');
		expect(fs.readFileSync(path.join(store, '2026-01-05.json'), 'utf8')).toBe(old);
		// The new text was written whole, beside it, under a temp name no reader takes for a day.
		expect(fs.readdirSync(store).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
		const again = await runBinary(['fetch', '--force'], {env});
		expect(again).toMatchObject({code: 0, stdout: '2026-01-05  3 papers\n'});
		expect(JSON.parse(fs.readFileSync(path.join(store, '2026-01-05.json'), 'utf8'))).toHaveLength(3);
	});

	it('holding the lists lock, before writing: the lists stay as they were, and the next save is not stopped by the lock', async () => {
		const home = tempHome();
		const env = {PAPERS_HOME: home};
		await runCli([writeTemp('first.txt', pageDigest(1, 'Jan 4, 2026', 'First')), '--save', 'later'], {env});
		const before = fs.readFileSync(path.join(home, 'config.json'), 'utf8');
		const crashed = await runBinary([writeTemp('d.txt', pageDigest(3)), '--save', 'later'], {
			env: {...env, PAPERS_FAULT: 'lists:locked-before-write'},
		});
		expect(crashed.signal).toBe('SIGKILL');
		expect(fs.readFileSync(path.join(home, 'config.json'), 'utf8')).toBe(before);
		expect(fs.existsSync(path.join(home, 'config.json.lock'))).toBe(true);
		const after = await runBinary([writeTemp('last.txt', pageDigest(1, 'Jan 6, 2026', 'Last')), '--save', 'later'], {env});
		expect(after).toMatchObject({code: 0, stdout: 'saved 1 paper to later\n'});
	});

	it('in the middle of a seen mark: the file reads, the cut line is dropped, the next mark starts clean', async () => {
		const home = tempHome();
		const digest = writeTemp('d.txt', pageDigest(3));
		const crashed = await runBinary([digest, '--print', '--mark-seen'], {env: {PAPERS_HOME: home, PAPERS_FAULT: 'seen:torn-append'}});
		expect(crashed.signal).toBe('SIGKILL');
		const seen = path.join(home, 'seen.txt');
		expect(fs.readFileSync(seen, 'utf8').endsWith('\n')).toBe(false);
		expect(readSeen(seen).notice).toBeNull();
		const marked = readSeen(seen).keys.size;
		expect(marked).toBeLessThan(3);
		expect((await runBinary([digest, '--print', '--mark-seen'], {env: {PAPERS_HOME: home}})).code).toBe(0);
		expect(readSeen(seen).notice).toBeNull();
		// Every paper is marked now: none is new.
		expect((await runBinary([digest, '--new', '--json'], {env: {PAPERS_HOME: home}})).stdout).toBe('[]\n');
	});
});
