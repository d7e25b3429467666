import {fitMessage} from '../../output/paths.js';
import type {Paper} from '../../digest/paper.js';
import {sanitizeLine} from '../../output/sanitize.js';
import {displayWidth, fitWidth} from '../../output/width.js';
import {layout} from '../core/geometry.js';
import {type AbstractLine} from '../core/pane-lines.js';
import {fitLine, markedSpans, span, type Line, type Span, type Style} from '../frame/lines.js';
import {currentPaper, paneWithNote} from '../core/navigate.js';
import {headerParts} from './header.js';
import {emptyListText, listRows, type ListRows, type RowMarks} from './rows.js';
import {filterNote, footerHints, linkChoices} from './footer.js';
import {paneMarksOf} from './marks.js';
import type {State} from '../core/model.js';
import {MARKS, type Theme} from '../frame/theme.js';
import {keyOf} from '../core/seen.js';

/*
 * The list of papers and the detail pane, as lines (lines.ts): what Ink draws for them once it is up, and what the
 * plain first frame draws before it is.
 */

const dim = (theme: Theme): Style => (theme.dim ? {dim: true} : {});
const colour = (color: string | undefined): Style => (color ? {color} : {});

/** `12c </>`: the comment count, and a mark for papers with code. */
function signals(paper: Paper): string {
	return `${paper.comments ? `${paper.comments}c` : ''}${paper.githubRepo ? ' </>' : '    '}`;
}

/**
 * One paper's row: `›•●★✓ Title…   12c </>  ▲ 163`. Marks are symbols, so they read without colour too; the current
 * row is in reverse video from edge to edge.
 */
function paperRow(list: ListRows, paper: Paper, m: RowMarks, width: number, theme: Theme): Span[] {
	const marksWidth = list.trackSeen ? 6 : 5;
	// Wide enough, each row also says how many comments a paper has, and whether it has code.
	const signalsWidth = width >= 90 ? 8 : 0;
	const titleWidth = Math.max(1, width - list.votesWidth - marksWidth - signalsWidth);
	const bar: Style = m.current ? {inverse: true} : {};
	const fresh = list.trackSeen ? (m.unseen ? MARKS.unseen : ' ') : '';
	const marks = `${m.current ? MARKS.current : ' '}${fresh}${m.picked ? MARKS.picked : ' '}${m.saved ? MARKS.saved : ' '}${m.read ? MARKS.read : m.watched ? MARKS.watched : m.away ? MARKS.away : ' '} `;
	// "More like this": the words the paper shares (the pane says them too), or the user's tags, in the room the title
	// leaves: the title comes first, whole where it fits.
	const title = list.flat ? `${paper.date ?? 'undated   '}  ${sanitizeLine(paper.title)}` : sanitizeLine(paper.title);
	const tags = list.tags[keyOf(paper)];
	const reason = list.reasons?.get(paper) ?? (tags?.length ? tags.map((t) => `#${t}`).join(' ') : undefined);
	const reasonText = reason ? ` · ${sanitizeLine(reason)}` : '';
	const left = titleWidth - displayWidth(title) - 1;
	const reasonWidth = reason && left >= 8 ? Math.min(displayWidth(reasonText), left) : 0;
	const titleStyle: Style = {...bar, ...(m.read && !m.current ? dim(theme) : {})};
	const out: Span[] = [span(marks, {...bar, ...(m.picked ? colour(theme.picked) : {})})];
	const room = titleWidth - reasonWidth;
	out.push(...fitLine(markedSpans(fitWidth(title, room - 1), list.highlight, titleStyle, theme), room, bar));
	if (reasonWidth > 0) out.push(span(fitWidth(reasonText, reasonWidth).padEnd(reasonWidth), {...bar, ...dim(theme)}));
	if (signalsWidth > 0)
		out.push(span(`${fitWidth(signals(paper), signalsWidth - 1).padStart(signalsWidth - 1)} `, {...bar, ...dim(theme)}));
	out.push(span(`${MARKS.votes} ${paper.upvotes}`.padStart(list.votesWidth), {...bar, ...colour(theme.highlight)}));
	return out;
}

