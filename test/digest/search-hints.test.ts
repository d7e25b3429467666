import {afterEach, describe, expect, it} from 'vitest';
import {parseQuery} from '../../source/digest/query.js';
import {highlightRanges, highlightWords} from '../../source/digest/highlight.js';
import {pageDigest, runCli, writeTemp} from '../helpers/run-cli.js';
import {startApp, type Session} from '../helpers/ui.js';

/* A query that may not mean what was typed says so; what is underlined is what matched. */

const notesOf = (text: string) => {
	const parsed = parseQuery(text);
	return parsed.ok ? (parsed.query.notes ?? []) : [parsed.problem];
};

let app: Session | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('search hints', () => {
	it('an unknown field names the known ones; OR says what to do instead; C++ says what it searched', () => {
		expect(notesOf('year:2025')).toEqual([
			'year: is not a field (they are title: abstract: author: org: id: kw: user: submitter: note: tag: upvotes: models: datasets: spaces:); searched as words',
		]);
		expect(notesOf('authors:hinton')[0]).toMatch(/^authors: is not a field/);
		expect(notesOf('agents OR memory')).toEqual(['no OR: two searches, or a watch rule']);
		expect(notesOf('C++')).toEqual(['C++ is searched as "c": only letters and digits count']);
		expect(notesOf('agent "world model" author:hinton -survey upvotes:>5')).toEqual([]);
		// OR is not searched for as a word.
		const parsed = parseQuery('agents OR memory');
		expect(parsed.ok && parsed.query.terms.map((t) => (t.kind === 'text' ? t.words.join(' ') : ''))).toEqual(['agents', 'memory']);
	});

	it('the search box shows the hint; --search says it on stderr', async () => {
		app = startApp();
		await app.waitFor('Day1 Alpha');
		await app.press('/', 'y', 'e', 'a', 'r', ':', '2');
		await app.waitFor('year: is not a field');
		const digest = writeTemp('d.txt', pageDigest(2));
		const run = await runCli([digest, '--search', 'C++', '--print']);
		expect(run.stderr).toContain('papers: --search: C++ is searched as "c": only letters and digits count\n');
	});

	it('a phrase is underlined as it matches: whole words, in order', () => {
		const phrase = parseQuery('"world model"');
		const marks = phrase.ok ? highlightWords(phrase.query, 'title') : [];
		expect(highlightRanges('Worlds of models: a world model for Worlds', marks)).toEqual([[20, 31]]);
		// A word alone still marks the words it starts.
		const word = parseQuery('world');
		expect(highlightRanges('Worlds of a world', word.ok ? highlightWords(word.query, 'title') : [])).toEqual([
			[0, 6],
			[12, 17],
		]);
	});
});
