import {Box, Text} from 'ink';
import type {ListSummary} from '../../lists/model.js';
import {sanitizeLine} from '../../output/sanitize.js';
import {displayWidth, fitWidth, padToWidth} from '../../output/width.js';
import {plural} from '../../text.js';
import {useTheme} from '../frame/theme-context.js';

/** Reading lists with their counts; Enter opens one. */
export function ListsView({
	lists,
	collections,
	cursor,
	width,
	height,
}: {
	lists: readonly ListSummary[];
	/** Each list's Hugging Face collection (papers lists push): said after its counts. */
	collections: Readonly<Record<string, string>>;
	cursor: number;
	width: number;
	height: number;
}) {
	const theme = useTheme();
	if (lists.length === 0) {
		return (
			<Box height={height} width={width}>
				<Text wrap="truncate-end">No reading lists yet. In the list of papers, b saves one to &quot;later&quot;.</Text>
			</Box>
		);
	}
	const names = lists.map((l) => fitWidth(sanitizeLine(l.name), 30));
	const nameWidth = Math.max(...names.map(displayWidth));
	const top = Math.max(0, cursor - height + 2);
	return (
		<Box flexDirection="column" height={height} width={width}>
			<Text bold color={theme.accent}>
				Reading lists
			</Text>
			{lists.slice(top, top + height - 1).map((list, i) => {
				const current = top + i === cursor;
				const count = plural(list.count, 'paper ', 'papers').padStart(10);
				return (
					<Text key={list.name} inverse={current} wrap="truncate-end">
						{`${current ? '›' : ' '} ${padToWidth(names[top + i]!, nameWidth)} ${count} · ${list.unread} unread${Object.hasOwn(collections, list.name) ? ` · ⇄ ${sanitizeLine(collections[list.name]!)}` : ''}`}
					</Text>
				);
			})}
		</Box>
	);
}