/** The list window's lines, each exactly `width` columns. */
export function listLines(list: ListRows, empty: string, width: number, height: number, theme: Theme): Line[] {
	const out: Line[] = [];
	if (list.rows.length === 0) out.push(fitLine([span(empty)], width));
	const heading: Style = {bold: true, ...colour(theme.accent)};
	list.rows.forEach((row, i) => {
		if (row.kind === 'header') {
			const rule = `${MARKS.rule.repeat((list.trackSeen ? 6 : 5) - 1)} `;
			out.push(fitLine([span(rule, heading), span(list.headers.get(row.group.start) ?? '', heading)], width));
		} else out.push(paperRow(list, row.paper, list.marks[i]!, width, theme));
	});
	while (out.length < height) out.push([span(' '.repeat(width))]);
	return out;
}

/** The detail pane's lines: the paper scrolled by J/K, the first line saying where, the last how much more. */
export function paneWindow(
	lines: readonly AbstractLine[],
	scroll: number,
	width: number,
	height: number,
	marks: ReturnType<typeof paneMarksOf>,
	theme: Theme,
): Line[] {
	const shown: AbstractLine[] = lines.slice(scroll, scroll + height);
	const more = lines.length - scroll - height;
	// Scrolled down, the first line says where you are, and whose abstract it is.
	if (scroll > 0 && shown.length > 1) {
		const title = lines
			.filter((l) => l.kind === 'title')
			.map((l) => l.text)
			.join(' ');
		shown[0] = {text: `↑ ${scroll + 1}–${Math.min(lines.length, scroll + height)} of ${lines.length} · ${title}`, kind: 'more'};
	}
	const out: Line[] = shown.map((line, i) => {
		const last = i === shown.length - 1 && more > 0;
		const style: Style = {
			...(line.kind === 'title' || line.kind === 'label' ? {bold: true} : {}),
			...colour(line.kind === 'meta' ? theme.meta : line.kind === 'url' ? theme.link : line.kind === 'label' ? theme.accent : undefined),
			...(last || line.kind === 'more' ? dim(theme) : {}),
			...(line.href && theme.hyperlinks ? {link: line.href} : {}),
		};
		if (last) return fitLine([span(`… ${more + 1} more lines (J/K scroll)`, style)], width);
		const spans =
			line.kind === 'title' || line.kind === 'authors' || line.kind === 'body'
				? markedSpans(line.text, marks[line.kind], style, theme)
				: [span(line.text, style)];
		return fitLine(spans, width);
	});
	while (out.length < height) out.push([span(' '.repeat(width))]);
	return out;
}

/** The body between header and footer: the list beside the pane (wide terminals) or above it. */
export function bodyLines(state: State, theme: Theme, spark: boolean): Line[] {
	const {columns} = state.viewport;
	const shape = layout(state.viewport);
	const listWidth = shape.sideBySide ? shape.listWidth : columns - 1;
	const list = listLines(listRows(state, shape.listHeight, spark), emptyListText(state), listWidth, shape.listHeight, theme);
	const paper = currentPaper(state);
	const paneContent = paper ? paneWithNote(state, paper, shape.abstractWidth) : [];
	const pane = paneWindow(paneContent, state.abstractScroll, shape.abstractWidth, shape.abstractHeight, paneMarksOf(state), theme);
	if (shape.sideBySide) {
		const border = span('│', dim(theme));
		return list.map((row, i) => [...row, border, span(' '), ...(pane[i] ?? [])]);
	}
	return [...list, [span(MARKS.rule.repeat(columns - 1), dim(theme))], ...pane.map((row) => [span(' '), ...row])];
}

export function headerLine(state: State, theme: Theme): Line {
	const name = span('papers', {bold: true, ...colour(theme.accent)});
	return fitLine([name, span(` · ${headerParts(state).join(' · ')}`)], state.viewport.columns - 1);
}

/** The footer when no box is open: a message, or the kept filter and the keys that work here. */
export function footerLine(state: State, theme: Theme): Line {
	const width = state.viewport.columns - 1;
	const message = linkChoices(state) ?? (state.mode === 'confirm' ? state.box.confirm?.question : null) ?? state.message;
	if (message) return fitLine([span(fitMessage(message, width), colour(theme.highlight))], width);
	const filter = filterNote(state);
	const lead = filter ? `${filter}  ` : '';
	const hints = footerHints(state, width - displayWidth(lead));
	return fitLine([...(filter ? [span(lead, colour(theme.highlight))] : []), span(hints, dim(theme))], width);
}

/** The whole main screen: header, body, footer; as many lines as the frame is high. */
export function browseFrame(state: State, theme: Theme, spark: boolean): Line[] {
	return [headerLine(state, theme), ...bodyLines(state, theme, spark), footerLine(state, theme)];
}
