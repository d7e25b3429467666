import {useStdout} from 'ink';
import {useEffect} from 'react';
import {readViewport, type Viewport} from '../core/geometry.js';

/**
 * Tells of every resize. A first frame laid out before Ink loaded (`drawnAt`): a resize in between is told at once.
 */
export function useViewport(drawnAt: Viewport | null, onResize: (viewport: Viewport) => void): void {
	const {stdout} = useStdout();
	useEffect(() => {
		const handler = () => onResize(readViewport(stdout));
		const now = readViewport(stdout);
		if (drawnAt && (now.columns !== drawnAt.columns || now.rows !== drawnAt.rows)) handler();
		stdout.on('resize', handler);
		return () => {
			stdout.off('resize', handler);
		};
		// drawnAt is read once, at mount: later sizes come as resize events.
	}, [stdout, onResize]);
}
