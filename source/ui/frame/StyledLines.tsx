import {Text} from 'ink';
import {memo} from 'react';
import chalk from 'chalk';
import {hyperlink, type Line} from './lines.js';
import {painted} from './plain-frame.js';

const paintedLine = (line: Line) =>
	line.map((s) => painted(chalk, s.style)(s.style.link ? hyperlink(s.style.link, s.text) : s.text)).join('');

/**
 * Lines already laid out (lines.ts), one Text each. Ink has nothing to measure or wrap: what it draws is what the
 * plain first frame drew. A line that did not change is not rendered again.
 */
const LineText = memo(function LineText({line}: {line: Line}) {
	if (line.length === 0) return <Text> </Text>;
	// One string, styled as Ink would style each span: one child for React and Ink, not one element per span.
	return <Text wrap="truncate-end">{paintedLine(line)}</Text>;
}, sameLine);

function sameLine(a: {line: Line}, b: {line: Line}): boolean {
	if (a.line === b.line) return true;
	if (a.line.length !== b.line.length) return false;
	return a.line.every((s, i) => {
		const t = b.line[i]!;
		const x = s.style;
		const y = t.style;
		return (
			s.text === t.text &&
			x.bold === y.bold &&
			x.dim === y.dim &&
			x.inverse === y.inverse &&
			x.underline === y.underline &&
			x.color === y.color &&
			x.link === y.link
		);
	});
}

export function Lines({lines}: {lines: readonly Line[]}) {
	return (
		<>
			{lines.map((line, i) => (
				<LineText key={i} line={line} />
			))}
		</>
	);
}
