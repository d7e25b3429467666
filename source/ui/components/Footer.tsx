import {Box, Text} from 'ink';
import TextInput from 'ink-text-input';
import {summarize} from '../../lists/model.js';
import {sanitizeLine} from '../../output/sanitize.js';
import {hintsFor} from '../keymap.js';
import {inList, type Action, type State} from '../state.js';

function Hints({state}: {state: State}) {
	const hints = hintsFor(state.mode, inList(state))
		.map((h) => `${h.keys} ${h.hint}`)
		.join('  ');
	return (
		<Text dimColor wrap="truncate-end">
			{hints}
		</Text>
	);
}

/** The keys that work here, or a message; the search box and the list-name box live here too. */
export function Footer({state, dispatch}: {state: State; dispatch: (action: Action) => void}) {
	if (state.mode === 'search') {
		return (
			<Box height={1}>
				<Text color="cyan">/ </Text>
				<TextInput
					value={state.query}
					onChange={(text) => dispatch({type: 'search.change', text})}
					placeholder="search title, abstract, authors"
				/>
				<Text dimColor wrap="truncate-end">
					{'  '}Enter keep · Esc clear
				</Text>
			</Box>
		);
	}
	if (state.mode === 'listName') {
		const names = summarize(state.lists)
			.map((l) => l.name)
			.slice(0, 5)
			.join(', ');
		return (
			<Box height={1}>
				<Text color="cyan">save to list: </Text>
				<TextInput value={state.nameDraft} onChange={(text) => dispatch({type: 'name.change', text})} placeholder="name" />
				<Text dimColor wrap="truncate-end">
					{names ? `  lists: ${sanitizeLine(names)}` : ''} · Enter save · Esc cancel
				</Text>
			</Box>
		);
	}
	return (
		<Box height={1}>
			{state.message ? (
				<Text color="yellow" wrap="truncate-end">
					{sanitizeLine(state.message)}
				</Text>
			) : (
				<Hints state={state} />
			)}
		</Box>
	);
}
