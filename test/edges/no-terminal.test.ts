import {describe, expect, it} from 'vitest';
import {apiServers, searchItem} from '../helpers/api-server.js';
import {runBinary, storeHome} from '../helpers/run-cli.js';

/*
 * #35.2: with no terminal at all (cron, a script, an agent's subprocess: a new session, stdin closed), papers is a
 * print run from the start: the answer on stdout, its notes on stderr, nothing held back for a browser never drawn.
 */

const server = apiServers();
const noTerminal = {noTerminal: true} as const;

describe('a run with no terminal', () => {
	it('papers search Q prints what Hugging Face answered, not the store', async () => {
		const site = await server({search: {'world model': [searchItem('2501.00001', 'A World Model of Things', 'World Model')]}});
		const home = storeHome({'2026-01-02': 2});
		const run = await runBinary(['search', 'world', 'model'], {...noTerminal, env: {PAPERS_HOME: home, PAPERS_API_URL: site.url}});
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('A World Model of Things');
		expect(run.stdout).not.toContain('Paper 1 of 2026-01-02');
	});

	it('--today on a weekend says which day it shows, and --today --new says there is nothing new', async () => {
		const home = storeHome({'2026-01-01': 1, '2026-01-02': 2});
		const env = {PAPERS_HOME: home, PAPERS_OFFLINE: '1', PAPERS_TODAY: '2026-01-04'};
		const today = await runBinary(['--today'], {...noTerminal, env});
		expect(today.code).toBe(0);
		expect(today.stdout).toContain('Paper 1 of 2026-01-02');
		expect(today.stdout).not.toContain('2026-01-01');
		expect(today.stderr).toBe('papers: no papers for today (2026-01-04) yet; showing Fri 2 Jan 2026, the newest day with papers\n');
		await runBinary(['--today', '--mark-seen'], {...noTerminal, env});
		const fresh = await runBinary(['--today', '--new'], {...noTerminal, env});
		expect(fresh.code).toBe(0);
		expect(fresh.stdout).toBe('');
		expect(fresh.stderr).toContain('papers: no new papers for Fri 2 Jan 2026\n');
	});
});
