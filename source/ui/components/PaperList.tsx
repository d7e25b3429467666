import {Box, Text} from 'ink';
import {longDate} from '../../digest/dates.js';
import {paperKey} from '../../digest/paper.js';
import {savedKeys} from '../../lists/model.js';
import {sanitizeLine} from '../../output/sanitize.js';
import {visibleRows, type Group, type State} from '../state.js';

function DateHeader({group, width}: {group: Group; width: number}) {
	const label = `${group.date ? longDate(group.date) : 'Undated'} · ${group.count} ${group.count === 1 ? 'paper' : 'papers'}`;
	return (
		<Box width={width} height={1}>
			<Text bold color="cyan" wrap="truncate-end">
				{`── ${label} ${'─'.repeat(Math.max(0, width - label.length - 4))}`}
			</Text>
		</Box>
	);
}

type RowProps = {title: string; upvotes: number; width: number; current: boolean; picked: boolean; saved: boolean; read: boolean};

/** `› ● ★ Title…   ▲ 163`: marks are symbols, so they read without colour too. */
function PaperRow({title, upvotes, width, current, picked, saved, read}: RowProps) {
	const marks = `${current ? '›' : ' '}${picked ? '●' : ' '}${saved ? '★' : ' '}${read ? '✓' : ' '}`;
	const votes = `▲ ${upvotes}`.padStart(7);
	return (
		<Box width={width} height={1}>
			<Box flexGrow={1} flexShrink={1}>
				<Text inverse={current} dimColor={read && !current} wrap="truncate-end">
					<Text color={picked ? 'green' : undefined}>{marks}</Text>
					{title}
				</Text>
			</Box>
			<Box flexShrink={0}>
				<Text color="yellow" inverse={current}>
					{votes}
				</Text>
			</Box>
		</Box>
	);
}

/** Only the rows in the window are drawn, however long the list. */
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
	return (
		<Box flexDirection="column" width={width} height={height}>
			{visibleRows(state.view, state.top, height).map((row) => {
				if (row.kind === 'header') return <DateHeader key={`h${row.group.start}`} group={row.group} width={width} />;
				const key = paperKey(row.paper);
				return (
					<PaperRow
						key={`p${row.index}`}
						title={sanitizeLine(row.paper.title)}
						upvotes={row.paper.upvotes}
						width={width}
						current={row.index === state.cursor}
						picked={state.picks.has(key)}
						saved={saved.has(key)}
						read={readKeys.has(key)}
					/>
				);
			})}
		</Box>
	);
}
