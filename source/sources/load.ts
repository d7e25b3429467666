import fs from 'node:fs/promises';
import {mergePapers} from '../digest/collection.js';
import type {Paper, Warning} from '../digest/paper.js';
import type {Slicer} from '../slices.js';
import {plural} from '../text.js';
import {addParsed, readInputs, type SourceResult} from './files.js';
import {samplePath} from './sample.js';
import {readStdin, stdinHasInput} from './stdin.js';
import {readStore, readStoreHead} from '../store/store.js';

export type Library = {
	papers: Paper[];
	warnings: Warning[];
	errors: string[];
	/** Where the papers came from, for the header: `2 files`, `stdin`, `store (30 days)`, `sample digest`. */
	origin: string;
	/** No input, an empty store: the bundled sample is shown. */
	isSample: boolean;
	/** Only the newest days of a large store (its head): the rest is for loadLibrary without headFirst. */
	partial?: boolean;
	/** Inputs were named and none of them gave a paper. */
	failed: boolean;
};

export type LoadOptions = {
	inputs: readonly string[];
	storeDir: string;
	today?: string;
	stdinPiped?: boolean;
	readStdin?: () => Promise<string>;
	/** From the store, the head alone when there is a current one: the browser's first frame needs no more. */
	headFirst?: boolean;
	/** Slices of the store's index as it is read, and a pause between them: the browser answers keys meanwhile. */
	slices?: Slicer;
};

export async function loadLibrary(options: LoadOptions): Promise<Library> {
	const piped = options.stdinPiped ?? stdinHasInput();
	const inputs = options.inputs.length === 0 && piped ? ['-'] : [...options.inputs];
	const read = options.readStdin ?? (() => readStdin());
	if (inputs.length > 0) {
		const result = await readInputs(inputs, {readStdin: read, today: options.today});
		const origin = inputs.length === 1 ? (inputs[0] === '-' ? 'stdin' : inputs[0]!) : `${inputs.length} inputs`;
		return finish(result, {origin, failed: result.loaded === 0});
	}
	const head = options.headFirst ? await readStoreHead(options.storeDir) : null;
	if (head && head.papers.length > 0) {
		return {
			papers: head.papers,
			warnings: [],
			errors: [],
			origin: `store (${plural(head.days, 'day')})`,
			isSample: false,
			failed: false,
			partial: true,
		};
	}
	const stored = await readStore(options.storeDir, options.slices ? {slices: options.slices} : {});
	if (stored.papers.length > 0) return finish(stored, {origin: `store (${plural(stored.days, 'day')})`, merged: true});
	const sample = samplePath();
	const result: SourceResult = {papers: [], warnings: stored.warnings, errors: stored.errors, loaded: 0};
	// A store that is not a folder holds no days, and says so: the sample alone would hide that papers keeps none.
	const notFolder = await fs.stat(options.storeDir).then(
		(stat) => !stat.isDirectory(),
		() => false,
	);
	if (notFolder)
		result.warnings.push({source: options.storeDir, message: 'is a file, not a folder: papers keeps no days until it is moved away'});
	if (sample) addParsed(result, await fs.readFile(sample, 'utf8'), 'sample digest', {today: options.today});
	else result.errors.push('the bundled sample digest is missing from this install');
	return finish(result, {origin: 'sample digest', isSample: true, failed: result.papers.length === 0});
}

/** The library from what the sources gave: merged unless the store merged it already. */
function finish(result: SourceResult, how: {origin: string; isSample?: boolean; failed?: boolean; merged?: boolean}): Library {
	return {
		papers: how.merged ? result.papers : mergePapers(result.papers),
		warnings: result.warnings,
		errors: result.errors,
		origin: how.origin,
		isSample: Boolean(how.isSample),
		failed: Boolean(how.failed),
	};
}
