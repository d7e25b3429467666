import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it, vi} from 'vitest';
import {checkUrl, openUrl} from '../../source/services/open-url.js';
import {tempHome} from '../helpers/run-cli.js';

/* A link from the web is opened only if it is http(s), as one argument, with nothing a shell could read in it. */

/** A stand-in browser that writes each argument it got on a line of its own. */
function recordingBrowser(): {browser: string; args: () => string[]} {
	const dir = tempHome();
	const out = path.join(dir, 'args');
	const browser = path.join(dir, 'browser');
	fs.writeFileSync(browser, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a"; done > '${out}'\n`, {mode: 0o755});
	return {browser, args: () => (fs.existsSync(out) ? fs.readFileSync(out, 'utf8').split('\n').slice(0, -1) : [])};
}

describe('opening a URL', () => {
	it('hands the browser the whole URL as one argument, whatever it holds', async () => {
		for (const url of [
			'https://example.org/a?x=1&y=2|z',
			'https://example.org/"quoted"',
			'https://example.org/$(touch pwned)`id`;rm',
			'https://example.org/^caret%20space',
		]) {
			const {browser, args} = recordingBrowser();
			expect(await openUrl(url, {BROWSER: browser})).toBeNull();
			await vi.waitFor(() => expect(args()).toHaveLength(1), {timeout: 10_000});
			expect(args()).toEqual([new URL(url).href]);
		}
		expect(fs.existsSync('pwned')).toBe(false);
	});

	it('refuses anything but http and https, and a leading dash, with one line; nothing runs', async () => {
		const {browser, args} = recordingBrowser();
		for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', '--new-window', '-a', 'ftp://x.org/']) {
			const problem = await openUrl(url, {BROWSER: browser});
			expect(problem).toMatch(/^not opened: /);
			expect(problem).not.toContain('\n');
		}
		expect(args()).toEqual([]);
	});

	it('opens what it shows: control, C1 and bidi characters are gone from the URL itself', () => {
		expect(checkUrl('https://example.org/\u009b31m\u202eevil\u0007')).toEqual({url: 'https://example.org/31mevil'});
		expect(checkUrl('javascript\u0000:alert(1)')).toMatchObject({problem: expect.stringMatching(/only http and https/)});
	});

	it('a browser that is not there is one line', async () => {
		expect(await openUrl('https://example.org/', {BROWSER: '/nonexistent/browser'})).toBe(
			'no browser found (/nonexistent/browser); the URL is https://example.org/',
		);
	});
});
