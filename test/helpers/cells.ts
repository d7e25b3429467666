import xterm from '@xterm/headless';

export type Cell = {
	chars: string;
	width: number;
	bold: number;
	dim: number;
	inverse: number;
	underline: number;
	fg: number;
	fgMode: number;
};

/** The screen a byte stream leaves on a fresh terminal, cell by cell, with every attribute the browser uses. */
export async function cells(bytes: string, cols: number, rows: number): Promise<Cell[][]> {
	const term = new xterm.Terminal({cols, rows, allowProposedApi: true});
	await new Promise<void>((resolve) => term.write(bytes, resolve));
	const buffer = term.buffer.active;
	const out: Cell[][] = [];
	for (let y = 0; y < rows; y++) {
		const line = buffer.getLine(y)!;
		const row: Cell[] = [];
		for (let x = 0; x < cols; x++) {
			const c = line.getCell(x)!;
			row.push({
				chars: c.getChars() || ' ',
				width: c.getWidth(),
				bold: c.isBold(),
				dim: c.isDim(),
				inverse: c.isInverse(),
				underline: c.isUnderline(),
				fg: c.getFgColor(),
				fgMode: c.getFgColorMode(),
			});
		}
		out.push(row);
	}
	term.dispose();
	return out;
}
