/*
 * Crash points for the tests: with PAPERS_FAULT naming one, papers dies right there (SIGKILL, as a power cut or
 * the OOM killer would), so a test proves what a crash at that very moment leaves, instead of killing at a guessed
 * time that may land before any write. Unset (as for every user), a point costs one comparison.
 */

export type FaultPoint =
	| 'atomic-write:before-rename'
	| 'atomic-write:torn'
	| 'lists:locked-before-write'
	| 'seen:torn-append'
	| 'watch:delivered-before-record'
	| 'collections:sent-before-kept';

export function faultPoint(name: FaultPoint): void {
	if (process.env.PAPERS_FAULT === name) process.kill(process.pid, 'SIGKILL');
}

/** A write cut at its middle, then the crash: what a full disk or a kill mid-write leaves. */
export function tornWrite(name: FaultPoint, text: string, write: (part: string) => void): boolean {
	if (process.env.PAPERS_FAULT !== name) return false;
	write(text.slice(0, Math.max(1, Math.floor(text.length / 2))));
	process.kill(process.pid, 'SIGKILL');
	return true;
}
