import {useStdout} from 'ink';
import {useEffect} from 'react';
import type {Viewport} from './layout.js';

/** The terminal Ink draws on (not process.stdout: that may be a pipe). ink-testing-library has no rows: 100×30 then. */
export function readViewport(stdout: NodeJS.WriteStream): Viewport {
	return {columns: stdout.columns || 100, rows: stdout.rows || 30};
}

export function useViewport(onResize: (viewport: Viewport) => void): void {
	const {stdout} = useStdout();
	useEffect(() => {
		const handler = () => onResize(readViewport(stdout));
		stdout.on('resize', handler);
		return () => {
			stdout.off('resize', handler);
		};
	}, [stdout, onResize]);
}
