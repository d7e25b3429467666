import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/*
 * The user's Hugging Face token, found where huggingface_hub finds it: HF_TOKEN (then the older
 * HUGGING_FACE_HUB_TOKEN), then the file HF_TOKEN_PATH names, then $HF_HOME/token, HF_HOME being
 * $XDG_CACHE_HOME/huggingface or ~/.cache/huggingface. Read on every run (a browser login writes tokens that expire
 * and are refreshed), and never printed, logged or kept: what is said of it names where it came from, not what it is.
 */

export type Token = {token: string; from: string};

export function tokenFile(env: NodeJS.ProcessEnv): string {
	if (env.HF_TOKEN_PATH) return env.HF_TOKEN_PATH;
	const home = env.HF_HOME || path.join(env.XDG_CACHE_HOME || path.join(env.HOME || os.homedir(), '.cache'), 'huggingface');
	return path.join(home, 'token');
}

export function findToken(env: NodeJS.ProcessEnv): Token | null {
	for (const name of ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN']) {
		const value = env[name]?.trim();
		if (value) return {token: value, from: name};
	}
	const file = tokenFile(env);
	let fd: number | null = null;
	try {
		// A token is one short line of a regular file: nothing else is read (a FIFO would wait, a big file is no token).
		if (!fs.statSync(file).isFile()) return null;
		fd = fs.openSync(file, 'r');
		const buffer = Buffer.alloc(4096);
		const text = buffer
			.subarray(0, fs.readSync(fd, buffer, 0, buffer.length, 0))
			.toString('utf8')
			.trim();
		return /^[\x21-\x7e]{1,4000}$/.test(text) ? {token: text, from: file} : null;
	} catch {
		return null;
	} finally {
		if (fd !== null) fs.closeSync(fd);
	}
}

/** Said when a command needs a token and there is none: what to do, and where papers looked. */
export function noTokenMessage(env: NodeJS.ProcessEnv): string {
	return `no Hugging Face token: run hf auth login (it keeps one in ${tokenFile(env)}), or set HF_TOKEN to a token that can write`;
}
