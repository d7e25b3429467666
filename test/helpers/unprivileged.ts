import {tempDir} from './temp.js';
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import {CLI} from './run-cli.js';

/*
 * Permissions do not bite root, and CI runs as root: tests of a read-only home or an unreadable folder run the
 * binary as `nobody` through setpriv. Where that cannot work (not root, no setpriv, a checkout nobody may read),
 * they are skipped, and the reason is in their name.
 */
const probe =
	process.getuid?.() === 0 &&
	spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, CLI, '--version']).status === 0;

export const AS_NOBODY = probe
	? 'as an unprivileged user'
	: 'as an unprivileged user (SKIPPED: needs root, setpriv, and a checkout that nobody can read)';
export const CAN_DROP_ROOT = probe;

/** The command prefix that runs what follows as nobody. */
export const NOBODY = ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'];

/**
 * Where nobody can reach a folder: the temp folder, unless a folder on its way is closed to others (a TMPDIR made by
 * mktemp -d is 0700), then the system's /tmp.
 */
const sharedBase = (() => {
	if (!probe) return os.tmpdir();
	const open = spawnSync(NOBODY[0]!, [...NOBODY.slice(1), 'test', '-x', os.tmpdir()]).status === 0;
	return open ? os.tmpdir() : '/tmp';
})();

/** A temp folder that nobody can enter (mkdtemp makes them 0700). */
export function sharedTemp(prefix: string): string {
	const dir = tempDir(prefix, sharedBase);
	fs.chmodSync(dir, 0o755);
	return dir;
}

export function runAsNobody(args: readonly string[], env: NodeJS.ProcessEnv) {
	return spawnSync(NOBODY[0]!, [...NOBODY.slice(1), process.execPath, CLI, ...args], {
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '1', ...env},
		timeout: 20_000,
	});
}
