import {cleanTag, readAnnotations, tagCounts, type Annotations} from '../lists/annotations.js';
import {sanitizeLine, sanitizeText} from '../output/sanitize.js';
import {paperKey} from '../digest/paper.js';
import type {PapersPaths} from '../store/paths.js';
import {errorMessage, plural} from '../text.js';
import {RuntimeError, UsageError} from './errors.js';
import {say, writeOut, type Io} from './io.js';
import type {Options} from './options.js';
import {readStdin} from '../sources/stdin.js';
import {paperIdOf} from '../output/links.js';
import {pdfCommand} from './pdf-command.js';

/*
 * A researcher's own words on papers, from the command line: `papers note ID [TEXT | - | --rm]`, `papers tag ID
 * +name -name`, `papers tags`. Each change is the lists store's locked read-modify-write of config.json.
 */

function keyOf(idText: string | undefined, command: string): {id: string; key: string} {
	const id = idText ? paperIdOf(idText) : null;
	if (!id)
		throw new UsageError(
			idText
				? `${idText} is not a paper id or a Hugging Face or arXiv link`
				: `papers ${command} needs a paper id, as in papers ${command} 2608.19880`,
		);
	return {id, key: paperKey({id, title: ''})};
}

async function openService(paths: PapersPaths, io: Io) {
	const {openLists} = await import('../lists/store.js');
	const opened = await openLists({dir: paths.config});
	if (opened.notice) say(io, opened.notice);
	return opened.service;
}

async function change(what: string, run: () => Promise<Annotations>): Promise<Annotations> {
	try {
		return await run();
	} catch (error) {
		throw new RuntimeError(`${what} not changed: ${errorMessage(error)}`);
	}
}

/** `papers note ID` prints the note; `papers note ID TEXT` sets it; `-` reads it from stdin; `--rm` removes it. */
export async function noteCommand(options: Options, paths: PapersPaths, io: Io, readStdin: () => Promise<string>): Promise<number> {
	const [idText, ...words] = options.inputs;
	const {id, key} = keyOf(idText, 'note');
	if (options.rm && words.length > 0) throw new UsageError('papers note ID --rm takes no text');
	if (words.length === 0 && !options.rm) {
		const note = readAnnotations(paths.config).notes[key];
		if (!note) {
			say(io, `no note on ${id} (papers note ${id} TEXT sets one, or e in the browser)`);
			return 1;
		}
		await writeOut(io, `${sanitizeText(note.text)}\n`);
		return 0;
	}
	const text = options.rm ? null : words.length === 1 && words[0] === '-' ? await readStdin() : words.join(' ');
	const service = await openService(paths, io);
	const after = await change(`the note on ${id}`, () => service.setNote(key, text));
	await writeOut(io, after.notes[key] ? `noted ${id}\n` : `no note on ${id} now\n`);
	return 0;
}

/** `papers tag ID +name -name` (a bare name adds it); prints the paper's tags as they now are. */
export async function tagCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const [idText, ...words] = options.inputs;
	const {id, key} = keyOf(idText, 'tag');
	// The words apply left to right: of `+a -a`, the last word about a tag is what holds.
	const last = new Map<string, 'add' | 'remove'>();
	for (const word of words) {
		const tag = cleanTag(word.replace(/^[+-]/, ''));
		if (!tag) throw new UsageError(`${JSON.stringify(word)} is not a tag: letters and digits, then also _ . : / + -, at most 40`);
		last.delete(tag);
		last.set(tag, word.startsWith('-') ? 'remove' : 'add');
	}
	const add = [...last].flatMap(([tag, how]) => (how === 'add' ? [tag] : []));
	const remove = [...last].flatMap(([tag, how]) => (how === 'remove' ? [tag] : []));
	if (add.length === 0 && remove.length === 0) {
		const tags = readAnnotations(paths.config).tags[key] ?? [];
		await writeOut(io, tags.length ? `${tags.map((t) => `#${sanitizeLine(t)}`).join(' ')}\n` : '');
		return 0;
	}
	const service = await openService(paths, io);
	const after = await change(`the tags of ${id}`, () => service.setTags(key, add, remove));
	const tags = after.tags[key] ?? [];
	await writeOut(io, `${id}: ${tags.length ? tags.map((t) => `#${sanitizeLine(t)}`).join(' ') : 'no tags'}\n`);
	return 0;
}

/** `papers tags`: every tag with how many papers carry it (`--json`: [{tag, count}]). */
export async function tagsCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	const counts = tagCounts(readAnnotations(paths.config));
	if (options.format === 'json') {
		await writeOut(io, `${JSON.stringify(counts, null, 2)}\n`);
		return 0;
	}
	if (counts.length === 0) say(io, 'no tags yet (papers tag ID +name, or t in the browser)');
	await writeOut(io, counts.map((c) => `#${sanitizeLine(c.tag)}  ${plural(c.count, 'paper')}\n`).join(''));
	return 0;
}

/** The library's commands, by name. */
export async function libraryCommand(options: Options, paths: PapersPaths, io: Io): Promise<number> {
	if (options.command === 'note') return noteCommand(options, paths, io, async () => (io.stdin ?? {read: () => readStdin()}).read());
	if (options.command === 'tag') return tagCommand(options, paths, io);
	if (options.command === 'pdf') return pdfCommand(options, paths, io);
	return tagsCommand(options, paths, io);
}
