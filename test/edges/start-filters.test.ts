import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readArgs} from '../../source/cli/args.js';
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
	const cli = readArgs(args);
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
