import {Text} from 'ink';
import {highlightRanges} from '../../digest/search.js';
import {useTheme} from '../theme.js';

/** Text with the words a search matched marked: bold and underlined (and coloured, where colour is on). */
export function Marked({text, marks}: {text: string; marks: readonly string[]}) {
	const theme = useTheme();
	const ranges = marks.length > 0 ? highlightRanges(text, marks) : [];
	if (ranges.length === 0) return <>{text}</>;
	const parts = [];
	let at = 0;
	for (const [start, end] of ranges) {
		if (start < at) continue;
		if (start > at) parts.push(text.slice(at, start));
		parts.push(
			<Text key={start} bold underline color={theme.match}>
				{text.slice(start, end)}
			</Text>,
		);
		at = end;
	}
	if (at < text.length) parts.push(text.slice(at));
	return <>{parts}</>;
}
