import {describe, expect, it} from 'vitest';
import {runCli, tempHome} from '../helpers/run-cli.js';

/* #35.13: papers tag ID applies its words left to right. */

describe('papers tag', () => {
	it('+a -a leaves no a; -b +b leaves b; the order of the rest is kept', async () => {
		const env = {PAPERS_HOME: tempHome()};
		await runCli(['tag', '2601.00001', '+b'], {env});
		const run = await runCli(['tag', '2601.00001', '+a', '-a', '-b', '+b', '+c'], {env});
		expect(run).toMatchObject({code: 0, stderr: ''});
		expect(run.stdout).toBe('2601.00001: #b #c\n');
		expect((await runCli(['tag', '2601.00001', '+a', '-a'], {env})).stdout).toBe('2601.00001: #b #c\n');
		expect((await runCli(['tag', '2601.00001', '-c', '+c', '-c'], {env})).stdout).toBe('2601.00001: #b\n');
	});
});
