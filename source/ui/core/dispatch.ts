import type {Command, Mode, ModeCommands} from './keymap.js';
import type {State} from './model.js';

/** What a command does to the state. */
export type Handler = (state: State) => State;

/** A mode's table: a handler for each command bound in that mode, no more and no less (keymap.ts). */
export type CommandTable<M extends Mode> = {readonly [C in ModeCommands<M>]: Handler};

/**
 * Runs a command through a mode's table, keeping its types: a command the table does not hold (it came for
 * another mode) leaves the state as it was, or goes to `otherwise`.
 */
export function runIn<M extends Mode>(table: CommandTable<M>, command: Command, state: State, otherwise: Handler = (s) => s): State {
	return holds(table, command) ? table[command](state) : otherwise(state);
}

function holds<M extends Mode>(table: CommandTable<M>, command: Command): command is ModeCommands<M> {
	return Object.hasOwn(table, command);
}
