import {spawn, type ChildProcess} from 'node:child_process';

/*
 * Opening a link from the web. The URL came from a digest, a submitter or a file, so it is checked before anything
 * runs: only http and https, with the characters that hide or reorder text removed from what is opened as well as
 * from what is shown, and it reaches the opener as one argument, never through a shell (on Windows, the `open`
 * package quotes it for PowerShell; `cmd /c start` read `&` and `|` in it as commands).
 */

/** Control, C1 and bidi characters: shown nowhere, so opened nowhere either. */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** The URL as it may be opened, or why it may not. */
export function checkUrl(url: string): {url: string} | {problem: string} {
	const clean = url.replace(HIDDEN, '').trim();
	let parsed: URL;
	try {
		parsed = new URL(clean);
	} catch {
		return {problem: `not opened: "${clean.slice(0, 60)}" is not a link`};
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
		return {problem: `not opened: only http and https links are opened, not ${parsed.protocol}`};
	return {url: parsed.href};
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
		if (env.BROWSER) return await started(spawn(env.BROWSER, [checked.url], {stdio: 'ignore', detached: true}), env.BROWSER, checked.url);
		const {default: open} = await import('open');
		return await started(await open(checked.url), 'the system opener', checked.url);
	} catch {
		return `no browser found; the URL is ${checked.url}`;
	}
}
