import {afterEach, describe, expect, it} from 'vitest';
import {startApp, type Session} from '../helpers/ui.js';
import {initialState, reducer} from '../../source/ui/reducer.js';
import {headerParts} from '../../source/ui/browse/header.js';

/* A store or seen file that cannot be written is named for what it is (disk full, read-only), and never silently. */

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('a disk that cannot take a write', () => {
	it('seen marks: the footer says so once, then the header keeps saying it', async () => {
		let tries = 0;
		app = startApp(
			{seen: new Set()},
			{
				markSeen: () => {
					tries++;
					return {text: 'could not keep seen marks in /home/u/seen.txt (disk full)', cause: 'disk full'};
				},
			},
		);
		// Scrolling the pane opens the paper: seen at once, with no moment on it to wait for.
		await app.press('J');
		await app.waitFor('could not keep seen marks in /home/u/seen.txt (disk full)');
		await app.press('j');
		await app.press('J');
		await app.waitFor('seen marks not kept: disk full');
		expect(app.frame()).not.toContain('could not keep seen marks');
		expect(tries).toBeGreaterThan(0);
	});

	it('a refresh that fetched but could not store says why, not "offline"', () => {
		let state = initialState({papers: [], origin: 'store', newest: '2026-01-04'});
		state = reducer(state, {type: 'refresh.started', days: 2});
		state = reducer(state, {
			type: 'refresh.done',
			papers: null,
			added: 0,
			failure: '2026-01-05: could not store it (read-only)',
			cause: 'read-only',
		});
		expect(headerParts(state).join(' ')).toContain('not stored: read-only');
		expect(headerParts(state).join(' ')).not.toContain('offline');
	});
});
