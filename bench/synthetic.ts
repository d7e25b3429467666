/** A seeded synthetic archive: the same bytes every run, ~50 papers a day, in both digest formats. */

function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS =
	'learning model language reinforcement vision agent reasoning diffusion benchmark scaling attention policy reward data training inference memory retrieval video audio graph token sparse efficient robust multimodal'.split(
		' ',
	);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type SyntheticDay = {date: string; papers: Array<{id: string; title: string; abstract: string; upvotes: number; authors: string[]}>};

export function syntheticArchive(days: number, perDay = 50, seed = 42): SyntheticDay[] {
	const random = rng(seed);
	const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
	const sentence = (n: number) => Array.from({length: n}, pick).join(' ');
	const start = Date.UTC(2025, 0, 1);
	return Array.from({length: days}, (_, d) => {
		const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
		return {
			date,
			papers: Array.from({length: perDay}, (_, i) => ({
				id: `${date.slice(2, 4)}${date.slice(5, 7)}.${String(d * perDay + i).padStart(5, '0')}`,
				title: `${sentence(3)}: ${sentence(6)} ${d}-${i}`.replace(/^./, (c) => c.toUpperCase()),
				abstract: `${sentence(150)}.`,
				upvotes: Math.floor(random() ** 3 * 300),
				authors: Array.from({length: 1 + Math.floor(random() * 8)}, (_, a) => `Author ${a} ${pick()}`),
			})),
		};
	});
}

export function asPageText(days: SyntheticDay[]): string {
	const parts = ['new', '', 'Daily Papers', '', 'Jan 6', ''];
	for (const day of days) {
		const [y, m, d] = day.date.split('-').map(Number) as [number, number, number];
		for (const p of day.papers)
			parts.push(
				p.title,
				'',
				p.abstract,
				'',
				`  • ${p.authors.length} authors`,
				'·',
				`${MONTHS[m - 1]} ${d}, ${y}${p.upvotes ? ` ${p.upvotes}` : ''}`,
				'',
			);
	}
	return parts.join('\n');
}

export function asApiJson(day: SyntheticDay): string {
	return JSON.stringify(
		day.papers.map((p) => ({
			paper: {
				id: p.id,
				title: p.title,
				summary: p.abstract,
				authors: p.authors.map((name) => ({name})),
				upvotes: p.upvotes,
				publishedAt: `${day.date}T00:00:00.000Z`,
			},
			publishedAt: `${day.date}T01:00:00.000Z`,
			title: p.title,
			numComments: 0,
		})),
	);
}
