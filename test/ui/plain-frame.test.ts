import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {browseFrame} from '../../source/ui/browse/lines.js';
import {layout} from '../../source/ui/core/geometry.js';
import {lineWidth} from '../../source/ui/frame/lines.js';
import {plainFrame} from '../../source/ui/frame/plain-frame.js';
import {initialState} from '../../source/ui/reducer.js';
import {themeFor} from '../../source/ui/frame/theme.js';
import {threeDays} from '../helpers/ui.js';

const hostile = makePaper({
	id: '2601.00001',
	title: 'Evil\u001b]0;owned\u0007 title\u001b[2J\u009b31m with \u202eRLO',
	abstract: 'Body\u001b[H\u001b[31m red\r\nnext',
	date: '2026-01-03',
	upvotes: 9,
	organization: 'Org\u0007',
});

describe('the plain first frame', () => {
	it.each([
		[120, 40],
		[100, 30],
		[40, 10],
	])('at %i×%i: a line per row of the frame, none wider than the terminal', (columns, rows) => {
		const state = initialState({papers: [hostile, ...threeDays()], origin: 'o', viewport: {columns, rows}, seen: new Set()});
		const lines = browseFrame(state, themeFor({}), true);
		expect(lines).toHaveLength(layout(state.viewport).frameHeight);
		for (const line of lines) expect(lineWidth(line)).toBeLessThan(columns);
	});

	it('writes no escape sequence of its own but SGR styles, whatever a digest holds', () => {
		const state = initialState({papers: [hostile, ...threeDays()], origin: 'evil\u001b[2J.json', viewport: {columns: 120, rows: 40}});
		const frame = plainFrame(browseFrame(state, themeFor({}), true), true);
		expect(frame).toContain('Evil');
		expect(frame.replace(/\u001b\[[\d;]*m/g, '')).not.toMatch(/[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u202e]/);
		expect(plainFrame(browseFrame(state, themeFor({}), true), false)).not.toContain('\u001b');
	});
});
