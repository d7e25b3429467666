import {Box, Text} from 'ink';
import type {AbstractLine} from '../layout.js';
import {useTheme} from '../theme.js';
import {Marked} from './Marked.js';

export type PaneMarks = {title: string[]; authors: string[]; body: string[]};

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
	return (
		<Box flexDirection="column" width={width} height={height}>
			{shown.map((line, i) => {
				const last = i === shown.length - 1 && more > 0;
				return (
					<Text
						key={i}
						wrap="truncate-end"
						bold={line.kind === 'title' || line.kind === 'label'}
						color={line.kind === 'meta' ? theme.meta : line.kind === 'url' ? theme.link : line.kind === 'label' ? theme.accent : undefined}
						dimColor={(last || line.kind === 'more') && theme.dim}
					>
						{last ? (
							`… ${more + 1} more lines (J/K scroll)`
						) : line.kind === 'title' || line.kind === 'authors' || line.kind === 'body' ? (
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
