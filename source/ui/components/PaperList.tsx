import {Box, Text} from 'ink';
import {longDate} from '../../digest/dates.js';
import {paperKey} from '../../digest/paper.js';
import {savedKeys} from '../../lists/model.js';
import {sanitizeLine} from '../../output/sanitize.js';
import {fitWidth} from '../fit.js';
import {visibleRows, type Group, type State} from '../state.js';

function headerLabel(group: Group): string {
	return `${group.date ? longDate(group.date) : 'Undated'} · ${group.count} ${group.count === 1 ? 'paper' : 'papers'}`;
}

/**
 * Rows are `› ● ★ Title…   ▲ 163`: marks are symbols, so they read without colour too. The list is two columns
 * (marks and titles; upvotes) of one Text per row: Ink's cost per frame grows with the characters and nodes it
 * lays out, so no per-row boxes and no padding spaces.
 */
export function PaperList({state, width, height}: {state: State; width: number; height: number}) {
	if (state.view.papers.length === 0) {
		const why = state.query ? `No paper matches "${sanitizeLine(state.query)}". Esc clears the search.` : state.scope.kind === 'list' ? 'This list is empty. Esc goes back.' : 'No papers to show.';
		return (
			<Box width={width} height={height}>
				<Text wrap="truncate-end">{why}</Text>
			</Box>
		);
	}
	const saved = savedKeys(state.lists);
	const entries = state.scope.kind === 'list' ? (state.lists[state.scope.name] ?? []) : [];
	const readKeys = new Set(entries.filter((e) => e.read).map((e) => paperKey(e.paper)));
	const votesWidth = 7;
	const titleWidth = Math.max(1, width - votesWidth - 1);
	const rows = visibleRows(state.view, state.top, height);
	return (
		<Box width={width} height={height}>
			<Box flexDirection="column" width={titleWidth + 1}>
				{rows.map((row) => {
					if (row.kind === 'header') {
						const label = headerLabel(row.group);
						return (
							<Text key={`h${row.group.start}`} bold color="cyan" wrap="truncate-end">
								{`── ${label} ${'─'.repeat(Math.max(0, width - label.length - 4))}`}
							</Text>
						);
					}
					const key = paperKey(row.paper);
					const current = row.index === state.cursor;
					const picked = state.picks.has(key);
					const read = readKeys.has(key);
					const marks = `${current ? '›' : ' '}${picked ? '●' : ' '}${saved.has(key) ? '★' : ' '}${read ? '✓' : ' '}`;
					return (
						<Text key={`p${row.index}`} inverse={current} dimColor={read && !current} wrap="truncate-end">
							<Text color={picked ? 'green' : undefined}>{marks}</Text>
							{fitWidth(sanitizeLine(row.paper.title), titleWidth - marks.length)}
						</Text>
					);
				})}
			</Box>
			<Box flexDirection="column" width={votesWidth}>
				{rows.map((row) =>
					row.kind === 'header' ? (
						<Text key={`h${row.group.start}`} bold color="cyan">
							{'─'.repeat(votesWidth)}
						</Text>
					) : (
						<Text key={`p${row.index}`} color="yellow" inverse={row.index === state.cursor}>
							{`▲ ${row.paper.upvotes}`.padStart(votesWidth)}
						</Text>
					),
				)}
			</Box>
		</Box>
	);
}
