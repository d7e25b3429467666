import {afterEach, describe, expect, it} from 'vitest';
import {flattenLine} from '../../source/reader/pieces.js';
import {renderMarkdown} from '../../source/reader/render.js';
import {startApp, threeDays, type Session} from '../helpers/ui.js';

/* A long or hostile text is laid out a piece at a time, so the reader answers Esc while it works. */

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('the reader on a long text', () => {
	it('Esc goes back at once while megabytes of text are still being laid out', async () => {
		const paragraphs = Array.from({length: 20_000}, (_, i) => `Paragraph ${i} with some words, a_b_c and *more* words to wrap.\n`);
		// Megabytes of text, and a run of emphasis marks that once took the renderer minutes.
		const huge = `${'a_'.repeat(100_000)}\n\n${paragraphs.join('\n')}`;
		let give: (text: string) => void = () => {};
		const text = new Promise<string>((resolve) => (give = resolve));
		let calls = 0;
		const readPaper = () => (++calls === 1 ? Promise.resolve('# A short text first') : text);
		app = startApp({papers: threeDays().map((p) => ({...p, id: '2601.00001'}))}, {readPaper});
		await app.waitFor('Day1 Alpha');
		// A first, short text: the renderer is loaded before the long one comes.
		await app.press('v');
		await app.waitFor('A short text first');
		await app.press('q');
		await app.waitFor(/› +Day1 Alpha/);
		await app.press('v');
		await app.waitFor('fetching the text of 2601.00001');
		// The text arrives, and Esc is pressed at once: it is answered while the text is laid out, not after.
		give(huge);
		await new Promise((resolve) => setImmediate(resolve));
		app.stdin.write('\u001b');
		await app.waitFor(/› +Day1 Alpha/);
		expect(app.frame()).not.toContain('Paragraph 0');
	});

	it('nesting deeper than 50 is drawn flat, never recursed', () => {
		expect(() => renderMarkdown('> '.repeat(20_000), 80)).not.toThrow();
		expect(() => renderMarkdown('- '.repeat(20_000), 80)).not.toThrow();
		expect(flattenLine(`${'> '.repeat(60)}deep`)).toBe(`${'> '.repeat(50)}deep`);
	});
});
