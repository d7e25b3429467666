/*
 * The search language, in `/` and in `--search`: words (whole words or word prefixes), "phrases", -exclusions,
 * field prefixes (title: abstract: author: org: id: kw:), upvotes:>N and models:>N (datasets:, spaces:). A query is parsed once, here, into
 * terms of folded words (case and diacritics gone); digest/search.ts matches them against papers.
 */

export const FIELDS = ['title', 'abstract', 'author', 'org', 'id', 'kw', 'user', 'submitter', 'note', 'tag'] as const;
/** The fields a word with no field is looked for in: not who claimed or submitted a paper (user: and submitter: ask for those). */
export const TEXT_FIELDS = ['title', 'abstract', 'author', 'org', 'id', 'kw'] as const;

/** The language by example, for the help overlay and --help. */
export const QUERY_EXAMPLES: ReadonlyArray<[string, string]> = [
	['agent memory', 'both words (or words they start: RL finds RLHF, not world)'],
	['"world model"', 'whole words next to each other, in order ("critic" is not critical)'],
	['-survey  -"vision language"', 'leave out papers with a word or a phrase'],
	['author:hinton  org:deepmind', 'in one field: title: abstract: author: org: id: kw:'],
	['user:akhaliq  submitter:taesiri', 'claimed by a Hugging Face user; put on Daily Papers by one'],
	['upvotes:>50  upvotes:<10', 'by upvotes (also >=, <=, =)'],
	['models:>0  datasets:>2  spaces:>0', 'by what cites it on Hugging Face (records papers fetch --info keeps)'],
	['note:ablation  tag:rl', 'in your own note on a paper; a paper you tagged (e and t in the browser)'],
	['schölkopf = scholkopf', 'accents and case never matter; CJK matches inside words'],
];
export type Field = (typeof FIELDS)[number];

export type Op = '>' | '<' | '>=' | '<=' | '=';

/** The counts a paper's Hugging Face record gives (papers fetch --info): what cites it. */
export const LINKED_FIELDS = ['models', 'datasets', 'spaces'] as const;
export type LinkedField = (typeof LINKED_FIELDS)[number];

export type Term =
	| {kind: 'text'; negate: boolean; field: Field | null; words: string[]; phrase: boolean}
	| {kind: 'upvotes'; negate: boolean; op: Op; value: number}
	/** A paper with no record kept matches none of these, negated or not: its counts are not known. */
	| {kind: 'linked'; negate: boolean; field: LinkedField; op: Op; value: number};

export type Query = {
	terms: Term[];
	text: string;
	/** The counts of a paper's kept record, for `models:>0`; without it (or a record), such a term matches nothing. */
	linked?: (paper: {id: string | null}) => Readonly<Record<LinkedField, number>> | undefined;
	/** The user's note and tags on a paper, for `note:` and `tag:`; without it, such a term matches nothing. */
	annotated?: (paper: {id: string | null; title: string}) => {note?: string; tags?: readonly string[]} | undefined;
	/** What the query may not mean as typed: an unknown field, OR, a word of symbols. Said, never refused. */
	notes?: string[];
};

export type Parsed = {ok: true; query: Query} | {ok: false; problem: string};

export const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** Lower case, no diacritics (schölkopf = scholkopf), compatibility forms unfolded (ﬁ = fi). */
export function fold(text: string): string {
	// Most text is plain ASCII: lower-casing is then the whole job.
	if (/^[\x20-\x7e]*$/.test(text)) return text.toLowerCase();
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}

/**
 * Where `needle` (folded already) first stands in `text`, case and accents aside, as [start, end) of `text` itself:
 * `cafe` finds `Café`, and the range covers the é. Null when it is not there.
 */
export function foldedRange(text: string, needle: string): [number, number] | null {
	if (!needle) return null;
	if (/^[\x20-\x7e]*$/.test(text)) {
		const at = text.toLowerCase().indexOf(needle);
		return at < 0 ? null : [at, at + needle.length];
	}
	// Fold one character at a time, remembering where in the text each folded character came from.
	let folded = '';
	const from: number[] = [];
	for (let i = 0; i < text.length;) {
		const ch = String.fromCodePoint(text.codePointAt(i)!);
		const f = fold(ch);
		for (let k = 0; k < f.length; k++) from.push(i);
		folded += f;
		i += ch.length;
	}
	from.push(text.length);
	const at = folded.indexOf(needle);
	if (at < 0) return null;
	const last = from[at + needle.length - 1]!;
	return [from[at]!, last + String.fromCodePoint(text.codePointAt(last)!).length];
}

