import {Box, Text} from 'ink';
import {sanitizeLine} from '../../output/sanitize.js';
import {dayInView, sortLabel, type State} from '../state.js';

/** Where the papers come from, the day in view, the counts, the sort. */
export function Header({state}: {state: State}) {
	const scope = state.scope.kind === 'list' ? `list "${sanitizeLine(state.scope.name)}"` : sanitizeLine(state.origin);
	const shown = state.view.papers.length;
	const counts = state.query ? `${shown} match "${sanitizeLine(state.query)}"` : `${shown} papers`;
	const parts = [scope, dayInView(state), counts, `sort: ${sortLabel(state.sort)}`];
	if (state.picks.size > 0) parts.push(`${state.picks.size} picked`);
	return (
		<Box height={1}>
			<Text wrap="truncate-end">
				<Text bold color="cyan">
					papers
				</Text>
				<Text> · {parts.join(' · ')}</Text>
			</Text>
		</Box>
	);
}
