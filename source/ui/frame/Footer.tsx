import {Box, Text} from 'ink';
import {sanitizeLine} from '../../output/sanitize.js';
import {useTheme} from './theme-context.js';
import {TextBox} from './TextBox.js';

export type FooterProps = {
	box: 'search' | 'listName' | 'readerFind';
	/** What is typed in the box, and where its cursor stands. */
	value: string;
	cursor: number;
	/** Reading lists to offer in the list-name box. */
	listNames: string;
	/** Why the query typed so far cannot be read. */
	problem: string | null;
	/** What the list-name box is for: `save to list: `, `rename "x" to: `. */
	label?: string;
};

/** The footer while a box is open: the search box, the reader's find box, the list-name box. (Otherwise it is a line: ui/browse/lines.ts.) */
export function Footer({box, value, cursor, listNames, problem, label = 'save to list: '}: FooterProps) {
	const theme = useTheme();
	if (box === 'search') {
		return (
			<Box height={1}>
				<Text color={theme.accent}>/ </Text>
				<TextBox text={value} cursor={cursor} placeholder={'words, "a phrase", -not, author:name, upvotes:>50'} />
				{problem ? (
					<Text color={theme.highlight} wrap="truncate-end">
						{'  '}
						{sanitizeLine(problem)}
					</Text>
				) : (
					<Text dimColor={theme.dim} wrap="truncate-end">
						{'  '}Enter keep · Esc clear
					</Text>
				)}
			</Box>
		);
	}
	if (box === 'readerFind') {
		return (
			<Box height={1}>
				<Text color={theme.accent}>find: </Text>
				<TextBox text={value} cursor={cursor} placeholder="a word in the text" />
				<Text dimColor={theme.dim} wrap="truncate-end">
					{'  '}Enter find · Esc cancel · then n / N
				</Text>
			</Box>
		);
	}
	return (
		<Box height={1}>
			<Text color={theme.accent}>{sanitizeLine(label)}</Text>
			<TextBox text={value} cursor={cursor} placeholder="name" />
			<Text dimColor={theme.dim} wrap="truncate-end">
				{listNames ? `  lists: ${sanitizeLine(listNames)}` : ''} · Enter ok · Esc cancel
			</Text>
		</Box>
	);
}
