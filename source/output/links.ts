import type {Paper} from '../digest/paper.js';

/** Where a paper can be read: its Hugging Face page, arXiv, the PDF, its code, its project page. */
export type PaperLink = {label: string; url: string; note?: string};

const ARXIV_ID = /^(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

/** The arXiv id, when the paper's id is one (Hugging Face uses arXiv ids for papers). */
export function arxivId(paper: Pick<Paper, 'id'>): string | null {
	return paper.id && ARXIV_ID.test(paper.id) ? paper.id : null;
}

/** A Hugging Face search for a paper known only by its title (page text gives no id). */
export function searchUrl(title: string): string {
	// A lone surrogate (text from the web can hold one) would make encodeURIComponent throw: it becomes U+FFFD.
	return `https://huggingface.co/papers?q=${encodeURIComponent(title.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'))}`;
}

export function paperLinks(paper: Paper): PaperLink[] {
	const links: PaperLink[] = [];
	if (paper.url) links.push({label: 'Hugging Face', url: paper.url});
	const id = arxivId(paper);
	if (id) {
		links.push({label: 'arXiv', url: `https://arxiv.org/abs/${id}`});
		links.push({label: 'PDF', url: `https://arxiv.org/pdf/${id}`});
	}
	if (paper.githubRepo)
		links.push({label: 'GitHub', url: paper.githubRepo, ...(paper.githubStars === undefined ? {} : {note: `★ ${paper.githubStars}`})});
	if (paper.projectPage) links.push({label: 'project page', url: paper.projectPage});
	return links;
}

/** The link `o` opens and `y` copies: the Hugging Face page, else a search for the title. */
export function mainLink(paper: Paper): {url: string; searched: boolean} {
	return paper.url ? {url: paper.url, searched: false} : {url: searchUrl(paper.title), searched: true};
}

/** `2608.19880`, `https://huggingface.co/papers/2608.19880`, `https://arxiv.org/abs/2608.19880v2` → the id. */
export function paperIdOf(text: string): string | null {
	// The version a pasted link carries (`2608.19880v2`) is not part of the id Hugging Face knows the paper by.
	return idIn(text)?.replace(/(\d{4}\.\d{4,5})v\d+$/, '$1') ?? null;
}

/** The arXiv id a text names, its version kept (`2608.19880v2`): a PDF of one version is not another's. */
export function arxivIdOf(text: string): string | null {
	return idIn(text);
}

function idIn(text: string): string | null {
	const m =
		/^(?:https?:\/\/(?:www\.)?(?:huggingface\.co\/papers|arxiv\.org\/(?:abs|pdf|html))\/)?([^/?#\s]+?)(?:\.pdf|\.md)?\/?(?:[?#].*)?$/.exec(
			text.trim(),
		);
	const id = m?.[1] ?? null;
	return id && arxivId({id}) ? id : null;
}
