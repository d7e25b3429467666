import {parseQuery} from '../digest/query.js';
import {listNameProblem} from '../lists/model.js';
import {UsageError} from './errors.js';

/** `watch`, `watch add NAME QUERY…`, `watch rm NAME`, `watch NAME`: anything else is a usage error. */
export function checkWatchWords(words: readonly string[]): void {
	const [verb, name, ...query] = words;
	if (verb === 'add') {
		if (!name || query.length === 0)
			throw new UsageError('papers watch add takes a name and a query, as in papers watch add rl "reinforcement learning"');
		const problem = listNameProblem(name);
		if (problem) throw new UsageError(`${JSON.stringify(name)}: ${problem.replace('list name', 'rule name')}`);
		const parsed = parseQuery(query.join(' '));
		if (!parsed.ok) throw new UsageError(`${JSON.stringify(query.join(' '))}: ${parsed.problem}`);
		if (parsed.query.terms.length === 0)
			throw new UsageError(`${JSON.stringify(query.join(' '))}: a rule needs a word or a field to match`);
		return;
	}
	if (verb === 'rm' ? words.length !== 2 : words.length > 1)
		throw new UsageError(`papers watch takes add NAME QUERY, rm NAME, or one rule's NAME, got ${words.join(' ')}`);
}
