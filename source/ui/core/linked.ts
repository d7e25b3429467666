import {memoize} from '../../cache.js';
import {countsOf, topRepos, type LinkedKind} from '../../digest/paper-info.js';
import type {Paper} from '../../digest/paper.js';
import {paperLinks, type PaperLink} from '../../output/links.js';
import type {Query} from '../../digest/query.js';
import type {InfoEntry, State} from './model.js';
import {annotationsLookup, type Annotations} from '../../lists/annotations.js';

/** The counts `models:>0` reads, from the records in. */
export const linkedLookup = memoize((infos: ReadonlyMap<string, InfoEntry>): NonNullable<Query['linked']> => (paper) => {
	const entry = paper.id ? infos.get(paper.id) : undefined;
	return entry?.status === 'ready' ? countsOf(entry.info) : undefined;
});

const KIND: Record<LinkedKind, string> = {models: 'model', datasets: 'dataset', spaces: 'Space'};

/** The keys of the link chooser, in order: 1 to 9, then a to e. */
export const LINK_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e'] as const;

/** Every link of a paper the chooser offers: its own, then the top three models, datasets and Spaces citing it. */
export function linksOf(state: Pick<State, 'remote'>, paper: Paper): Array<PaperLink & {file?: boolean}> {
	const entry = paper.id ? state.remote.infos.get(paper.id) : undefined;
	const repos = entry?.status === 'ready' ? topRepos(entry.info) : [];
	const pdf = paper.id ? state.remote.pdfs.get(paper.id) : undefined;
	const own = pdf ? [{label: 'PDF on disk', url: pdf, file: true}] : [];
	return [...paperLinks(paper), ...own, ...repos.map((r) => ({label: `${KIND[r.kind]} ${r.repo.id}`, url: r.url}))].slice(
		0,
		LINK_KEYS.length,
	);
}

/** The user's note and tags on a paper, for `note:` and `tag:`. */
export const annotatedLookup = memoize((annotations: Annotations): NonNullable<Query['annotated']> => annotationsLookup(annotations));
