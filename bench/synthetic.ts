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

/**
 * Besides the words any paper uses, 40 topics of 100 words each (made of syllables: `kemora`, `divesa`): papers of a
 * topic share words as real ones do, so the search index and the likeness model hold what a real store gives them.
 * With the common words alone every paper would be like every other, and the model of the store would be empty.
 */
const SYLLABLES = 'ka te mo ri su na de lo vi pe ga xu ba fi ho ze ly qu wo ce'.split(' ');
const TOPIC_WORDS = Array.from(
	{length: 4000},
	(_, i) => `${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}`,
);

export function syntheticArchive(days: number, perDay = 50, seed = 42): SyntheticDay[] {
	const random = rng(seed);
	const pick = () => WORDS[Math.floor(random() * WORDS.length)]!;
	let topic = 0;
	const word = () => {
		const r = random();
		if (r < 0.45) return pick();
		if (r < 0.9) return TOPIC_WORDS[topic * 100 + Math.floor(random() * 100)]!;
		return TOPIC_WORDS[Math.floor(random() * TOPIC_WORDS.length)]!;
	};
	const sentence = (n: number) => Array.from({length: n}, word).join(' ');
	const start = Date.UTC(2025, 0, 1);
	return Array.from({length: days}, (_, d) => {
		const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
		return {
			date,
			papers: Array.from({length: perDay}, (_, i) => {
				topic = Math.floor(random() * 40);
				return {
					id: `${date.slice(2, 4)}${date.slice(5, 7)}.${String(d * perDay + i).padStart(5, '0')}`,
					title: `${sentence(3)}: ${sentence(6)} ${d}-${i}`.replace(/^./, (c) => c.toUpperCase()),
					abstract: `${sentence(150)}.`,
					upvotes: Math.floor(random() ** 3 * 300),
					authors: Array.from({length: 1 + Math.floor(random() * 8)}, (_, a) => `Author ${a} ${pick()}`),
				};
			}),
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
