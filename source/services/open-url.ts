import type {ChildProcess} from 'node:child_process';
import {childProcess} from '../lazy-builtins.js';
import {cleanLink} from '../digest/checked-paper.js';
import {removeHidden} from '../text.js';

/*
 * Opening a link from the web. The URL came from a digest, a submitter or a file, so it is checked before anything
 * runs: only http and https, with the characters that hide or reorder text removed from what is opened as well as
 * from what is shown, and it reaches the opener as one argument, never through a shell (on Windows, the `open`
 * package quotes it for PowerShell; `cmd /c start` read `&` and `|` in it as commands).
 */

/** The URL as it may be opened (the same check every input's links pass at load), or why it may not. */
export function checkUrl(url: string): {url: string} | {problem: string} {
	const kept = cleanLink(url);
	if (kept) return {url: new URL(kept).href};
	// Control, C1 and bidi characters are shown nowhere, so they are opened nowhere either.
	const clean = removeHidden(url).trim();
	return URL.canParse(clean)
		? {problem: `not opened: only http and https links are opened, not ${new URL(clean).protocol}`}
		: {problem: `not opened: "${clean.slice(0, 60)}" is not a link`};
}

/** Null once the opener started (it has a pid at once), or a message when it could not be (its 'error' follows). */
function started(child: ChildProcess, opener: string, url: string): Promise<string | null> {
	const failed = new Promise<string>((resolve) => child.once('error', () => resolve(`no browser found (${opener}); the URL is ${url}`)));
	if (child.pid === undefined) return failed;
	child.unref();
	return Promise.resolve(null);
}

/** Opens a URL with $BROWSER or the platform's opener; answers a message when it is refused or none can be found. */
export async function openUrl(url: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
	const checked = checkUrl(url);
	if ('problem' in checked) return checked.problem;
	try {
		if (env.BROWSER)
			return await started(childProcess().spawn(env.BROWSER, [checked.url], {stdio: 'ignore', detached: true}), env.BROWSER, checked.url);
		const {default: open} = await import('open');
		return await started(await open(checked.url), 'the system opener', checked.url);
	} catch {
		return `no browser found; the URL is ${checked.url}`;
	}
}
