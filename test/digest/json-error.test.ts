import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {jsonErrorOffset, jsonProblem} from '../../source/digest/json-error.js';

describe('where JSON goes wrong', () => {
	it.each([
		['not json', 'not valid JSON (1:1)'],
		['[1,2', 'not valid JSON (1:5)'],
		['{"a": 1,}', 'not valid JSON (1:9)'],
		['[\n{"paper": {"id": "1", "ti', 'not valid JSON (2:23)'],
		['  garbage', 'not valid JSON (1:3)'],
		['[1] x', 'not valid JSON (1:5)'],
		['"\\x"', 'not valid JSON (1:1)'],
	])('%j → %s', (text, problem) => {
		expect(() => JSON.parse(text)).toThrow();
		expect(jsonProblem(text)).toBe(problem);
	});

	it('agrees with JSON.parse on what is valid, and never recurses (100,000 levels deep)', () => {
		fc.assert(
			fc.property(fc.json(), (text) => {
				expect(jsonErrorOffset(text)).toBe(-1);
			}),
		);
		fc.assert(
			fc.property(fc.string(), (text) => {
				let valid = true;
				try {
					JSON.parse(text);
				} catch {
					valid = false;
				}
				expect(jsonErrorOffset(text) === -1).toBe(valid);
			}),
		);
		expect(jsonErrorOffset('['.repeat(100_000))).toBe(100_000);
	});
});
