import {fetchPaperMarkdown} from '../fetch/paper-text.js';
import {readCachedPaper, writeCachedPaper} from '../store/paper-cache.js';
import {errorMessage} from '../text.js';
import {httpOptions, type HttpSettings, type Say} from './http.js';

export type PaperText = {markdown: string; cached: boolean};

/** The paper's markdown: from the cache, else fetched and cached (written whole); offline, the cache or one line. */
export async function loadPaperText(
	id: string,
	options: {offline: boolean; timeoutMs: number},
	storeDir: string,
	io: HttpSettings & {say: Say},
	extra: {signal?: AbortSignal; refetch?: boolean} = {},
): Promise<PaperText> {
	const cached = extra.refetch ? null : await readCachedPaper(storeDir, id);
	if (cached !== null) return {markdown: cached, cached: true};
	if (options.offline) throw new Error(`no text of ${id} is kept for reading offline (papers read ${id} fetches it)`);
	const markdown = await fetchPaperMarkdown(id, {...httpOptions(options, io), ...(extra.signal ? {signal: extra.signal} : {})});
	await writeCachedPaper(storeDir, id, markdown).catch((error: unknown) =>
		io.say(`could not keep the text of ${id}: ${errorMessage(error)}`),
	);
	return {markdown, cached: false};
}
