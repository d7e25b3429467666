// Loaded with node --import before papers: Ink's chunk (named by PAPERS_TEST_HOLD) waits, once loaded, until the file
// PAPERS_TEST_RELEASE exists, so a test can type while only the plain first frame is up, for as long as it likes.
// The wait is a top-level await put before the chunk's code, not a wait in the hook: on Node 22 and later, the
// main thread waits for a module hook, and would answer no key meanwhile.
import {register} from 'node:module';

const hooks = `
export async function load(url, context, next) {
	const loaded = await next(url, context);
	if (!process.env.PAPERS_TEST_HOLD || !url.endsWith('/' + process.env.PAPERS_TEST_HOLD)) return loaded;
	const release = JSON.stringify(process.env.PAPERS_TEST_RELEASE);
	const hold = 'await new Promise((resolve) => { const check = () => (process.getBuiltinModule("node:fs").existsSync(' + release + ') ? resolve() : setTimeout(check, 20)); check(); });\\n';
	return {...loaded, source: hold + String(loaded.source)};
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
