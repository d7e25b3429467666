import {arxivId} from '../../output/links.js';
import {annotate} from '../../lists/annotations.js';
import {plural} from '../../text.js';
import {nameBox} from '../core/boxes.js';
import type {State} from '../core/model.js';
import {currentPaper, withEffect} from '../core/navigate.js';
import {keyOf} from '../core/seen.js';

/** The user's own library on a paper: its note (e), its tags (t), its PDF (D), and Zotero (Z). */

/** `e`: the note, handed to the user's editor with the terminal. */
export function editNote(state: State): State {
	const paper = currentPaper(state);
	if (!paper) return state;
	const key = keyOf(paper);
	return withEffect(state, {kind: 'note.edit', key, id: paper.id ?? paper.title, text: state.mine.annotations.notes[key]?.text ?? ''});
}

/** `t`: the tags as one line of #tags in the footer's box, a space after them for the next. */
export function editTags(state: State): State {
	const paper = currentPaper(state);
	if (!paper) return state;
	const key = keyOf(paper);
	const tags = state.mine.annotations.tags[key] ?? [];
	return nameBox(state, {kind: 'tags', key}, tags.map((t) => `#${t} `).join(''));
}

/** `D`: the arXiv PDF into the data folder, once. */
export function fetchPdf(state: State): State {
	const paper = currentPaper(state);
	const id = paper ? arxivId(paper) : null;
	if (!id) return {...state, message: 'this paper has no arXiv id: no PDF to download'};
	const kept = state.remote.pdfs.get(id);
	if (kept) return {...state, message: `the PDF of ${id} is on disk already (O opens it)`};
	return withEffect(state, {kind: 'pdf.fetch', id}, `downloading the PDF of ${id}…`);
}

/** `Z`: the picks (or the current paper) to a running Zotero, with their notes and tags. */
export function sendToZotero(state: State): State {
	const paper = currentPaper(state);
	const papers = state.picks.size > 0 ? [...state.picks.values()] : paper ? [paper] : [];
	if (papers.length === 0) return state;
	return withEffect(
		state,
		{kind: 'zotero.send', papers: annotate(papers, state.mine.annotations)},
		`sending ${plural(papers.length, 'paper')} to Zotero…`,
	);
}
