import {useStdout} from 'ink';
import {useEffect} from 'react';
import {readViewport, type Viewport} from './layout.js';

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