/** The words of a text, folded: runs of letters and digits. */
export function words(text: string): string[] {
	return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const COUNTED = ['upvotes', ...LINKED_FIELDS] as const;
type Counted = (typeof COUNTED)[number];

const FIELD_PREFIX = new RegExp(`^(${[...FIELDS, ...COUNTED].join('|')}):`, 'i');

function countTerm(field: Counted, value: string, negate: boolean): Term | string {
	const m = /^(>=|<=|>|<|=)?(\d+)$/.exec(value);
	if (!m) return `${field}: wants a number with >, <, >=, <= or =, as in ${field}:>${field === 'upvotes' ? 50 : 0} (got "${value}")`;
	const op = (m[1] ?? '=') as Op;
	return field === 'upvotes'
		? {kind: 'upvotes', negate, op, value: Number(m[2])}
		: {kind: 'linked', negate, field, op, value: Number(m[2])};
}

const isCounted = (field: string | null): field is Counted => (COUNTED as readonly string[]).includes(field ?? '');

const KNOWN_FIELDS = `${[...FIELDS, ...COUNTED].join(': ')}:`;

/** A word that looks like a field but is none (`year:2025`, `authors:x`). */
const ODD_FIELD = /^([a-z]+):\S/i;

/** A word whose letters and digits are not all of it (`C++`, `C#`): only those are searched. */
const SYMBOLS = /[^\p{L}\p{N}\s'’.,:;!?()-]/u;

/** What a word of a query may not mean as typed, said in the footer (or on stderr for --search). */
function noteOf(raw: string, ws: readonly string[]): string | null {
	const odd = ODD_FIELD.exec(raw);
	if (odd) return `${odd[1]}: is not a field (they are ${KNOWN_FIELDS}); searched as words`;
	if (SYMBOLS.test(raw)) return `${raw} is searched as "${ws.join(' ')}": only letters and digits count`;
	return null;
}

/** Reads a query; what cannot be read (an unclosed quote, upvotes:>x) is a problem, in words, never a throw. */
export function parseQuery(text: string): Parsed {
	const terms: Term[] = [];
	const notes: string[] = [];
	let i = 0;
	while (i < text.length) {
		while (i < text.length && /\s/.test(text[i]!)) i++;
		if (i >= text.length) break;
		let negate = false;
		if (text[i] === '-' && i + 1 < text.length && !/\s/.test(text[i + 1]!)) {
			negate = true;
			i++;
		}
		let field: Field | Counted | null = null;
		const prefix = FIELD_PREFIX.exec(text.slice(i));
		if (prefix) {
			field = prefix[1]!.toLowerCase() as Field | Counted;
			i += prefix[0].length;
		}
		let raw: string;
		let phrase = false;
		if (text[i] === '"') {
			const end = text.indexOf('"', i + 1);
			if (end === -1) return {ok: false, problem: 'a quote is not closed: add the closing "'};
			raw = text.slice(i + 1, end);
			phrase = true;
			i = end + 1;
		} else {
			const start = i;
			while (i < text.length && !/\s/.test(text[i]!)) i++;
			raw = text.slice(start, i);
		}
		if (isCounted(field)) {
			const term = countTerm(field, raw, negate);
			if (typeof term === 'string') return {ok: false, problem: term};
			terms.push(term);
			continue;
		}
		if (raw === 'OR' && !phrase && !field) {
			notes.push('no OR: two searches, or a watch rule');
			continue;
		}
		const ws = words(raw);
		const note = phrase || field ? null : noteOf(raw, ws);
		if (note && !notes.includes(note)) notes.push(note);
		if (ws.length === 0) {
			if (field) return {ok: false, problem: `${field}: wants a word after it, as in ${field}:agent`};
			continue;
		}
		// A field's value with inner punctuation (id:2608.19880, author:de-la-cruz) reads as a phrase of its words.
		terms.push({kind: 'text', negate, field: field as Field | null, words: ws, phrase: phrase || ws.length > 1});
	}
	return {ok: true, query: {terms, text, ...(notes.length > 0 ? {notes} : {})}};
}

/** Whether a longer query can only narrow a shorter one's results (typing on), so the search may start from them. */
export function narrows(longer: Query, shorter: Query): boolean {
	if (shorter.terms.length === 0) return false;
	if (!longer.text.startsWith(shorter.text) || shorter.terms.some((t) => t.negate || t.kind !== 'text')) return false;
	// The words typed so far must be a prefix of the words now: "rein" → "reinf" narrows, "rein" → "rein -x" does too.
	const last = shorter.terms.length - 1;
	return shorter.terms.every((t, i) => {
		const now = longer.terms[i];
		if (!now || now.kind !== 'text' || t.kind !== 'text' || now.field !== t.field || now.negate || now.phrase !== t.phrase) return false;
		// Quoted words are whole: only a word's start can grow into a narrower match.
		if (i < last || t.phrase) return now.words.join(' ') === t.words.join(' ');
		return now.words.join(' ').startsWith(t.words.join(' '));
	});
}
