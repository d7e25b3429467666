/** Greedy word wrap; a word longer than the width (a URL) stands alone on its line rather than being broken. */
export function wrapText(text: string, width: number): string[] {
	const max = Math.max(10, width);
	const lines: string[] = [];
	for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(' ')) {
			if (word === '') continue;
			if (line === '') line = word;
			else if (line.length + 1 + word.length <= max) line += ` ${word}`;
			else {
				lines.push(line);
				line = word;
			}
		}
		lines.push(line);
	}
	return lines;
}
