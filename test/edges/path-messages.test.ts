import {describe, expect, it} from 'vitest';
import {problemsLine} from '../../source/cli/settings.js';
import {makePaper} from '../../source/digest/paper.js';
import {fitMessage, shortPath} from '../../source/output/paths.js';
import {displayWidth} from '../../source/output/width.js';
import {footerLine} from '../../source/ui/browse/lines.js';
import {THEMES} from '../../source/ui/frame/theme.js';
import {initialState} from '../../source/ui/reducer.js';

/* #35.12: a message about a file leads with its point, and a footer too narrow cuts the folders, not the file's name. */

const deep = `/home/someone/${'a-rather-long-folder-name/'.repeat(4)}papers`;

describe('messages with paths', () => {
	it('the footer keeps the point and the file name of a long path', () => {
		const message = `PDF of 2601.00001 kept (O opens it): ${deep}/pdf/2601.00001.pdf`;
		const state = {...initialState({papers: [makePaper({title: 'A'})], origin: 'x', viewport: {columns: 80, rows: 20}}), message};
		const text = footerLine(state, THEMES.mono)
			.map((s) => s.text)
			.join('')
			.trimEnd();
		expect(text.startsWith('PDF of 2601.00001 kept (O opens it): …')).toBe(true);
		expect(text.endsWith('/pdf/2601.00001.pdf')).toBe(true);
		expect(displayWidth(text)).toBeLessThanOrEqual(79);
	});

	it("a settings problem leads with the file's name and the problem; its path comes last, shortened", () => {
		const line = problemsLine(`${deep}/settings.toml`, ['line 1: mouse: wants true or false'])!;
		expect(line.startsWith('settings.toml: line 1: mouse: wants true or false; papers goes on with its defaults for that')).toBe(true);
		expect(line.endsWith(`, in ${shortPath(`${deep}/settings.toml`)}`)).toBe(true);
		expect(fitMessage(line, 70).startsWith('settings.toml: line 1: mouse: wants true or false')).toBe(true);
	});

	it('shortens $PAPERS_HOME and the home folder, and leaves other paths whole', () => {
		expect(shortPath('/data/papers/pdf/x.pdf', {PAPERS_HOME: '/data/papers'})).toBe('$PAPERS_HOME/pdf/x.pdf');
		expect(shortPath('/data/papersx/pdf/x.pdf', {PAPERS_HOME: '/data/papers'})).toBe('/data/papersx/pdf/x.pdf');
		expect(fitMessage('short', 10)).toBe('short');
		expect(fitMessage('no path here but a long sentence to cut', 12)).toBe('no path her…');
	});
});
