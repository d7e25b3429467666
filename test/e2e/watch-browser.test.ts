import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {dayItems} from '../helpers/api-server.js';
import {ptySessions} from '../helpers/pty.js';
import {CLI, tempHome} from '../helpers/run-cli.js';

/* Watched papers in the browser: a mark on the row, the rules in the pane, a count in the header, W to narrow. */

const start = ptySessions();

function home() {
	const dir = tempHome();
	fs.mkdirSync(path.join(dir, 'digests'));
	const items = dayItems('2026-01-05', 4).map((item, i) => ({
		...item,
		paper: {...item.paper, authors: [{name: `Author ${i}`, user: {user: i % 2 ? 'alice' : 'carol'}}]},
	}));
	fs.writeFileSync(path.join(dir, 'digests', '2026-01-05.json'), JSON.stringify(items));
	fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({watch: {alice: 'user:alice', third: '"paper 3"'}}));
	return {PAPERS_HOME: dir, PAPERS_TODAY: '2026-01-05', PAPERS_OFFLINE: '1'};
}

describe('watch rules in a real terminal', () => {
	it('marks watched rows, names their rules in the pane, counts the new ones, and W narrows to them rule by rule', async () => {
		const s = start(`node '${CLI}'`, {env: home()});
		await s.waitFor(/›.*Paper 1 of 2026-01-05/);
		await s.waitFor('3 watched new');
		// Papers 2 and 4 are alice's, paper 3 matches the phrase: marked; paper 1 is not.
		await s.waitFor(/◆ +Paper 2 of 2026-01-05/);
		await s.waitFor(/◆ +Paper 3 of 2026-01-05/);
		expect(s.screen()).not.toMatch(/◆ +Paper 1 of 2026-01-05/);
		s.child.write('j');
		await s.waitFor('watched: alice');
		s.child.write('W');
		await s.waitFor('watched only');
		await s.waitFor(() => !s.screen().includes('Paper 1 of 2026-01-05'));
		await s.waitFor('3 papers');
		s.child.write('W');
		await s.waitFor('watch: alice');
		await s.waitFor(() => !s.screen().includes('Paper 3 of 2026-01-05'));
		s.child.write('W');
		await s.waitFor('watch: third');
		await s.waitFor(() => !s.screen().includes('Paper 2 of 2026-01-05'));
		s.child.write('W');
		await s.waitFor('all papers');
		await s.waitFor('Paper 1 of 2026-01-05');
	});
});
