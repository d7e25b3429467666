import type {Paper} from '../../digest/paper.js';
import type {ListEntry} from '../../lists/model.js';
import type {UserCommand} from '../../user-command.js';

/** What the browser asks of the world outside its state, as data: the app runs each (ui/effects.ts) and reports back as an action. */
export type Effect =
	| {kind: 'open'; url: string; /** Said once it is open, instead of the URL. */ note?: string}
	| {kind: 'save.toggle'; list: string; paper: Paper}
	| {kind: 'save.to'; list: string; paper: Paper}
	| {kind: 'list.remove'; list: string; key: string}
	| {kind: 'list.restore'; list: string; entry: ListEntry; index: number}
	| {kind: 'list.read'; list: string; key: string; read: boolean}
	| {kind: 'list.delete'; list: string}
	| {kind: 'list.rename'; list: string; to: string}
	| {kind: 'list.copy'; list: string; to: string}
	| {kind: 'list.move'; list: string; to: string; paper: Paper}
	| {kind: 'seen.mark'; keys: string[]}
	| {kind: 'seen.unmark'; keys: string[]}
	| {kind: 'copy'; text: string}
	| {kind: 'refresh'}
	| {kind: 'trending.fetch'}
	| {kind: 'remote.search'; query: string}
	| {kind: 'remote.cancel'}
	/** `e`: the note handed to $VISUAL or $EDITOR, the terminal with it. */
	| {kind: 'note.edit'; key: string; id: string; text: string}
	| {kind: 'note.set'; key: string; id: string; text: string}
	| {kind: 'tags.set'; key: string; add: string[]; remove: string[]}
	| {kind: 'pdf.fetch'; id: string}
	| {kind: 'pdf.open'; file: string}
	| {kind: 'zotero.send'; papers: Paper[]}
	/** A command of the user's settings, on the picks (or the current paper). */
	| {kind: 'user.run'; command: UserCommand; papers: Paper[]}
	| {kind: 'suspend'}
	| {kind: 'reader.load'; id: string; refetch: boolean};
