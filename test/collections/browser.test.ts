import {describe, expect, it} from 'vitest';
import {memoryLists, startApp, threeDays} from '../helpers/ui.js';

/* The browser says which lists are synced with a Hugging Face collection: in the lists view (L) and in the pane. */

describe('collections in the browser', () => {
	it("the lists view names each list's collection, and the pane says the paper is in one", async () => {
		const [alpha] = threeDays();
		const lists = {
			...memoryLists({later: [{paper: alpha!, savedAt: '2026-01-03T00:00:00Z', read: false}], other: []}),
			collections: async () => ({later: 'alice/later-1'}),
		};
		const app = startApp({}, {lists});
		await app.waitFor('synced with the collection alice/later-1 on Hugging Face');
		await app.press('j');
		await app.waitFor(/Day1 Beta/);
		expect(app.frame()).not.toContain('synced with the collection');
		await app.press('L');
		await app.waitFor('⇄ alice/later-1');
		expect(
			app
				.frame()
				.split('\n')
				.filter((l) => l.includes('⇄')),
		).toHaveLength(1);
		app.unmount();
	});
});
