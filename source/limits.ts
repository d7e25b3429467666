/*
 * Every limit papers puts on what the web sends it, in one place (docs/guide.md lists them). Past one, the answer is
 * refused whole with one line naming the limit: nothing of it is stored.
 */
export const LIMITS = {
	/** One API answer, decoded: counted while it streams in, after a gzip body is inflated. */
	answerBytes: 32 * 1024 * 1024,
	/** Pages asked for one day (a day holds at most a few hundred papers: 100 a page). */
	pagesPerDay: 20,
	/** Pages asked for a week or a month. */
	pagesPerRange: 100,
	/** A paper's full text. */
	paperTextBytes: 8 * 1024 * 1024,
	/** A paper's PDF from arXiv. */
	pdfBytes: 64 * 1024 * 1024,
	/** Redirects followed for one request, and only within the same site. */
	redirects: 5,
	/** One field of a paper, cut (with a warning) where it is longer. */
	titleChars: 2000,
	abstractChars: 100_000,
	/** Lists and quotes nested deeper than this in a paper's text are drawn flat. */
	nesting: 50,
} as const;

/** `32 MB`, for the lines that name a limit. */
export const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;
