import path from 'node:path';
import {byName} from './model.js';
import {readSnapshot} from './read.js';

/*
 * Watch rules: named queries of the search language, kept in config.json beside the reading lists (written under
 * the same lock, kept aside the same way when the file cannot be read). Read here without lock or conf.
 */

export const WATCH_KEY = 'watch';

export type WatchRules = Record<string, string>;

/** The rules of a config document's other keys; what is not a name and a query is left out here (and kept in the file). */
export function rulesOf(rest: Record<string, unknown>): WatchRules {
	const value = rest[WATCH_KEY];
	const rules: WatchRules = byName();
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return rules;
	for (const [name, query] of Object.entries(value)) if (typeof query === 'string') rules[name] = query;
	return rules;
}

export function readWatchRules(dir: string, now = new Date()): {rules: WatchRules; notice: string | null} {
	const {doc, notice} = readSnapshot(path.join(dir, 'config.json'), now);
	return {rules: rulesOf(doc.rest), notice};
}
