import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {held, ptySessions} from '../helpers/pty.js';
import {CLI, tempHome} from '../helpers/run-cli.js';

/*
 * Text from the web never reaches a terminal with its escape sequences: every format, and the fetched paper text
 * of `papers read --format markdown`, seen through a real pseudo-terminal. (Into a pipe, the text is raw.)
 */

const open = ptySessions();
const HOSTILE = 'Title\u001b]0;pwned\u0007 \u001b[2J\u009b31m\u202eevil';

function hostileHome(): string {
	const home = tempHome();
	fs.mkdirSync(path.join(home, 'digests'));
	const item = {
		paper: {id: '2601.00001', title: HOSTILE, summary: `Abstract ${HOSTILE}`, authors: [{name: `A ${HOSTILE}`}], upvotes: 3},
		publishedAt: '2026-01-05T00:00:00.000Z',
	};
	fs.writeFileSync(path.join(home, 'digests', '2026-01-05.json'), JSON.stringify([item]));
	fs.mkdirSync(path.join(home, 'papers'));
	fs.writeFileSync(path.join(home, 'papers', '2601.00001.md'), `# Heading ${HOSTILE}\n\nBody ${HOSTILE}\n`);
	return home;
}

/** What the program wrote, less the terminal's own echo of nothing: any ESC, BEL or C1 in it came from the text. */
const controls = (raw: string) => raw.match(/[\u0007\u001b\u0080-\u009f\u202e]/g) ?? [];

describe('web text on a terminal', () => {
	const env = {PAPERS_OFFLINE: '1', PAPERS_TODAY: '2026-01-05'};
	for (const format of ['text', 'markdown', 'json', 'jsonl', 'bibtex', 'csl-json', 'atom', 'rss', 'jsonfeed']) {
		it(`--print --format ${format} writes no control character of the text`, async () => {
			const s = open(held(`node '${CLI}' --print --format ${format}; echo "[exit $?]"`), {env: {...env, PAPERS_HOME: hostileHome()}});
			await s.waitFor('[exit 0]');
			expect(s.raw()).toContain('Title');
			expect(controls(s.raw())).toEqual([]);
		});
	}

	it('papers read --format markdown on a terminal strips them too; into a pipe it is the text as served', async () => {
		const home = hostileHome();
		const s = open(held(`node '${CLI}' read 2601.00001 --format markdown; echo "[exit $?]"`), {env: {...env, PAPERS_HOME: home}});
		await s.waitFor('[exit 0]');
		expect(s.raw()).toContain('Heading Title');
		expect(controls(s.raw())).toEqual([]);
		const piped = open(held(`node '${CLI}' read 2601.00001 --format markdown | od -c | grep -c 033; echo "[exit $?]"`), {
			env: {...env, PAPERS_HOME: home},
		});
		await piped.waitFor('[exit 0]');
		expect(piped.screen()).toMatch(/^[1-9]/m);
	});
});
