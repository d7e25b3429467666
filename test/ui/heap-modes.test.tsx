import {afterEach, describe, expect, it, vi} from 'vitest';
import {startApp, type Session} from '../helpers/ui.js';

/* #39: V8's optimize-for-size holds while the browser builds in the background, and is let go once it is done. */

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('the heap modes', () => {
	it('say "building" when the background work on the library starts, "settled" only once the likeness model is in', async () => {
		const told: string[] = [];
		let modelRead = false;
		app = startApp(
			{},
			{
				heap: {building: () => told.push('building'), settled: () => told.push(modelRead ? 'settled' : 'settled too soon')},
				likenessFile: {
					read: async () => {
						modelRead = true;
						return null;
					},
					keep: async () => {},
				},
			},
		);
		await app.waitFor('Day1 Alpha');
		expect(told).toEqual(['building']);
		// The model waits a second after the search index: the first seconds are for keys.
		await vi.waitFor(() => expect(told).toEqual(['building', 'settled']), {timeout: 10_000, interval: 20});
	});
});
