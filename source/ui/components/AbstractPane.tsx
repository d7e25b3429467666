import {Box, Text} from 'ink';
import type {AbstractLine} from '../layout.js';
import {useTheme} from '../theme.js';
import {Marked} from './Marked.js';

export type PaneMarks = {title: string[]; meta: string[]; body: string[]};

/** The current paper: title, date, byline, upvotes, URL, then the abstract, scrolled by J/K. */
export function AbstractPane({
	lines,
	scroll,
	width,
	height,
	marks,
}: {
	lines: readonly AbstractLine[];
	scroll: number;
	width: number;
	height: number;
	/** Words a search matched: in the title, the byline, the abstract. */
	marks: PaneMarks;
}) {
	const theme = useTheme();
	const shown = lines.slice(scroll, scroll + height);
	const more = lines.length - scroll - height;
	return (
		<Box flexDirection="column" width={width} height={height}>
			{shown.map((line, i) => {
				const last = i === shown.length - 1 && more > 0;
				return (
					<Text
						key={i}
						wrap="truncate-end"
						bold={line.kind === 'title'}
						color={line.kind === 'meta' ? theme.meta : line.kind === 'url' ? theme.link : undefined}
						dimColor={last && theme.dim}
					>
						{last ? (
							`… ${more + 1} more lines (J/K scroll)`
						) : line.kind === 'title' || line.kind === 'meta' || line.kind === 'body' ? (
							<Marked text={line.text || ' '} marks={marks[line.kind]} />
						) : (
							line.text || ' '
						)}
					</Text>
				);
			})}
		</Box>
	);
}
