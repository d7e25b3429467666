import {Text} from 'ink';
import {sanitizeLine} from '../../output/sanitize.js';
import {useTheme} from './theme-context.js';

/** A box's text with its cursor drawn as an inverse cell; papers' state holds both (text-box.ts). */
export function TextBox({text, cursor, placeholder}: {text: string; cursor: number; placeholder: string}) {
	const theme = useTheme();
	if (!text)
		return (
			<Text>
				<Text inverse>{placeholder[0] ?? ' '}</Text>
				<Text dimColor={theme.dim}>{placeholder.slice(1)}</Text>
			</Text>
		);
	const at = Math.min(cursor, text.length);
	const under = String.fromCodePoint(text.codePointAt(at) ?? 32);
	return (
		<Text>
			{sanitizeLine(text.slice(0, at))}
			<Text inverse>{sanitizeLine(under)}</Text>
			{sanitizeLine(text.slice(at + (at < text.length ? under.length : 0)))}
		</Text>
	);
}
