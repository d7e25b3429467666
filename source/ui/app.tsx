import {Box, Text, useApp, useInput, useStdout} from 'ink';
import {useCallback, useEffect, useReducer, useRef} from 'react';
import {AbstractPane} from './components/AbstractPane.js';
import {Footer} from './components/Footer.js';
import {Header} from './components/Header.js';
import {Help} from './components/Help.js';
import {ListsView} from './components/ListsView.js';
import {PaperList} from './components/PaperList.js';
import {runEffect, type Services} from './effects.js';
import {layout, MIN_COLUMNS, MIN_ROWS, type Viewport} from './layout.js';
import {initialState, reducer, type Exit, type InitOptions} from './state.js';
import {readViewport, useViewport} from './use-viewport.js';

export type AppProps = {
	init: InitOptions;
	services: Services;
	/** Told the outcome as the app exits (tests; the CLI reads it from waitUntilExit). */
	onExit?: (exit: Exit) => void;
};

export function App({init, services, onExit}: AppProps) {
	const {stdout} = useStdout();
	const [state, dispatch] = useReducer(reducer, undefined, () => initialState({...init, viewport: init.viewport ?? readViewport(stdout)}));
	const {exit} = useApp();

	useInput((input, key) => dispatch({type: 'key', input, key}));
	useViewport(useCallback((viewport: Viewport) => dispatch({type: 'resize', viewport}), []));

	useEffect(() => {
		let live = true;
		void (async () => {
			const lists = await services.lists.read().catch(() => undefined);
			const notice = (await services.startupNotice?.()) ?? undefined;
			if (live && lists) dispatch({type: 'lists.loaded', lists, ...(notice ? {message: notice} : {})});
			else if (live && notice) dispatch({type: 'message', text: notice});
		})();
		return () => {
			live = false;
		};
	}, [services]);

	useEffect(() => {
		if (!state.exit) return;
		onExit?.(state.exit);
		exit(state.exit);
	}, [state.exit, exit, onExit]);

	// Effects run one after another, in the order the keys asked for them (a removal, then its undo).
	const queue = useRef<Promise<void>>(Promise.resolve());
	useEffect(() => {
		if (state.effects.length === 0) return;
		const effects = state.effects;
		dispatch({type: 'effects.taken', count: effects.length});
		for (const effect of effects) {
			queue.current = queue.current.then(async () => dispatch(await runEffect(effect, services)));
		}
	}, [state.effects, services]);

	const {columns, rows} = state.viewport;
	const shape = layout(state.viewport);
	if (shape.tooSmall) {
		return (
			<Text wrap="truncate-end">
				Terminal too small ({columns}×{rows}); papers needs {MIN_COLUMNS}×{MIN_ROWS}.
			</Text>
		);
	}
	const bodyHeight = shape.frameHeight - 2;
	let body;
	if (state.mode === 'help') body = <Help width={columns - 1} height={bodyHeight} />;
	else if (state.mode === 'lists') body = <ListsView state={state} width={columns - 1} height={bodyHeight} />;
	else if (shape.sideBySide) {
		body = (
			<Box height={bodyHeight}>
				<PaperList state={state} width={shape.listWidth} height={shape.listHeight} />
				<Box borderStyle="single" borderTop={false} borderBottom={false} borderRight={false} borderDimColor paddingLeft={1}>
					<AbstractPane state={state} width={shape.abstractWidth} height={shape.abstractHeight} />
				</Box>
			</Box>
		);
	} else {
		body = (
			<Box flexDirection="column" height={bodyHeight}>
				<PaperList state={state} width={columns - 1} height={shape.listHeight} />
				<Text dimColor>{'─'.repeat(columns - 1)}</Text>
				<Box paddingLeft={1}>
					<AbstractPane state={state} width={shape.abstractWidth} height={shape.abstractHeight} />
				</Box>
			</Box>
		);
	}
	return (
		<Box flexDirection="column" height={shape.frameHeight} width={columns}>
			<Header state={state} />
			{body}
			<Footer state={state} dispatch={dispatch} />
		</Box>
	);
}
