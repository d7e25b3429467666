import {marked, type Token, type Tokens} from 'marked';
import {guardMath, markdownPieces} from './pieces.js';
import {sanitizeLine} from '../output/sanitize.js';
import {displayWidth, fitWidth} from '../output/width.js';
import {linkBehind, wrapText} from '../output/wrap.js';
import {cleanLink} from '../digest/checked-paper.js';

/*
 * A paper's markdown (as Hugging Face serves it) as terminal lines: marked reads it, this lays it out at a width.
 * Math is kept as its TeX source (it is set aside before marked can read `_` in `$a_i$` as emphasis), links become
 * their text and a number with the addresses listed at the end, images `[figure: alt]`, code and tables are never
 * wrapped (cut with a marker when too wide). Every piece of text is sanitised: the paper cannot reach the terminal.
 */

export type LineKind = 'heading' | 'text' | 'code' | 'quote' | 'table' | 'rule' | 'math' | 'ref' | 'blank';
export type ReaderLine = {
	text: string;
	kind: LineKind;
	/** For headings: 1 to 6. */
	level?: number;
	/** A reference's whole address (http or https, checked), when the line shows it: a real link where terminals have them. */
	href?: string;
};

type Context = {width: number; refs: string[]; math: string[]};

/** Inline tokens as plain text: emphasis kept as its words, links as `text [n]`, images as `[figure: alt]`. */
function inline(tokens: readonly Token[] | undefined, ctx: Context): string {
	let out = '';
	for (const t of tokens ?? []) {
		switch (t.type) {
			case 'link': {
				const link = t as Tokens.Link;
				const text = inline(link.tokens, ctx);
				// A bare address is its own text: shown as it is, with no reference to look up.
				if (text === link.href || `mailto:${text}` === link.href) out += text;
				else out += `${text} [${ctx.refs.push(link.href)}]`;
				break;
			}
			case 'image':
				out += `[figure: ${(t as Tokens.Image).text || 'no description'}]`;
				break;
			case 'codespan':
				out += `\`${(t as Tokens.Codespan).text}\``;
				break;
			case 'br':
				out += '\n';
				break;
			case 'strong':
			case 'em':
			case 'del':
				out += inline((t as Tokens.Strong).tokens, ctx);
				break;
			default:
				// A line break inside a paragraph is a space; only a hard break (two spaces, a backslash) breaks.
				out += 'tokens' in t && Array.isArray(t.tokens) ? inline(t.tokens, ctx) : decode(t.raw ?? '').replace(/\n/g, ' ');
		}
	}
	return restoreMath(out, ctx);
}

const decode = (text: string) =>
	text
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");
const restoreMath = (text: string, ctx: Context) => text.replace(/\u0000M(\d+)\u0000/g, (_, i: string) => ctx.math[Number(i)] ?? '');
const clean = (text: string) => sanitizeLine(text);

/** A line's link, when it shows one: only an http(s) address, checked, is ever kept as one. */
function linkOf(url: string | null): {href?: string} {
	const href = url === null ? null : cleanLink(url);
	return href ? {href} : {};
}

