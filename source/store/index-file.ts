/*
 * The store's index as lines: a first line of what holds for the whole file (version, stamp, counts), then one
 * paper a line. A line is parsed at a time, so reading 30 MB never holds the whole text as one string beside the
 * papers made of it, and a reader can stop between lines to let keys through. A file cut short has fewer lines
 * than its first line says, and is not believed.
 */

import type {Slicer} from '../slices.js';

export const INDEX_VERSION = 5;

export type IndexHeader<Extra> = Extra & {version: number; count: number};

export function encodeIndex<Extra extends object, Item>(extra: Extra, items: readonly Item[]): string {
	const lines = [JSON.stringify({...extra, version: INDEX_VERSION, count: items.length})];
	for (const item of items) lines.push(JSON.stringify(item));
	return `${lines.join('\n')}\n`;
}

export type DecodeOptions = {
	/** Slices of lines, and a pause between them: the browser lets a key through there. */
	slices?: Slicer;
};

/**
 * The header and items of an index file, or null when it is not one whole file of this version. Read as it comes,
 * a chunk at a time: at no time is the whole file in memory beside the papers made of it.
 */
export async function decodeIndex<Extra extends object, Item>(
	chunks: AsyncIterable<Buffer> | Buffer,
	options: DecodeOptions = {},
): Promise<{header: IndexHeader<Extra>; items: Item[]} | null> {
	let header: IndexHeader<Extra> | null = null;
	const items: Item[] = [];
	let rest: Buffer = Buffer.alloc(0);
	for await (const chunk of Buffer.isBuffer(chunks) ? [chunks] : chunks) {
		const bytes = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
		let start = 0;
		for (let end = bytes.indexOf(10); end >= 0; start = end + 1, end = bytes.indexOf(10, start)) {
			const line = bytes.toString('utf8', start, end);
			if (header === null) {
				header = JSON.parse(line) as IndexHeader<Extra>;
				if (header.version !== INDEX_VERSION || !Number.isInteger(header.count)) return null;
				continue;
			}
			items.push(JSON.parse(line) as Item);
			if (options.slices?.due()) await options.slices.pause();
		}
		rest = bytes.subarray(start);
	}
	// A last line without its newline was cut short.
	return header !== null && rest.length === 0 && items.length === header.count ? {header, items} : null;
}
