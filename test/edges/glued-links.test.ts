import {describe, expect, it} from 'vitest';
import {makePaper} from '../../source/digest/paper.js';
import {formatPapers} from '../../source/output/format.js';
import {displayWidth} from '../../source/output/width.js';
import {wrapText} from '../../source/output/wrap.js';
import {abstractLines} from '../../source/ui/core/pane-lines.js';

/* #35.4: a link glued to text without spaces (Chinese, Japanese) ends where link characters end. */

const LINK = 'https://github.com/example-org/world-model-code';
const AFTER = '欢迎使用并提出宝贵意见我们将持续更新模型与数据集以支持更多的研究方向和实际应用场景';
const ABSTRACT = `我们提出了一种新的世界模型方法，代码公开于${LINK}${AFTER}。`;
const paper = makePaper({
	id: '2601.00001',
	title: `世界模型：代码见${LINK}以及更多关于长时程规划与推理能力的详细实验结果`,
	abstract: ABSTRACT,
	url: 'https://huggingface.co/papers/2601.00001',
	date: '2026-01-05',
});

describe('a link glued to Chinese text', () => {
	it('wraps the text after the link, keeps the link whole, and loses nothing', () => {
		const lines = wrapText(ABSTRACT, 40);
		expect(lines).toContain(LINK);
		for (const line of lines) if (line !== LINK) expect(displayWidth(line)).toBeLessThanOrEqual(40);
		expect(lines.join('')).toBe(ABSTRACT);
		// Kinsoku: no line begins with a closing mark.
		for (const line of lines) expect(line).not.toMatch(/^[、。，ー]/);
	});

	it('in the pane: nothing after the link is cut off, and the title is never cut', () => {
		const lines = abstractLines(paper, '30:0');
		const body = lines.filter((l) => l.kind === 'body').map((l) => l.text);
		expect(body.join('')).toContain(AFTER);
		for (const line of body) expect(displayWidth(line)).toBeLessThanOrEqual(30);
		const link = lines.find((l) => l.kind === 'body' && l.text.startsWith('https://github.com/ex'));
		expect(link?.href).toBe(LINK);
		const title = lines.filter((l) => l.kind === 'title').map((l) => l.text);
		expect(title.join('')).toBe(paper.title);
		for (const line of title) expect(displayWidth(line)).toBeLessThanOrEqual(30);
	});

	it('in print: no line runs on past the width but the link itself', () => {
		// The first line is the title, whole, as print always gives it; the abstract wraps below.
		const [, ...rest] = formatPapers([paper], 'text', {width: 60}).split('\n');
		expect(rest.filter((l) => displayWidth(l) > 60 && l !== LINK)).toEqual([]);
		expect(rest).toContain(LINK);
		expect(rest.join('')).toContain(AFTER);
	});
});
