// Loaded with node --import before papers: Ink's chunk (named by PAPERS_TEST_HOLD) is held back until the file
// PAPERS_TEST_RELEASE exists, so a test can type while only the plain first frame is up, for as long as it likes.
import {register} from 'node:module';

const hooks = `
import fs from 'node:fs';
export async function load(url, context, next) {
	if (process.env.PAPERS_TEST_HOLD && url.endsWith('/' + process.env.PAPERS_TEST_HOLD))
		while (!fs.existsSync(process.env.PAPERS_TEST_RELEASE)) await new Promise((resolve) => setTimeout(resolve, 20));
	return next(url, context);
}
`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
