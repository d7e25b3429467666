import {describe, expect, it} from 'vitest';
import {decodeIndex, encodeIndex, INDEX_VERSION} from '../../source/store/index-file.js';

describe('the index file, a paper a line', () => {
	it('reads back what was written, stopping between slices so keys get through', async () => {
		const items = Array.from({length: 5}, (_, i) => ({title: `T${i}\nwith a newline`, n: i}));
		let yields = 0;
		let lines = 0;
		const read = await decodeIndex<{stamp: object}, (typeof items)[number]>(Buffer.from(encodeIndex({stamp: {a: 1}}, items)), {
			// A slice of two lines each.
			slices: {due: () => ++lines % 2 === 0, pause: async () => void yields++},
		});
		expect(read).toEqual({header: {stamp: {a: 1}, version: INDEX_VERSION, count: 5}, items});
		expect(yields).toBe(2);
	});

	it('is not believed cut short, or with a line that is not JSON', async () => {
		const whole = encodeIndex({}, [{a: 1}, {a: 2}]);
		expect(await decodeIndex(Buffer.from(whole.slice(0, whole.lastIndexOf('{'))))).toBeNull();
		expect(await decodeIndex(Buffer.from(whole.slice(0, -1)))).toBeNull();
		await expect(decodeIndex(Buffer.from(whole.replace('{"a":2}', '{"a":')))).rejects.toThrow();
	});
});
