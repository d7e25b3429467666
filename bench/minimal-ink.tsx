// Ink's own floor, for the bench: the least an Ink app does to show a screen of rows on the alternate screen and
// move a bar on j, bundled as papers is (the same Ink, React and yoga, the same build step). q leaves.
import {Box, render, Text, useApp, useInput} from 'ink';
import {useState} from 'react';

process.stdout.write('\u001b[?1049h\u001b[?25l');

function Floor() {
	const [at, setAt] = useState(0);
	const {exit} = useApp();
	const rows = (process.stdout.rows || 30) - 1;
	useInput((input) => {
		if (input === 'j') setAt((n) => (n + 1) % (rows - 1));
		if (input === 'q') exit();
	});
	const lines = Array.from({length: rows}, (_, i) =>
		i === 0 ? '── a minimal Ink app' : `${i === at + 1 ? '›' : ' '} row ${i} of the floor`.padEnd(60) + `▲ ${i}`,
	);
	return (
		<Box flexDirection="column">
			{lines.map((line, i) => (
				<Text key={i} inverse={i === at + 1}>
					{line}
				</Text>
			))}
		</Box>
	);
}

await render(<Floor />, {exitOnCtrlC: true, patchConsole: false, maxFps: 60}).waitUntilExit();
process.stdout.write('\u001b[?25h\u001b[?1049l');
