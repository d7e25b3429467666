/*
 * Every colour and mark the browser draws, in one place. NO_COLOR (https://no-color.org) acts here and only here:
 * with it, no colour and no dimming; bold and reverse video (the cursor row) stay, as they carry no colour.
 */

export type Theme = {
	/** Headings: the app name, day headers, section titles, box prompts. */
	accent?: string;
	/** Upvote counts and footer messages. */
	highlight?: string;
	/** The abstract pane's date and byline. */
	meta?: string;
	link?: string;
	picked?: string;
	/** Words a search matched (also bold and underlined, so they show without colour). */
	match?: string;
	/** Hints, rules and read papers are dimmed; without colour they are plain. */
	dim: boolean;
	/** Links are real links (OSC 8): the terminal is one known to read them, or FORCE_HYPERLINK=1 says so. */
	hyperlinks?: boolean;
};

/**
 * Terminals known to take OSC 8 links (a terminal that does not shows the sequence's text as garbage, so only
 * these): as the supports-hyperlinks package judges, without its dependency. tmux passes them on only when set up
 * to, so inside tmux it takes FORCE_HYPERLINK=1.
 */
export function hyperlinksIn(env: NodeJS.ProcessEnv): boolean {
	if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0' && env.FORCE_HYPERLINK !== 'false';
	if (env.TMUX || env.STY || env.TERM === 'dumb') return false;
	if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.KONSOLE_VERSION || env.TERM === 'xterm-kitty' || env.TERM === 'alacritty') return true;
	if (['WezTerm', 'vscode', 'ghostty', 'iTerm.app'].includes(env.TERM_PROGRAM ?? '')) return true;
	return Number(env.VTE_VERSION ?? 0) >= 5000;
}

export const MARKS = {
	current: '›',
	unseen: '•',
	picked: '●',
	saved: '★',
	read: '✓',
	watched: '◆',
	away: '○',
	rule: '─',
	votes: '▲',
} as const;

/** The colours a theme gives each role; `dim` whether hints and rules are dimmed. */
export type Palette = Omit<Theme, 'hyperlinks'>;

/**
 * The built-in themes. `terminal` names only the 16 base colours, so the terminal's own scheme decides how they look;
 * `mono` has none (as NO_COLOR, which wins over every theme).
 */
export const THEMES = {
	default: {accent: 'cyan', highlight: 'yellow', meta: 'yellow', link: 'blue', picked: 'green', match: 'magenta', dim: true},
	terminal: {accent: 'blue', highlight: 'yellow', meta: 'cyan', link: 'blue', picked: 'green', match: 'magenta', dim: true},
	light: {accent: 'blue', highlight: 'red', meta: 'magenta', link: 'blue', picked: 'green', match: 'red', dim: true},
	'high-contrast': {
		accent: 'whiteBright',
		highlight: 'yellowBright',
		meta: 'cyanBright',
		link: 'cyanBright',
		picked: 'greenBright',
		match: 'magentaBright',
		dim: false,
	},
	mono: {dim: false},
} as const satisfies Record<string, Palette>;

export type ThemeName = keyof typeof THEMES;

/** The roles a settings file may colour, by the names it uses. */
export const ROLES = ['accent', 'highlight', 'meta', 'link', 'picked', 'match'] as const;

export function themeFor(
	env: NodeJS.ProcessEnv,
	name: ThemeName = 'default',
	colors: Partial<Record<(typeof ROLES)[number], string>> = {},
): Theme {
	const hyperlinks = hyperlinksIn(env);
	if (env.NO_COLOR) return {dim: false, hyperlinks};
	return {...THEMES[name], ...colors, hyperlinks};
}
