/** One paper as papers shows, prints and saves it, whatever digest it came from. */
export type Paper = {
	/** arXiv id, or null when the digest does not give one (page text never does). */
	id: string | null;
	title: string;
	abstract: string;
	/** Author names; [] when the digest gives only a count. */
	authors: string[];
	authorCount: number | null;
	/** Display name of the organisation that submitted it, or null. */
	organization: string | null;
	/** YYYY-MM-DD of the day the paper was listed, or null when the digest gives none. */
	date: string | null;
	/** 0 when the digest shows none. */
	upvotes: number;
	url: string | null;
	comments?: number;
	githubRepo?: string;
	githubStars?: number;
	aiSummary?: string;
	/** Hugging Face's AI-made keywords (`ai_keywords`). */
	keywords?: string[];
	projectPage?: string;
	/** YYYY-MM-DD the paper appeared on arXiv (`paper.publishedAt`), which can differ from its Daily Papers day. */
	arxivDate?: string;
	/** Hugging Face users among its authors who claimed the paper (`paper.authors[].user.user`): what `user:` finds. */
	users?: string[];
	/** The Hugging Face user who put it on Daily Papers (`submittedBy.name`): what `submitter:` finds. */
	submitter?: string;
	/** The user's own note and tags (lists/annotations.ts), put on a copy for printing: never from a digest. */
	note?: string;
	tags?: string[];
};

export type Warning = {
	/** File name, `-` for stdin, or a URL. */
	source: string;
	line?: number;
	message: string;
};

export type ParseResult = {
	papers: Paper[];
	warnings: Warning[];
};

export function paperUrl(id: string | null): string | null {
	return id ? `https://huggingface.co/papers/${id}` : null;
}

/** Folds a title to what stays the same across digests: case, punctuation and spacing differ between page text and API. */
export function normalizeTitle(title: string): string {
	// NFKC and a Unicode regex cost more than the rest of a load; plain ASCII titles need neither.
	if (/^[\x20-\x7e]*$/.test(title))
		return title
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, ' ')
			.trim();
	return title
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** The identity of a paper across digests: one paper from two digests is one paper. */
export function paperKey(paper: Pick<Paper, 'id' | 'title'>): string {
	return paper.id ? `arxiv:${paper.id}` : `title:${normalizeTitle(paper.title)}`;
}

export function makePaper(fields: Partial<Paper> & Pick<Paper, 'title'>): Paper {
	const id = fields.id ?? null;
	return {
		id,
		title: fields.title,
		abstract: fields.abstract ?? '',
		authors: fields.authors ?? [],
		authorCount: fields.authorCount ?? (fields.authors && fields.authors.length > 0 ? fields.authors.length : null),
		organization: fields.organization ?? null,
		date: fields.date ?? null,
		upvotes: fields.upvotes ?? 0,
		url: fields.url ?? paperUrl(id),
		...(fields.comments === undefined ? {} : {comments: fields.comments}),
		...(fields.githubRepo === undefined ? {} : {githubRepo: fields.githubRepo}),
		...(fields.githubStars === undefined ? {} : {githubStars: fields.githubStars}),
		...(fields.aiSummary === undefined ? {} : {aiSummary: fields.aiSummary}),
		...(fields.keywords === undefined ? {} : {keywords: fields.keywords}),
		...(fields.projectPage === undefined ? {} : {projectPage: fields.projectPage}),
		...(fields.arxivDate === undefined ? {} : {arxivDate: fields.arxivDate}),
	};
}

// Most text is clean already: test first, and when folding, touch only the runs that need it (not every space).
const FOLD = /\s{2,}|[^\S ]/g;

/**
 * Whitespace folded to single spaces: arXiv titles and abstracts carry hard wraps (a newline, then spaces). Most
 * text is clean already, and two indexOf scans cost less than one regex over a whole abstract, so look before
 * folding. A lone tab or CR without a newline stays as it is: every printer turns it into a space anyway.
 */
export function foldSpace(text: string): string {
	const edge = text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32;
	return edge || text.includes('\n') || text.includes('  ') ? text.replace(FOLD, ' ').trim() : text;
}
