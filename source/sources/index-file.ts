/*
 * The store's index as lines: a first line of what holds for the whole file (version, stamp, counts), then one
 * paper a line. A line is parsed at a time, so reading 30 MB never holds the whole text as one string beside the
 * papers made of it, and a reader can stop between lines to let keys through. A file cut short has fewer lines
 * than its first line says, and is not believed.
 */

export const INDEX_VERSION = 3;

export type IndexHeader<Extra> = Extra & {version: number; count: number};

export function encodeIndex<Extra extends object, Item>(extra: Extra, items: readonly Item[]): string {
	const lines = [JSON.stringify({...extra, version: INDEX_VERSION, count: items.length})];
	for (const item of items) lines.push(JSON.stringify(item));
	return `${lines.join('\n')}\n`;
}

export type DecodeOptions = {
	/** Called between slices of lines: the browser lets a key through there. */
	yieldNow?: () => Promise<void>;
	/** Lines between two yields. */
	slice?: number;
};

/** The header and items of an index file, or null when it is not one whole file of this version. */
export async function decodeIndex<Extra extends object, Item>(
	bytes: Buffer,
	options: DecodeOptions = {},
): Promise<{header: IndexHeader<Extra>; items: Item[]} | null> {
	let end = bytes.indexOf(10);
	if (end < 0) return null;
	const header = JSON.parse(bytes.toString('utf8', 0, end)) as IndexHeader<Extra>;
	if (header.version !== INDEX_VERSION || !Number.isInteger(header.count)) return null;
	const items: Item[] = [];
	const slice = options.slice ?? 250;
	for (let start = end + 1; start < bytes.length; start = end + 1) {
		end = bytes.indexOf(10, start);
		if (end < 0) return null;
		items.push(JSON.parse(bytes.toString('utf8', start, end)) as Item);
		if (options.yieldNow && items.length % slice === 0) await options.yieldNow();
	}
	return items.length === header.count ? {header, items} : null;
}
