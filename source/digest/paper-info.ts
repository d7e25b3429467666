import {apiItemToPaper} from './parse-api.js';
import type {Paper} from './paper.js';

/*
 * What Hugging Face knows of a paper beyond the daily feed: GET /api/papers/{id} answers the paper itself plus the
 * models, datasets and Spaces whose cards cite it (`linkedModels`, `numTotalModels`, …). A 404 means Hugging Face
 * has not indexed the paper: that is an answer too (nothing links to it), kept as such.
 */

export type LinkedKind = 'models' | 'datasets' | 'spaces';
export const LINKED_KINDS: readonly LinkedKind[] = ['models', 'datasets', 'spaces'];

/** One repository that cites the paper: `org/name`, with what ranks it (downloads for models and datasets, likes). */
export type LinkedRepo = {id: string; downloads: number; likes: number};

export type Linked = {total: number; repos: readonly LinkedRepo[]};

export type PaperInfo = {
	id: string;
	/** When it was asked (ISO time): a record is trusted for a day. */
	fetchedAt: string;
	/** false: Hugging Face answered 404, it has not indexed the paper. */
	indexed: boolean;
	/** The paper as the record gives it (null when not indexed, or when its fields do not read). */
	paper: Paper | null;
	models: Linked;
	datasets: Linked;
	spaces: Linked;
};

/** How many of each: what `models:>0` and the pane's counts read. */
export type LinkedCounts = Record<LinkedKind, number>;

/** Repositories kept of each kind: the pane shows three; `papers info` all of these. */
const KEPT = 100;

// `org/name` as the Hub allows it: it goes into a link, so no path (`..`) and nothing but letters, digits, . _ -.
const REPO_ID = /^\w[\w.-]{0,95}(?:\/\w[\w.-]{0,95})?$/;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : 0);

function linked(value: unknown, total: unknown, rank: 'downloads' | 'likes'): Linked {
	const repos = (Array.isArray(value) ? value : []).flatMap((r): LinkedRepo[] =>
		isObject(r) && typeof r.id === 'string' && REPO_ID.test(r.id) ? [{id: r.id, downloads: count(r.downloads), likes: count(r.likes)}] : [],
	);
	repos.sort((a, b) => b[rank] - a[rank] || a.id.localeCompare(b.id));
	return {total: Math.max(count(total), repos.length), repos: repos.slice(0, KEPT)};
}

const NONE: Linked = {total: 0, repos: []};

/** The record of a paper Hugging Face has not indexed. */
export function notIndexed(id: string, fetchedAt: string): PaperInfo {
	return {id, fetchedAt, indexed: false, paper: null, models: NONE, datasets: NONE, spaces: NONE};
}

/** An answer of /api/papers/{id} read, or why it cannot be (it is not an object, or not of this paper). */
export function readPaperInfo(value: unknown, id: string, fetchedAt: string): PaperInfo | string {
	if (!isObject(value)) return 'the answer is not a paper record';
	if (typeof value.error === 'string') return `the API answered an error: ${value.error.slice(0, 200)}`;
	if (value.id !== undefined && value.id !== id) return `the answer is the record of another paper (${String(value.id).slice(0, 40)})`;
	const paper = apiItemToPaper({}, {...value, id}, null);
	return {
		id,
		fetchedAt,
		indexed: true,
		paper: typeof paper === 'string' ? null : paper,
		models: linked(value.linkedModels, value.numTotalModels, 'downloads'),
		datasets: linked(value.linkedDatasets, value.numTotalDatasets, 'downloads'),
		spaces: linked(value.linkedSpaces, value.numTotalSpaces, 'likes'),
	};
}

/** A record as the cache keeps it, read back: the same checks, since a file on disk can be anything too. */
export function readCachedInfo(value: unknown, id: string): PaperInfo | null {
	if (!isObject(value) || typeof value.fetchedAt !== 'string' || Number.isNaN(Date.parse(value.fetchedAt))) return null;
	if (value.indexed === false) return notIndexed(id, value.fetchedAt);
	const record = readPaperInfo(value.record, id, value.fetchedAt);
	return typeof record === 'string' ? null : record;
}

export const countsOf = (info: PaperInfo): LinkedCounts => ({
	models: info.models.total,
	datasets: info.datasets.total,
	spaces: info.spaces.total,
});

const NAMES: Record<LinkedKind, string> = {models: 'Models', datasets: 'Datasets', spaces: 'Spaces'};

/** `Models 65 · Datasets 3 · Spaces 12`. */
export function countsLine(info: PaperInfo): string {
	if (!info.indexed) return 'not indexed by Hugging Face: no models, datasets or Spaces cite it';
	return LINKED_KINDS.map((k) => `${NAMES[k]} ${info[k].total}`).join(' · ');
}

/** The repository's page on the Hub. */
export function repoUrl(kind: LinkedKind, id: string): string {
	return `https://huggingface.co/${kind === 'models' ? '' : `${kind}/`}${id}`;
}

/** The top `n` of each kind, each with its page, in the order the pane and the link chooser list them. */
export function topRepos(info: PaperInfo, n = 3): Array<{kind: LinkedKind; repo: LinkedRepo; url: string}> {
	return LINKED_KINDS.flatMap((kind) => info[kind].repos.slice(0, n).map((repo) => ({kind, repo, url: repoUrl(kind, repo.id)})));
}

/** The pane's lines: the counts, then the top three of each kind, and "(N of M shown)" when the lists are shorter. */
export function infoLines(info: PaperInfo, n = 3): string[] {
	const out = [countsLine(info)];
	for (const kind of LINKED_KINDS) {
		const {total, repos} = info[kind];
		if (repos.length === 0) continue;
		const shown = repos.slice(0, n);
		const rank = (r: LinkedRepo) => (kind === 'spaces' ? `♥ ${r.likes}` : `↓ ${r.downloads}`);
		const more = shown.length < total ? ` (${shown.length} of ${total} shown)` : '';
		out.push(`${NAMES[kind]}${more}: ${shown.map((r) => `${r.id} ${rank(r)}`).join(', ')}`);
	}
	return out;
}
