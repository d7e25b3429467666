import fs from 'node:fs';

/**
 * True when something was piped or redirected in (`cat digest.txt | papers`, `papers < digest.txt`).
 * A socket or /dev/null, as a parent process or CI leaves it, is not input: reading it could wait forever.
 */
export function stdinHasInput(stdin: NodeJS.ReadStream = process.stdin): boolean {
	if (stdin.isTTY) return false;
	try {
		const stat = fs.fstatSync(0);
		return stat.isFIFO() || (stat.isFile() && stat.size > 0);
	} catch {
		return false;
	}
}

export async function readStdin(stdin: NodeJS.ReadableStream = process.stdin): Promise<string> {
	const chunks: Buffer[] = [];
	for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks).toString('utf8');
}
