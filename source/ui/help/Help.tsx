import {Box, Text} from 'ink';
import type {HelpLayout} from './layout.js';
import {useTheme} from '../frame/theme-context.js';

/** Drawn from the key map, so it cannot leave a key out; in columns when they fit, else one column scrolled by j/k. */
export function Help({layout, scroll}: {layout: HelpLayout; scroll: number}) {
	const theme = useTheme();
	let columns = layout.columns;
	if (columns.length === 1) {
		const all = columns[0]!;
		const shown = all.slice(scroll, scroll + layout.height);
		// More below: the last line says so, rather than the help ending as if it were whole.
		if (scroll + layout.height < all.length)
			shown[shown.length - 1] = {text: `  … ${all.length - scroll - layout.height + 1} more lines (j/k)`, title: false};
		columns = [shown];
	}
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
