import {Box, Text} from 'ink';
import {useTheme} from '../theme.js';

/** Where the papers come from, the day in view, the counts, the sort: parts already fitted to the width. */
export function Header({parts}: {parts: readonly string[]}) {
	const theme = useTheme();
	return (
		<Box height={1}>
			<Text wrap="truncate-end">
				<Text bold color={theme.accent}>
					papers
				</Text>
				<Text> · {parts.join(' · ')}</Text>
			</Text>
		</Box>
	);
}
