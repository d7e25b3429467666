const on = {type: 'boolean'} as const;
const value = {type: 'string'} as const;

/** Every flag papers takes, for meow. Numbers are read as strings so a bad value gets our own one-line error. */
export const FLAGS = {
	print: {...on, shortFlag: 'p'},
	...{json: on, format: value, today: on, date: value, since: value, days: value},
	search: {...value, shortFlag: 's'},
	...{minUpvotes: value, sort: value},
	limit: {...value, shortFlag: 'n'},
	list: {...value, shortFlag: 'l'},
	...{
		save: value,
		papers: value,
		info: on,
		rm: on,
		open: on,
		offline: on,
		new: on,
		group: value,
		week: value,
		month: value,
		trending: on,
		markSeen: on,
		force: on,
		check: on,
		yes: on,
		forYou: value,
		timeout: value,
		quiet: {...on, shortFlag: 'q'},
		allowWrite: on,
		to: value,
		private: on,
		as: value,
		dryRun: on,
	},
} as const;

/** A flag as typed: `minUpvotes` → `min-upvotes`. */
export const flagName = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every name a flag may be given by (`min-upvotes`, `minUpvotes`, `s`), --help and --version among them. */
export const KNOWN_FLAGS: ReadonlySet<string> = new Set([
	'help',
	'version',
	'h',
	'v',
	...Object.entries(FLAGS).flatMap(([name, spec]) => [name, flagName(name), ...('shortFlag' in spec ? [spec.shortFlag] : [])]),
]);

type FlagValue<F> = F extends {type: 'boolean'} ? boolean : string;

/** The flags as meow hands them over: each one absent, or of its declared type. */
export type RawFlags = {[K in keyof typeof FLAGS]?: FlagValue<(typeof FLAGS)[K]>};

/** meow lets unknown flags through (its own report is several lines); this names the first one. */
export function unknownFlag(given: Record<string, unknown>): string | null {
	const unknown = Object.keys(given).filter((k) => k !== '_' && k !== '--' && !KNOWN_FLAGS.has(k));
	if (unknown.length === 0) return null;
	const shown = unknown.find((k) => k.includes('-')) ?? unknown[0]!;
	return shown.length === 1 ? `-${shown}` : `--${shown}`;
}
