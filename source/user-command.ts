/*
 * A command of the user's own, from the settings file: what the settings reader makes, the browser binds to a key
 * and the services run. Types only, on the ground floor, so each of them imports it from here and none from another.
 */

/** A key Ink names rather than types. */
export type NamedKey = 'upArrow' | 'downArrow' | 'pageUp' | 'pageDown' | 'home' | 'end' | 'return' | 'escape' | 'tab';

/** A key as the key map and the settings file say it. */
export type KeySpec = {
	/** The character typed (`j`, `G`, `?`, ` `); with ctrl, the letter. */
	readonly input?: string;
	readonly key?: NamedKey;
	readonly ctrl?: boolean;
	/** How help shows it. */
	readonly label: string;
};

/** A command of the user's settings: a key in browse that runs a program on the current paper or the picks. */
export type UserCommand = {
	key: KeySpec;
	/** The program and its arguments, placeholders ({id}, {title}…) filled per argument: never read by a shell. */
	argv: readonly string[];
	/** The picks (or the current paper) on its stdin, in this format. */
	stdin: string | null;
	/** In the background (its first line and status in the footer), or in the foreground with the terminal. */
	foreground: boolean;
	/** As the settings wrote it, for help. */
	label: string;
};
