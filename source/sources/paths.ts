import path from 'node:path';
import envPaths from 'env-paths';

export type PapersPaths = {
	/** Where conf keeps config.json (reading lists). */
	config: string;
	/** One JSON file per fetched day. */
	store: string;
};

/** PAPERS_HOME puts everything papers keeps under one folder; otherwise the platform's config and cache folders. */
export function papersPaths(env: NodeJS.ProcessEnv = process.env): PapersPaths {
	const home = env.PAPERS_HOME;
	if (home) return {config: path.resolve(home), store: path.join(path.resolve(home), 'digests')};
	const platform = envPaths('papers', {suffix: ''});
	return {config: platform.config, store: path.join(platform.cache, 'digests')};
}
