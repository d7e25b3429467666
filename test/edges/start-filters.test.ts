import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import meow from 'meow';
import {parseArgs} from '../../source/cli/args.js';
import {browserServices} from '../../source/cli/browse.js';
import {processIo} from '../../source/cli/io.js';
import {parseOptions} from '../../source/cli/options.js';
import {paperKey} from '../../source/digest/paper.js';
import {loadLibrary} from '../../source/sources/load.js';
import {appendSeen, readSeen} from '../../source/seen/store.js';
import {papersPaths} from '../../source/store/paths.js';
import {storeHome} from '../helpers/run-cli.js';

/* #35.3: the start's filters hold across every re-read of the library, not only the first. */

function servicesFor(args: string[], home: string) {
	const env = {...process.env, PAPERS_HOME: home, PAPERS_OFFLINE: '1'};
	const cli = parseArgs(args, meow);
	const options = parseOptions(cli.input, cli.flags, env, '2026-01-06');
	const paths = papersPaths(env);
	return browserServices(options, paths, {...processIo, env}, false, true, true, Date.now(), readSeen(paths.seen).keys);
}

describe('a re-read of the store', () => {
	it('--new: the rest of the store and a re-read after another window wrote a day bring back no seen paper', async () => {
		const home = storeHome({'2026-01-05': 3, '2026-01-06': 2});
		const env = {PAPERS_HOME: home};
		const all = (await loadLibrary({inputs: [], storeDir: path.join(home, 'digests'), today: '2026-01-06', stdinPiped: false})).papers;
		const seen = all.filter((p) => p.date === '2026-01-05').slice(0, 2);
		appendSeen(papersPaths(env).seen, seen.map(paperKey));
		const services = servicesFor(['--new'], home);
		const rest = await services.loadRest!();
		expect(rest.map((p) => p.title).sort()).toEqual(['Paper 1 of 2026-01-06', 'Paper 2 of 2026-01-06', 'Paper 3 of 2026-01-05']);
		// Another window writes a day: the re-read holds --new too, and what is new since is there.
		storeHome({'2026-01-07': 1}, home);
		const again = await services.reloadStore!();
		expect(again.some((p) => seen.some((s) => paperKey(s) === paperKey(p)))).toBe(false);
		expect(again.map((p) => p.title)).toContain('Paper 1 of 2026-01-07');
		expect(fs.existsSync(path.join(home, 'digests', '2026-01-07.json'))).toBe(true);
	});

	it('--min-upvotes and --date hold across a re-read', async () => {
		const home = storeHome({'2026-01-05': 3, '2026-01-06': 4});
		const services = servicesFor(['--min-upvotes', '3', '--date', '2026-01-06'], home);
		const rest = await services.reloadStore!();
		expect(rest.map((p) => p.title).sort()).toEqual(['Paper 1 of 2026-01-06', 'Paper 2 of 2026-01-06']);
	});
});

describe('a catch-up with --new', () => {
	it('says the same count of new papers as without it', async () => {
		const {startApiServer, dayItems} = await import('../helpers/api-server.js');
		const server = await startApiServer({days: {'2026-01-06': dayItems('2026-01-06', 3)}});
		try {
			const counts: number[] = [];
			for (const args of [[], ['--new']]) {
				// Today kept from an early run (2 papers, the first seen), since grown to 3 on the site.
				const home = storeHome({});
				const file = path.join(home, 'digests', '2026-01-06.json');
				fs.writeFileSync(file, JSON.stringify(dayItems('2026-01-06', 2)));
				fs.utimesSync(file, new Date('2026-01-06T05:00:00Z'), new Date('2026-01-06T05:00:00Z'));
				appendSeen(path.join(home, 'seen.txt'), [`arxiv:${dayItems('2026-01-06', 1)[0]!.paper.id}`]);
				const env = {...process.env, PAPERS_HOME: home, PAPERS_API_URL: server.url};
				const cli = parseArgs(args, meow);
				const options = parseOptions(cli.input, cli.flags, env, '2026-01-06');
				const paths = papersPaths(env);
				const seen = readSeen(paths.seen).keys;
				const services = browserServices(options, paths, {...processIo, env}, true, false, true, Date.now(), seen);
				const held = (await loadLibrary({inputs: [], storeDir: paths.store, today: '2026-01-06', stdinPiped: false})).papers.filter(
					(p) => !args.includes('--new') || !seen.has(paperKey(p)),
				);
				const result = await services.refresh!(held, new AbortController().signal, () => {}, undefined, true);
				counts.push(result.added);
			}
			expect(counts).toEqual([1, 1]);
		} finally {
			await server.close();
		}
	});
});
