import {Box, Text} from 'ink';
import {longDate} from '../../digest/dates.js';
import {paperKey} from '../../digest/paper.js';
import {readKeys, savedKeys, type ListEntry} from '../../lists/model.js';

const NO_ENTRIES: readonly ListEntry[] = [];
const NO_KEYS: ReadonlySet<string> = new Set();
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
		const why = state.query
			? `No paper matches "${sanitizeLine(state.query)}". Esc clears the search.`
			: state.scope.kind === 'list'
				? 'This list is empty. Esc goes back.'
				: 'No papers to show.';
		return (
			<Box width={width} height={height}>
				<Text wrap="truncate-end">{why}</Text>
			</Box>
		);
	}
	const saved = savedKeys(state.lists);
	const read = state.scope.kind === 'list' ? readKeys(state.lists[state.scope.name] ?? NO_ENTRIES) : NO_KEYS;
	const votesWidth = 7;
	const marksWidth = 4;
	const titleWidth = Math.max(1, width - votesWidth - marksWidth - 1);
	const rows = visibleRows(state.view, state.top, height);
	const marks = rows.map((row) => {
		if (row.kind === 'header') return null;
		const key = paperKey(row.paper);
		return {current: row.index === state.cursor, picked: state.picks.has(key), saved: saved.has(key), read: read.has(key)};
	});
	// Three columns: marks, titles, upvotes. A title is then most often plain ASCII, which Ink measures quickly;
	// the symbols sit in short strings of their own.
	return (
		<Box width={width} height={height}>
			<Box flexDirection="column" width={marksWidth}>
				{rows.map((row, i) => {
					const m = marks[i];
					if (!m)
						return (
							<Text key={`h${i}`} bold color="cyan">
								{'─── '}
							</Text>
						);
					return (
						<Text key={`m${i}`} inverse={m.current} color={m.picked ? 'green' : undefined}>
							{`${m.current ? '›' : ' '}${m.picked ? '●' : ' '}${m.saved ? '★' : ' '}${m.read ? '✓' : ' '}`}
						</Text>
					);
				})}
			</Box>
			<Box flexDirection="column" width={titleWidth + 1}>
				{rows.map((row, i) => {
					if (row.kind === 'header') {
						// No rule filling the line: every non-ASCII character sends Ink's width measuring down its slow path.
						return (
							<Text key={`h${i}`} bold color="cyan" wrap="truncate-end">
								{headerLabel(row.group)}
							</Text>
						);
					}
					const m = marks[i]!;
					return (
						<Text key={`t${i}`} inverse={m.current} dimColor={m.read && !m.current} wrap="truncate-end">
							{fitWidth(sanitizeLine(row.paper.title), titleWidth)}
						</Text>
					);
				})}
			</Box>
			<Box flexDirection="column" width={votesWidth}>
				{rows.map((row, i) =>
					row.kind === 'header' ? (
						<Text key={`h${i}`}> </Text>
					) : (
						<Text key={`v${i}`} color="yellow" inverse={marks[i]!.current}>
							{`▲ ${row.paper.upvotes}`.padStart(votesWidth)}
						</Text>
					),
				)}
			</Box>
		</Box>
	);
}
