import {Box, Text} from 'ink';
import type {HelpLayout} from '../help-layout.js';
import {useTheme} from '../theme.js';

/** Drawn from the key map, so it cannot leave a key out; in columns when they fit, else one column scrolled by j/k. */
export function Help({layout, scroll}: {layout: HelpLayout; scroll: number}) {
	const theme = useTheme();
	const columns = layout.columns.length === 1 ? [layout.columns[0]!.slice(scroll, scroll + layout.height)] : layout.columns;
	return (
		<Box height={layout.height}>
			{columns.map((column, c) => (
				<Box key={c} flexDirection="column" width={layout.columnWidth}>
					{column.map((line, i) => (
						<Text key={i} bold={line.title} color={line.title ? theme.accent : undefined} wrap="truncate-end">
							{line.text}
						</Text>
					))}
				</Box>
			))}
		</Box>
	);
}
