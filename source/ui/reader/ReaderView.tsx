import {Box, Text} from 'ink';
import {hyperlink} from '../frame/lines.js';
import {fold, foldedRange} from '../../digest/query.js';
import type {ReaderLine} from '../../reader/render.js';
import {useTheme} from '../frame/theme-context.js';

/** The window of the paper's text on screen: only the visible lines are drawn; the found line is marked. */
export function ReaderView({
	lines,
	top,
	height,
	match,
	find,
}: {
	lines: readonly ReaderLine[];
	top: number;
	height: number;
	match: number;
	find: string;
}) {
	const theme = useTheme();
	const shown = lines.slice(top, top + height);
	const needle = fold(find);
	return (
		<Box flexDirection="column" height={height}>
			{shown.map((line, i) => {
				const [at, end] = foldedRange(line.text, needle) ?? [-1, -1];
				const style = {
					bold: line.kind === 'heading',
					color: line.kind === 'heading' ? theme.accent : line.kind === 'ref' ? theme.link : undefined,
					dimColor: (line.kind === 'code' || line.kind === 'quote') && theme.dim,
					inverse: top + i === match,
				};
				return (
					<Text key={top + i} wrap="truncate-end" {...style}>
						{' '}
						{at < 0 ? (
							line.href && theme.hyperlinks ? (
								hyperlink(line.href, line.text)
							) : (
								line.text || ' '
							)
						) : (
							<>
								{line.text.slice(0, at)}
								<Text bold underline color={theme.match}>
									{line.text.slice(at, end)}
								</Text>
								{line.text.slice(end)}
							</>
						)}
					</Text>
				);
			})}
		</Box>
	);
}

/** The headings to jump to (t, then Enter). */
export function TocView({headings, cursor, height}: {headings: readonly ReaderLine[]; cursor: number; height: number}) {
	const theme = useTheme();
	const top = Math.max(0, Math.min(cursor - Math.floor(height / 2), headings.length - height + 1));
	return (
		<Box flexDirection="column" height={height}>
			<Text bold color={theme.accent}>
				Contents
			</Text>
			{headings.slice(top, top + height - 1).map((h, i) => (
				<Text key={top + i} inverse={top + i === cursor} wrap="truncate-end">
					{`${top + i === cursor ? '›' : ' '} ${'  '.repeat(Math.max(0, (h.level ?? 1) - 1))}${h.text}`}
				</Text>
			))}
		</Box>
	);
}
