import path from 'node:path';
import envPaths from 'env-paths';

export type PapersPaths = {
	/** Where conf keeps config.json (reading lists). */
	config: string;
	/** One JSON file per fetched day. */
	store: string;
	/** Which papers were looked at: one key a line (seen/store.ts). */
	seen: string;
};

/** PAPERS_HOME puts everything papers keeps under one folder; otherwise the platform's config, cache and data folders. */
export function papersPaths(env: NodeJS.ProcessEnv = process.env): PapersPaths {
	const home = env.PAPERS_HOME;
	if (home)
		return {config: path.resolve(home), store: path.join(path.resolve(home), 'digests'), seen: path.join(path.resolve(home), 'seen.txt')};
	const platform = envPaths('papers', {suffix: ''});
	// Seen marks are the user's record, not a cache: the data folder, where a cache cleaner does not reach.
	return {config: platform.config, store: path.join(platform.cache, 'digests'), seen: path.join(platform.data, 'seen.txt')};
}
