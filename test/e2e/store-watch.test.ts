import fs from 'node:fs';
import path from 'node:path';
import {describe, it} from 'vitest';
import {apiItem} from '../helpers/api-server.js';
import {ptySessions} from '../helpers/pty.js';
import {CLI, tempHome} from '../helpers/run-cli.js';

/* A store written under the browser (a cron `papers fetch`, another window) is read again: never a stale screen. */

const open = ptySessions();

function writeDay(store: string, day: string, titles: string[]) {
	const items = titles.map((title, i) => {
		const item = apiItem(day, i + 1);
		return {...item, title, paper: {...item.paper, title, id: `${day.slice(2, 4)}${day.slice(5, 7)}.${day.slice(8)}${i + 1}`}};
	});
	// As papers writes a day: a temp file, then a rename into place.
	const temp = path.join(store, `.${day}.json.papers-test.tmp`);
	fs.writeFileSync(temp, JSON.stringify(items));
	fs.renameSync(temp, path.join(store, `${day}.json`));
}

describe('the store changing under the browser', () => {
	it('a day another process writes shows up, with the cursor where it was', async () => {
		const home = tempHome();
		const store = path.join(home, 'digests');
		fs.mkdirSync(store);
		writeDay(store, '2026-01-04', ['Old One', 'Old Two']);
		const s = open(`node '${CLI}'`, {env: {PAPERS_HOME: home, PAPERS_OFFLINE: '1', PAPERS_TODAY: '2026-01-05'}});
		await s.waitFor('Old One');
		s.child.write('j');
		await s.waitFor(/› +Old One/);
		writeDay(store, '2026-01-05', ['Fresh From Cron']);
		await s.waitFor('Fresh From Cron');
		await s.waitFor(/› +Old One/);
		await s.waitFor('3 papers');
	});
});
