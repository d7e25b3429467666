import {Box, Text, useApp, useInput, useStdout} from 'ink';
import {useCallback, useEffect, useReducer} from 'react';
import {utf8Locale} from '../digest/groups.js';
import {summarize} from '../lists/model.js';
import {bodyLines, footerLine, headerLine} from './browse/lines.js';
import {Footer} from './frame/Footer.js';
import {Help} from './help/Help.js';
import {Lines} from './frame/StyledLines.js';
import {ListsView} from './lists/ListsView.js';
import {boxOf} from './core/boxes.js';
import {type Services} from './effects.js';
import {helpLayout} from './help/layout.js';
import {layout, MIN_COLUMNS, MIN_ROWS, readViewport, type Viewport} from './core/geometry.js';
import {listNames, nameLabel} from './browse/footer.js';
import {spinnerFrame} from './browse/header.js';
import {initialState, reducer} from './reducer.js';
import type {Exit, InitOptions, State} from './core/model.js';
import {themeFor, type Theme} from './frame/theme.js';
import {ThemeContext, useTheme} from './frame/theme-context.js';
import {ReaderView, TocView} from './reader/ReaderView.js';
import {headingLines, linesOf} from './core/reader.js';
import {useReader} from './reader/use-reader.js';
import {useRest, useStoreWatch} from './hooks/use-store.js';
import {useServices} from './hooks/use-services.js';
import {useWarmSearch} from './hooks/use-warm-search.js';
import {useViewport} from './hooks/use-viewport.js';
import {useRefresh} from './hooks/use-refresh.js';
import {useSeenDwell} from './hooks/use-seen.js';
import {useHub} from './hooks/use-hub.js';

// Read once: a new theme object each frame would make every component that uses it draw again.
const ENV_THEME = themeFor(process.env);
// Sparklines need a UTF-8 locale.
const SPARK = utf8Locale(process.env);

export type AppProps = (
	| {init: InitOptions; start?: undefined}
	/** The state the first frame was drawn from, before Ink was up: Ink starts from it rather than again. */
	| {start: State; init?: undefined}
) & {
	services: Services;
	/** Told the outcome as the app exits (tests; the CLI reads it from waitUntilExit). */
	onExit?: (exit: Exit) => void;
	theme?: Theme;
	/** For tests: told of every commit, and given a way to ask for one, to wait for a key's frame instead of a guess. */
	probe?: RenderProbe;
};

export type RenderProbe = {committed: () => void; connect: (redraw: () => void) => void};

function Body({state}: {state: State}) {
	const theme = useTheme();
	const {columns} = state.viewport;
	const bodyHeight = layout(state.viewport).frameHeight - 2;
	if (state.mode === 'help')
		return <Help layout={helpLayout(state.viewport, state.keymap, state.userCommands)} scroll={state.helpScroll} />;
	if (state.reading.reader && (state.mode === 'reader' || state.mode === 'readerFind' || state.mode === 'toc')) {
		if (!state.reading.reader.markdown)
			return <Text>{`  ${spinnerFrame(state.store.refresh.tick)} fetching the text of ${state.reading.reader.id}… (Esc goes back)`}</Text>;
		const lines = linesOf(state);
		if (state.mode === 'toc')
			return <TocView headings={headingLines(lines).map((i) => lines[i]!)} cursor={state.reading.tocCursor} height={bodyHeight} />;
		return (
			<ReaderView
				lines={lines}
				top={state.reading.reader.top}
				height={bodyHeight}
				match={state.reading.reader.match}
				find={state.reading.reader.find}
			/>
		);
	}
	// A question or a name box over the lists view keeps the lists in sight.
	if (state.mode === 'lists' || ((state.mode === 'confirm' || state.mode === 'listName') && state.previousMode === 'lists'))
		return (
			<ListsView
				lists={summarize(state.mine.lists)}
				collections={state.mine.collections}
				cursor={state.mine.listsCursor}
				width={columns - 1}
				height={bodyHeight}
			/>
		);
	return <Lines lines={bodyLines(state, theme, SPARK)} />;
}

export function App({init, start, services, onExit, theme, probe}: AppProps) {
	const {stdout} = useStdout();
	const [state, dispatch] = useReducer(
		reducer,
		undefined,
		() => start ?? initialState({...init!, viewport: init?.viewport ?? readViewport(stdout)}),
	);
	const {exit} = useApp();

	useInput((input, key) => dispatch({type: 'key', input, key}));
	useViewport(
		start?.viewport ?? null,
		useCallback((viewport: Viewport) => dispatch({type: 'resize', viewport}), []),
	);
	useRest(state, services, dispatch);
	useStoreWatch(state, dispatch, services);
	const startRefresh = useRefresh(state, dispatch, services);
	const loadPaper = useReader(state, dispatch, services);
	const remote = useHub(state, dispatch, services);
	useServices(state, dispatch, services, startRefresh, loadPaper, remote);

	useWarmSearch(state, dispatch, services, ENV_THEME, SPARK);
	useEffect(() => {
		probe?.connect(() => dispatch({type: 'redraw'}));
	}, [probe]);
	useEffect(() => services.continued?.(() => dispatch({type: 'redraw'})), [services]);
	useEffect(() => {
		probe?.committed();
	});
	useSeenDwell(state, dispatch);

	useEffect(() => {
		if (!state.exit) return;
		onExit?.(state.exit);
		exit(state.exit);
	}, [state.exit, exit, onExit]);

	const {columns, rows} = state.viewport;
	const shape = layout(state.viewport);
	const themeInUse = theme ?? ENV_THEME;
	let frame;
	if (shape.tooSmall) {
		frame = (
			<Text wrap="truncate-end">
				Terminal too small ({columns}×{rows}); papers needs {MIN_COLUMNS}×{MIN_ROWS}.
			</Text>
		);
	} else {
		const box = state.mode === 'search' || state.mode === 'listName' || state.mode === 'readerFind' ? state.mode : null;
		const typed = box ? boxOf(state) : null;
		frame = (
			<Box flexDirection="column" height={shape.frameHeight} width={columns}>
				<Lines lines={[headerLine(state, themeInUse)]} />
				<Box flexDirection="column" height={shape.frameHeight - 2}>
					<Body state={state} />
				</Box>
				{box ? (
					<Footer
						box={box}
						value={typed!.text}
						cursor={typed!.cursor}
						listNames={box === 'listName' ? listNames(state) : ''}
						label={nameLabel(state)}
						problem={
							state.view.problem ?? (state.view.waiting ? `waiting: ${state.view.waiting}…` : (state.view.parsed.notes?.[0] ?? null))
						}
					/>
				) : (
					<Lines lines={[footerLine(state, themeInUse)]} />
				)}
			</Box>
		);
	}
	return <ThemeContext.Provider value={themeInUse}>{frame}</ThemeContext.Provider>;
}