function paragraph(text: string, ctx: Context, kind: LineKind, indent = '', first = indent, href: string | null = null): ReaderLine[] {
	const lines: ReaderLine[] = [];
	for (const part of text.split('\n')) {
		// An address is never broken inside: on a line of its own, cut with … only when wider than the screen.
		const wrapped = wrapText(clean(part), Math.max(10, ctx.width - displayWidth(indent)), {urls: 'cut'});
		wrapped.forEach((line, i) =>
			lines.push({
				text: `${lines.length === 0 && i === 0 ? first : indent}${line}`,
				kind,
				...linkOf(href && /https?:\/\//.test(line) ? href : linkBehind(line, part)),
			}),
		);
	}
	return lines;
}

/** Code and tables are never wrapped: a line too wide is cut, and the cut marked. */
const verbatim = (text: string, width: number, kind: LineKind): ReaderLine => ({
	text: displayWidth(text) > width ? fitWidth(text, width) : text,
	kind,
});

function table(token: Tokens.Table, ctx: Context): ReaderLine[] {
	const cells = [
		token.header.map((c) => clean(inline(c.tokens, ctx))),
		...token.rows.map((r) => r.map((c) => clean(inline(c.tokens, ctx)))),
	];
	const columns = cells[0]!.length;
	const widths = Array.from({length: columns}, (_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
	// Fit the columns to the width when they can share it; the widest gives way first.
	const room = ctx.width - 3 * (columns - 1);
	while (widths.reduce((a, b) => a + b, 0) > room && Math.max(...widths) > 6) widths[widths.indexOf(Math.max(...widths))]! -= 1;
	const row = (r: string[]) =>
		r.map((c, i) => fitWidth(c, widths[i]!) + ' '.repeat(Math.max(0, widths[i]! - displayWidth(fitWidth(c, widths[i]!))))).join(' │ ');
	return [
		verbatim(row(cells[0]!), ctx.width, 'table'),
		verbatim(widths.map((w) => '─'.repeat(w)).join('─┼─'), ctx.width, 'table'),
		...cells.slice(1).map((r) => verbatim(row(r), ctx.width, 'table')),
	];
}

function block(token: Token, ctx: Context): ReaderLine[] {
	switch (token.type) {
		case 'heading': {
			const h = token as Tokens.Heading;
			return [{text: clean(inline(h.tokens, ctx)), kind: 'heading', level: h.depth}];
		}
		case 'paragraph': {
			const text = inline((token as Tokens.Paragraph).tokens, ctx);
			// A paragraph that is one display formula stays as its TeX, line for line.
			const only = /^\u0000M(\d+)\u0000$/.exec((token as Tokens.Paragraph).text.trim());
			const display = only && /^(\$\$|\\\[)/.test(ctx.math[Number(only[1])] ?? '');
			return display ? text.split('\n').map((l) => verbatim(clean(l), ctx.width, 'math')) : paragraph(text, ctx, 'text');
		}
		case 'code':
			return restoreMath((token as Tokens.Code).text, ctx)
				.split('\n')
				.map((l) => verbatim(clean(l), ctx.width, 'code'));
		case 'blockquote':
			return blocks((token as Tokens.Blockquote).tokens, ctx).map((l) => ({...l, text: `│ ${l.text}`, kind: 'quote'}));
		case 'list': {
			const list = token as Tokens.List;
			return list.items.flatMap((item, i) => {
				const bullet = list.ordered ? `${Number(list.start || 1) + i}. ` : '• ';
				const inner = blocks(item.tokens, {...ctx, width: Math.max(10, ctx.width - bullet.length)});
				return inner.map((l, j) => ({...l, text: `${j === 0 ? bullet : ' '.repeat(bullet.length)}${l.text}`}));
			});
		}
		case 'table':
			return table(token as Tokens.Table, ctx);
		case 'hr':
			return [{text: '─'.repeat(Math.max(1, Math.min(ctx.width, 40))), kind: 'rule'}];
		case 'space':
			return [];
		case 'text':
			return paragraph('tokens' in token && token.tokens ? inline(token.tokens, ctx) : restoreMath(decode(token.raw), ctx), ctx, 'text');
		case 'html':
			return paragraph(decode(token.raw.replace(/<[^<>]{0,1000}>/g, '')), ctx, 'text').filter((l) => l.text.trim() !== '');
		default:
			return paragraph(restoreMath(decode(token.raw ?? ''), ctx), ctx, 'text');
	}
}

function blocks(tokens: readonly Token[], ctx: Context): ReaderLine[] {
	const out: ReaderLine[] = [];
	for (const token of tokens) {
		const lines = block(token, ctx);
		if (lines.length === 0) continue;
		if (out.length > 0) out.push({text: '', kind: 'blank'});
		out.push(...lines);
	}
	return out;
}

function renderPiece(piece: string, ctx: Context, out: ReaderLine[]): void {
	// Math is taken out before marked reads the text, and put back as it was.
	const guarded = guardMath(piece, ctx.math);
	const lines = blocks(marked.lexer(guarded), ctx);
	if (lines.length === 0) return;
	if (out.length > 0) out.push({text: '', kind: 'blank'});
	for (const line of lines) out.push(line);
}

function references(ctx: Context, out: ReaderLine[]): ReaderLine[] {
	if (ctx.refs.length > 0) {
		out.push({text: '', kind: 'blank'}, {text: 'References', kind: 'heading', level: 2});
		ctx.refs.forEach((href, i) => out.push(...paragraph(`[${i + 1}] ${href}`, ctx, 'ref', '    ', '', cleanLink(href))));
	}
	return out;
}

/** The whole paper as lines at a width; the link addresses last, numbered as the text numbers them. */
export function renderMarkdown(markdown: string, width: number): ReaderLine[] {
	const ctx: Context = {width: Math.max(20, width), refs: [], math: []};
	const out: ReaderLine[] = [];
	for (const piece of markdownPieces(markdown)) renderPiece(piece, ctx, out);
	return references(ctx, out);
}

/** renderMarkdown a piece at a time, yielding between pieces: the browser answers keys (Esc) while a long text renders. */
export async function renderMarkdownSliced(
	markdown: string,
	width: number,
	yieldNow: () => Promise<void>,
	signal?: AbortSignal,
): Promise<ReaderLine[] | null> {
	const ctx: Context = {width: Math.max(20, width), refs: [], math: []};
	const out: ReaderLine[] = [];
	for (const piece of markdownPieces(markdown)) {
		renderPiece(piece, ctx, out);
		await yieldNow();
		if (signal?.aborted) return null;
	}
	return references(ctx, out);
}
