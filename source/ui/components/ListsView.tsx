import {Box, Text} from 'ink';
import {summarize} from '../../lists/model.js';
import {sanitizeLine} from '../../output/sanitize.js';
import type {State} from '../state.js';

/** Reading lists with their counts; Enter opens one. */
export function ListsView({state, width, height}: {state: State; width: number; height: number}) {
	const lists = summarize(state.lists);
	if (lists.length === 0) {
		return (
			<Box height={height} width={width}>
				<Text wrap="truncate-end">No reading lists yet. In the list of papers, b saves one to &quot;later&quot;.</Text>
			</Box>
		);
	}
	const top = Math.max(0, state.listsCursor - height + 2);
	return (
		<Box flexDirection="column" height={height} width={width}>
			<Text bold color="cyan">
				Reading lists
			</Text>
			{lists.slice(top, top + height - 1).map((list, i) => {
				const current = top + i === state.listsCursor;
				return (
					<Text key={list.name} inverse={current} wrap="truncate-end">
						{`${current ? '›' : ' '} ${sanitizeLine(list.name).padEnd(20)} ${String(list.count).padStart(4)} ${list.count === 1 ? 'paper ' : 'papers'} · ${list.unread} unread`}
					</Text>
				);
			})}
		</Box>
	);
}
