import {Box, Text} from 'ink';
import {abstractLines} from '../layout.js';
import {currentPaper, type State} from '../state.js';

/** The current paper: title, date, byline, upvotes, URL, then the abstract, scrolled by J/K. */
export function AbstractPane({state, width, height}: {state: State; width: number; height: number}) {
	const paper = currentPaper(state);
	const lines = paper ? abstractLines(paper, width) : [];
	const shown = lines.slice(state.abstractScroll, state.abstractScroll + height);
	const more = lines.length - state.abstractScroll - height;
	return (
		<Box flexDirection="column" width={width} height={height}>
			{shown.map((line, i) => {
				const last = i === shown.length - 1 && more > 0;
				return (
					<Text
						key={i}
						wrap="truncate-end"
						bold={line.kind === 'title'}
						color={line.kind === 'meta' ? 'yellow' : line.kind === 'url' ? 'blue' : undefined}
						dimColor={last}
					>
						{last ? `… ${more + 1} more lines (J/K scroll)` : line.text || ' '}
					</Text>
				);
			})}
		</Box>
	);
}
