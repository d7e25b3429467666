import {Box, Text} from 'ink';
import {helpSections} from '../keymap.js';

/** Drawn from the key map, so it cannot leave a key out; laid in columns to fit the height. */
export function Help({width, height}: {width: number; height: number}) {
	const lines: Array<{text: string; title: boolean}> = [];
	for (const section of helpSections()) {
		if (section.lines.length === 0) continue;
		lines.push({text: section.title, title: true});
		for (const line of section.lines) lines.push({text: `  ${line.keys.padEnd(14)} ${line.help}`, title: false});
	}
	const rows = Math.max(1, height);
	const columnCount = Math.ceil(lines.length / rows);
	const columnWidth = Math.floor(width / columnCount);
	const columns = Array.from({length: columnCount}, (_, c) => lines.slice(c * rows, (c + 1) * rows));
	return (
		<Box height={height} width={width}>
			{columns.map((column, c) => (
				<Box key={c} flexDirection="column" width={columnWidth}>
					{column.map((line, i) => (
						<Text key={i} bold={line.title} color={line.title ? 'cyan' : undefined} wrap="truncate-end">
							{line.text}
						</Text>
					))}
				</Box>
			))}
		</Box>
	);
}
