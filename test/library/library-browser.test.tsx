import {afterEach, describe, expect, it, vi} from 'vitest';
import {makePaper, type Paper} from '../../source/digest/paper.js';
import {KEYS, startApp, type Session} from '../helpers/ui.js';

/* e, t, D and Z in the browser: the note, the tags (Tab completes), the PDF, Zotero; the pane and the rows show them. */

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const papers = [
	makePaper({id: '2601.00001', title: 'First paper', date: '2026-01-05', upvotes: 9, authors: ['Ada Lovelace']}),
	makePaper({id: '2601.00002', title: 'Second paper', date: '2026-01-05', upvotes: 3}),
];

describe('notes and tags in the browser', () => {
	it('e hands the note to the editor and keeps what comes back; the pane shows it; note: finds it', async () => {
		const edited: string[] = [];
		app = startApp({papers, origin: 'store'}, {editText: (text) => (edited.push(text), {text: 'Check the ablation.\n\nSecond thought.'})});
		await app.waitFor('First paper');
		await app.press('e');
		await app.waitFor('note on 2601.00001 kept');
		expect(edited).toEqual(['']);
		await app.waitFor('Your note');
		expect(app.frame()).toContain('Check the ablation.');
		await app.press('e');
		await vi.waitFor(() => expect(edited[1]).toBe('Check the ablation.\n\nSecond thought.'), {timeout: 10_000});
		await app.press('j', '/', ...'note:ablation', KEYS.enter);
		await app.waitFor('1 match "note:ablation"');
		expect(app.frame()).not.toContain('Second paper');
	});

	it('an editor that fails leaves the note as it was, and says so in one line', async () => {
		app = startApp({papers, origin: 'store'}, {editText: () => ({problem: 'the note is as it was: nano was not found'})});
		await app.waitFor('First paper');
		await app.press('e');
		await app.waitFor('the note is as it was: nano was not found');
		expect(app.frame()).not.toContain('Your note');
	});

	it('t edits the tags in the footer; Tab completes a tag used before; the row and the pane show them', async () => {
		app = startApp({papers, origin: 'store', viewport: {columns: 120, rows: 30}});
		await app.waitFor('First paper');
		await app.press('t', ...'#reinforcement #agents', KEYS.enter);
		await app.waitFor('tags: #reinforcement #agents');
		await app.waitFor('Tags: #reinforcement #agents');
		await app.press('j', 't');
		await app.waitFor('tags: ');
		await app.press(...'#rei', KEYS.tab);
		await app.waitFor('tags: #reinforcement');
		await app.press(KEYS.enter);
		await app.waitFor(/Second paper +· #reinforcement/);
		await app.press('t', KEYS.backspace.repeat(20), KEYS.enter);
		await app.waitFor('no tags');
	});
});

describe('PDFs and Zotero in the browser', () => {
	it('D downloads the PDF once; the pane says it is on disk; the link chooser opens it', async () => {
		const fetched: string[] = [];
		const opened: string[] = [];
		app = startApp(
			{papers, origin: 'store'},
			{
				fetchPdf: async (id) => (fetched.push(id), `/data/pdf/${id}.pdf`),
				openPdf: async (file) => (opened.push(file), null),
			},
		);
		await app.waitFor('First paper');
		await app.press('D');
		await app.waitFor('PDF of 2601.00001 kept (O opens it): /data/pdf/2601.00001.pdf');
		await app.waitFor('PDF on disk: /data/pdf/2601.00001.pdf');
		await app.press('D');
		await app.waitFor('the PDF of 2601.00001 is on disk already (O opens it)');
		expect(fetched).toEqual(['2601.00001']);
		await app.press('O');
		await app.waitFor('4 PDF on disk');
		await app.press('4');
		await vi.waitFor(() => expect(opened).toEqual(['/data/pdf/2601.00001.pdf']), {timeout: 10_000});
	});

	it('Z sends the picks (or the current paper) with their notes and tags; a Zotero that is not there is one line', async () => {
		const sent: Paper[][] = [];
		let running = true;
		app = startApp(
			{papers, origin: 'store'},
			{
				editText: () => ({text: 'my note'}),
				sendToZotero: async (ps) => {
					if (!running) throw new Error('Zotero is not running (nothing answers at http://127.0.0.1:23119)');
					sent.push([...ps]);
					return `sent ${ps.length} papers to Zotero`;
				},
			},
		);
		await app.waitFor('First paper');
		await app.press('e');
		await app.waitFor('note on 2601.00001 kept');
		await app.press(' ', ' ');
		await app.press('Z');
		await app.waitFor('sent 2 papers to Zotero');
		expect(sent[0]!.map((p) => [p.id, p.note])).toEqual([
			['2601.00001', 'my note'],
			['2601.00002', undefined],
		]);
		running = false;
		await app.press('Z');
		await app.waitFor('Zotero is not running (nothing answers at http://127.0.0.1:23119)');
	});
});
