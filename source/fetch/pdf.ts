import {LIMITS} from '../limits.js';
import {FetchError, getBytes, hostOf, type HttpOptions} from './hf-api.js';

/*
 * A paper's PDF from arXiv (GET {PAPERS_ARXIV_URL or https://arxiv.org}/pdf/{id}), through the same HTTP layer as
 * everything else: its retries, its limits, redirects within the site only. The body must be a PDF (`%PDF`): a
 * captcha page, an HTML error or half a file is refused, never kept.
 */

export const ARXIV = 'https://arxiv.org';

export async function fetchPdf(id: string, options: Omit<HttpOptions, 'baseUrl'>, arxivUrl = ARXIV): Promise<Buffer> {
	const baseUrl = arxivUrl.replace(/\/+$/, '');
	const {bytes} = await getBytes(
		`${baseUrl}/pdf/${encodeURIComponent(id)}`,
		{...options, baseUrl, maxBytes: LIMITS.pdfBytes},
		'application/pdf',
	);
	if (bytes.subarray(0, 4).toString('latin1') !== '%PDF')
		throw new FetchError(`${hostOf(baseUrl)} answered something that is not a PDF for ${id}`);
	// A PDF ends with %%EOF (give or take a line end): without it, the file was cut short on the way.
	if (!bytes.subarray(-1024).toString('latin1').includes('%%EOF'))
		throw new FetchError(`${hostOf(baseUrl)} sent only part of the PDF of ${id}`);
	return bytes;
}
