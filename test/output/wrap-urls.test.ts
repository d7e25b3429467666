import {describe, expect, it} from 'vitest';
import {wrapText} from '../../source/output/wrap.js';

/* A link is never broken across lines: whole on a line of its own in print, cut with … on the screen. */

const URL = 'https://github.com/example/a-very-long-repository-name-here';

describe('links in wrapped text', () => {
	it('print: a link wider than the line stands whole on a line of its own, the words around it wrap as before', () => {
		expect(wrapText(`Code: ${URL} and more words after it`, 30)).toEqual(['Code:', URL, 'and more words after it']);
		expect(wrapText(`see ${URL}`, 30)).toEqual(['see', URL]);
		expect(wrapText(`a\n\nb ${URL}\nc`, 30)).toEqual(['a', '', 'b', URL, 'c']);
	});

	it('the screen: the link is cut with … where the line is narrower than it, never broken', () => {
		const lines = wrapText(`Code: ${URL} and more`, 30, {urls: 'cut'});
		expect(lines).toEqual(['Code:', `${URL.slice(0, 29)}…`, 'and more']);
	});

	it('a link that fits is a word like any other; text without spaces still wraps across lines', () => {
		expect(wrapText('see https://x.org/a now', 30)).toEqual(['see https://x.org/a now']);
		expect(wrapText('漢'.repeat(20), 10)).toHaveLength(4);
	});
});
