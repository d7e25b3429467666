import meow from 'meow';
import {describe, expect, it} from 'vitest';
import {parseArgs, readArgs} from '../../source/cli/args.js';

describe('the command line as main takes it', () => {
	it('words and one-word switches are read without meow, as meow reads them', async () => {
		for (const argv of [
			[],
			['--offline'],
			['day.json'],
			['--today', 'day.json', '--offline'],
			['--print', 'a', 'b'],
			['lists'],
			['2608.19880'],
			['123', '--offline'],
			['--constructor'],
		])
			expect(await readArgs(argv), argv.join(' ')).toEqual(parseArgs(argv, meow));
	});

	it('any word is read by meow: flags by their types, the words in order, every flag as given', async () => {
		const args = await readArgs(['--limit', '3', 'day.json', '-p', '--search', '-survey']);
		expect(args.input).toEqual(['day.json']);
		expect(args.flags).toMatchObject({limit: '3', print: true, search: '-survey'});
		expect(args.given).toMatchObject({limit: '3', p: true});
		expect(args).toEqual(parseArgs(['--limit', '3', 'day.json', '-p', '--search', '-survey'], meow));
	});
});
