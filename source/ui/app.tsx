import {Box, Text, useApp, useInput, useStdout} from 'ink';
import {useCallback, useEffect, useReducer, useRef} from 'react';
import {warmSearch} from '../digest/search.js';
import {slicer} from '../slices.js';
import {warmLikeness} from './core/likeness.js';
import {watchedInSlices, watchedReady} from '../digest/watch-match.js';
import {utf8Locale} from '../digest/groups.js';
import {summarize} from '../lists/model.js';
import {bodyLines, browseFrame, footerLine, headerLine} from './browse/lines.js';
import {Footer} from './frame/Footer.js';
import {Help} from './help/Help.js';
import {Lines} from './frame/StyledLines.js';
import {ListsView} from './lists/ListsView.js';
import {boxOf} from './core/boxes.js';
import {runEffects, type Services} from './effects.js';
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

type Dispatch = (action: Parameters<typeof reducer>[1]) => void;

/** Reading lists at start, then the effects the keys queue, one after another, in the order they were asked for. */
function useServices(
	state: State,
	dispatch: Dispatch,
	services: Services,
	startRefresh: (fresh?: boolean) => void,
	loadPaper: (id: string, refetch: boolean) => void,
	remote: ReturnType<typeof useHub>,
) {
	const {stdout} = useStdout();
	useEffect(() => {
		let live = true;
		void (async () => {
			const lists = await services.lists.read().catch(() => undefined);
			const notice = (await services.startupNotice?.()) ?? undefined;
			const collections = await services.lists.collections?.().catch(() => undefined);
			if (live && lists)
				dispatch({type: 'lists.loaded', lists, ...(notice ? {message: notice} : {}), ...(collections ? {collections} : {})});
			else if (live && notice) dispatch({type: 'message', text: notice});
			const annotations = await services.lists.annotations().catch(() => undefined);
			if (live && annotations && (Object.keys(annotations.notes).length > 0 || Object.keys(annotations.tags).length > 0))
				dispatch({type: 'annotations.loaded', annotations});
			const pdfs = await services.keptPdfs?.().catch(() => undefined);
			if (live && pdfs?.size) dispatch({type: 'pdfs.kept', pdfs});
		})();
		return () => {
			live = false;
		};
	}, [services, dispatch]);

	const queue = useRef<Promise<void>>(Promise.resolve());
	// Fetches outside the queue (a slow network must not hold a save up), dropped when the browser closes.
	const leaving = useRef(new AbortController());
	useEffect(() => () => leaving.current.abort(), []);
	useEffect(() => {
		if (state.effects.length === 0) return;
		const effects = state.effects;
		dispatch({type: 'effects.taken', count: effects.length});
		runEffects(effects, {
			services,
			dispatch,
			inTurn: (run) => (queue.current = queue.current.then(async () => dispatch(await run()))),
			aside: (run) => void run(leaving.current.signal).then((action) => !leaving.current.signal.aborted && dispatch(action)),
			startRefresh,
			loadPaper,
			remote,
			write: (text) => stdout.write(text),
		});
	}, [state.effects, services, dispatch, startRefresh, loadPaper, remote, stdout]);
}

function Body({state}: {state: State}) {
	const theme = useTheme();
	const {columns} = state.viewport;
	const bodyHeight = layout(state.viewport).frameHeight - 2;
	if (state.mode === 'help')
		return <Help layout={helpLayout(state.viewport, state.keymap, state.userCommands)} scroll={state.helpScroll} />;
	if (state.reader && (state.mode === 'reader' || state.mode === 'readerFind' || state.mode === 'toc')) {
		if (!state.reader.markdown)
			return <Text>{`  ${spinnerFrame(state.refresh.tick)} fetching the text of ${state.reader.id}… (Esc goes back)`}</Text>;
		const lines = linesOf(state);
		if (state.mode === 'toc')
			return <TocView headings={headingLines(lines).map((i) => lines[i]!)} cursor={state.tocCursor} height={bodyHeight} />;
		return <ReaderView lines={lines} top={state.reader.top} height={bodyHeight} match={state.reader.match} find={state.reader.find} />;
	}
	// A question or a name box over the lists view keeps the lists in sight.
	if (state.mode === 'lists' || ((state.mode === 'confirm' || state.mode === 'listName') && state.previousMode === 'lists'))
		return (
			<ListsView
				lists={summarize(state.lists)}
				collections={state.collections}
				cursor={state.listsCursor}
				width={columns - 1}
				height={bodyHeight}
			/>
		);
	return <Lines lines={bodyLines(state, theme, SPARK)} />;
}

/**
 * Once the search index is built: a first search, drawn and thrown away, so that the first keystroke of a real one
 * finds the library's places in the index, the seen marks by place and the code that draws matches warm (at 20,000
 * papers, its first keystrokes took 50 ms, not 10).
 */
function warmFirstSearch(state: State): void {
	if (state.scope.kind !== 'digests' || state.partial || state.query) return;
	browseFrame(reducer(state, {type: 'search.change', text: 'a'}), ENV_THEME, SPARK);
}

/** The search index of the whole library, built in slices once the first frame is up, then a search warmed. */
function useWarmSearch(state: State, dispatch: Dispatch): void {
	const latest = useRef(state);
	latest.current = state;
	const papers = state.allPapers;
	// A large store's newest days alone are not worth indexing: the whole store follows in a moment.
	const partial = state.partial;
	useEffect(() => {
		if (partial) return;
		let live = true;
		const slices = slicer(() => new Promise<void>((resolve) => setTimeout(() => (live ? resolve() : undefined), 0)));
		const warmed = () => {
			if (!live || latest.current.allPapers !== papers) return;
			// A query typed while the index was being built runs now.
			if (latest.current.view.waiting) dispatch({type: 'index.ready'});
			else warmFirstSearch(latest.current);
		};
		// Then the watch rules, and the model of "more like this" and "for you", in slices too.
		const start = setTimeout(
			() =>
				void warmSearch(papers, slices)
					.then(() => setTimeout(warmed, 0))
					.then(async () => {
						const rules = latest.current.watch;
						if (!live || Object.keys(rules).length === 0 || watchedReady(papers, rules)) return;
						await watchedInSlices(papers, rules, slices);
						if (live) dispatch({type: 'watch.ready'});
					})
					// A second later: the first seconds of a session are for keys, not for a model not yet asked for.
					.then(() => new Promise((resolve) => setTimeout(resolve, 1000)))
					.then(() => (live ? warmLikeness(papers, slices) : undefined))
					.then(() => live && dispatch({type: 'likeness.ready'})),
			300,
		);
		return () => {
			live = false;
			clearTimeout(start);
		};
	}, [papers, partial, dispatch]);
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

	useWarmSearch(state, dispatch);
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
