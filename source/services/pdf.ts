import {childProcess} from '../lazy-builtins.js';
import fs from 'node:fs';
import path from 'node:path';
import {writeFileAtomic} from '../file-system.js';
import {ARXIV, fetchPdf} from '../fetch/pdf.js';
import {httpOptions, type HttpSettings} from './http.js';
import {arxivId} from '../output/links.js';

/** PDFs live in the data folder, beside the paper texts: `pdf/{id}.pdf`. */
const pdfDir = (storeDir: string) => path.join(path.dirname(storeDir), 'pdf');

/** The id as a file name that no other id shares: only `/` (old-style ids, `hep-th/9901001`) is escaped, as %2F. */
export function pdfFile(storeDir: string, id: string): string {
	return path.join(pdfDir(storeDir), `${encodeURIComponent(id)}.pdf`);
}

/** The PDF on disk: downloaded once (written whole or not at all), then kept. */
export async function ensurePdf(
	id: string,
	options: {timeoutMs: number; force?: boolean; offline?: boolean},
	storeDir: string,
	io: HttpSettings,
	signal?: AbortSignal,
): Promise<{file: string; downloaded: boolean}> {
	// arXiv is asked only for arXiv ids (old and new style, with a version): anything else is no paper of arXiv's.
	if (!arxivId({id})) throw new Error(`${id} is not an arXiv id: arXiv has no PDF of it`);
	const file = pdfFile(storeDir, id);
	if (!options.force && fs.existsSync(file)) return {file, downloaded: false};
	if (options.offline) throw new Error('none kept, and papers is offline (--offline or PAPERS_OFFLINE=1): nothing fetched');
	const bytes = await fetchPdf(id, {...httpOptions(options, io), ...(signal ? {signal} : {})}, io.env.PAPERS_ARXIV_URL || ARXIV);
	await fs.promises.mkdir(path.dirname(file), {recursive: true});
	await writeFileAtomic(file, bytes);
	return {file, downloaded: true};
}

/**
 * Opens a PDF on disk with $PAPERS_PDF_VIEWER, else the system's opener: the file is one argument, never read by a
 * shell. Answers null once the viewer started, or what went wrong.
 */
export async function openPdf(file: string, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
	try {
		const child = env.PAPERS_PDF_VIEWER
			? childProcess().spawn(env.PAPERS_PDF_VIEWER, [file], {stdio: 'ignore', detached: true})
			: await (await import('open')).default(file);
		const viewer = env.PAPERS_PDF_VIEWER ?? 'the system opener';
		return await new Promise((resolve) => {
			child.once('error', () => resolve(`no PDF viewer found (${viewer}); the file is ${file}`));
			child.once('spawn', () => {
				child.unref();
				resolve(null);
			});
		});
	} catch {
		return `no PDF viewer found; the file is ${file}`;
	}
}

/** The PDFs on disk, by paper id. */
export async function keptPdfs(storeDir: string): Promise<Map<string, string>> {
	const dir = pdfDir(storeDir);
	const names = await fs.promises.readdir(dir).catch(() => [] as string[]);
	const idOf = (name: string) => {
		try {
			return decodeURIComponent(name.slice(0, -4));
		} catch {
			return null;
		}
	};
	return new Map(
		names.flatMap((n) => {
			const id = n.endsWith('.pdf') ? idOf(n) : null;
			return id ? [[id, path.join(dir, n)] as const] : [];
		}),
	);
}
