import {Box, Text} from 'ink';
import {sanitizeLine} from '../../output/sanitize.js';
import {fitWidth} from '../../output/width.js';
import type {Paper} from '../../digest/paper.js';
import type {ListRows} from '../screen.js';
import {Marked} from './Marked.js';
import {MARKS, useTheme} from '../theme.js';

/** `12c </>`: the comment count, and a mark for papers with code. */
function signals(paper: Paper): string {
	return `${paper.comments ? `${paper.comments}c` : ''}${paper.githubRepo ? ' </>' : '    '}`;
}

/**
 * Rows are `›●★✓ Title…   ▲ 163`: marks are symbols, so they read without colour too. The list is three columns
 * (marks, titles, upvotes) of one Text per row: Ink's cost per frame grows with the characters and nodes it lays out,
 * so no per-row boxes, and a title is then most often plain ASCII, which Ink measures quickly.
 */
export function PaperList({list, empty, width, height}: {list: ListRows; empty: string; width: number; height: number}) {
	const theme = useTheme();
	const {rows, marks} = list;
	if (rows.length === 0) {
		return (
			<Box width={width} height={height}>
				<Text wrap="truncate-end">{empty}</Text>
			</Box>
		);
	}
	const marksWidth = list.trackSeen ? 6 : 5;
	// Wide enough, each row also says how many comments a paper has, and whether it has code.
	const signalsWidth = width >= 90 ? 8 : 0;
	const titleWidth = Math.max(1, width - list.votesWidth - marksWidth - signalsWidth - 1);
	return (
		<Box width={width} height={height}>
			<Box flexDirection="column" width={marksWidth}>
				{rows.map((row, i) => {
					const m = marks[i];
					if (!m)
						return (
							<Text key={`h${i}`} bold color={theme.accent}>
								{`${MARKS.rule.repeat(marksWidth - 1)} `}
							</Text>
						);
					const fresh = list.trackSeen ? (m.unseen ? MARKS.unseen : ' ') : '';
					const text = `${m.current ? MARKS.current : ' '}${fresh}${m.picked ? MARKS.picked : ' '}${m.saved ? MARKS.saved : ' '}${m.read ? MARKS.read : ' '} `;
					return (
						<Text key={`m${i}`} inverse={m.current} color={m.picked ? theme.picked : undefined}>
							{text}
						</Text>
					);
				})}
			</Box>
			<Box flexDirection="column" width={titleWidth + 1}>
				{rows.map((row, i) => {
					if (row.kind === 'header') {
						// No rule filling the line: every non-ASCII character sends Ink's width measuring down its slow path.
						return (
							<Text key={`h${i}`} bold color={theme.accent} wrap="truncate-end">
								{list.headers.get(row.group.start) ?? ''}
							</Text>
						);
					}
					const m = marks[i]!;
					const title = list.flat ? `${row.paper.date ?? 'undated   '}  ${sanitizeLine(row.paper.title)}` : sanitizeLine(row.paper.title);
					return (
						<Text key={`t${i}`} inverse={m.current} dimColor={m.read && !m.current && theme.dim} wrap="truncate-end">
							<Marked text={fitWidth(title, titleWidth)} marks={list.highlight} />
						</Text>
					);
				})}
			</Box>
			{signalsWidth > 0 ? (
				<Box flexDirection="column" width={signalsWidth}>
					{rows.map((row, i) => (
						<Text key={`s${i}`} dimColor={theme.dim}>
							{row.kind === 'header' ? ' ' : signals(row.paper).padStart(signalsWidth - 1)}
						</Text>
					))}
				</Box>
			) : null}
			<Box flexDirection="column" width={list.votesWidth}>
				{rows.map((row, i) =>
					row.kind === 'header' ? (
						<Text key={`h${i}`}> </Text>
					) : (
						<Text key={`v${i}`} color={theme.highlight} inverse={marks[i]!.current}>
							{`${MARKS.votes} ${row.paper.upvotes}`.padStart(list.votesWidth)}
						</Text>
					),
				)}
			</Box>
		</Box>
	);
}
