import fs from 'node:fs/promises';
import path from 'node:path';
import {readKeptFile, writeFileAtomic} from '../file-system.js';

/** Full texts are kept beside the digests: `papers/{id}.md` next to `digests/`, written whole or not at all. */
export function paperFile(storeDir: string, id: string): string {
	return path.join(path.dirname(storeDir), 'papers', `${id.replace(/[^\w.-]/g, '_')}.md`);
}

export async function readCachedPaper(storeDir: string, id: string): Promise<string | null> {
	try {
		return (await readKeptFile(paperFile(storeDir, id))).toString('utf8');
	} catch {
		return null;
	}
}

export async function writeCachedPaper(storeDir: string, id: string, markdown: string): Promise<void> {
	const file = paperFile(storeDir, id);
	await fs.mkdir(path.dirname(file), {recursive: true});
	await writeFileAtomic(file, markdown);
}
