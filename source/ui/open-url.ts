import {spawn} from 'node:child_process';

/** Opens a URL with $BROWSER or the platform's opener; answers a message when none can be found. */
export function openUrl(url: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
	const [command, args] = env.BROWSER
		? [env.BROWSER, [url]]
		: process.platform === 'darwin'
			? ['open', [url]]
			: process.platform === 'win32'
				? ['cmd', ['/c', 'start', '""', url]]
				: ['xdg-open', [url]];
	return new Promise((resolve) => {
		try {
			const child = spawn(command, args, {stdio: 'ignore', detached: true});
			child.once('error', () => resolve(`no browser found (${command}); the URL is ${url}`));
			child.once('spawn', () => {
				child.unref();
				resolve(null);
			});
		} catch {
			resolve(`no browser found (${command}); the URL is ${url}`);
		}
	});
}
