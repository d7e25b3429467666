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
};

export const MARKS = {current: '›', unseen: '•', picked: '●', saved: '★', read: '✓', rule: '─', votes: '▲'} as const;

export function themeFor(env: NodeJS.ProcessEnv): Theme {
	if (env.NO_COLOR) return {dim: false};
	return {accent: 'cyan', highlight: 'yellow', meta: 'yellow', link: 'blue', picked: 'green', match: 'magenta', dim: true};
}
