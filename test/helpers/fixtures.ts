import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.resolve(ROOT, '../shared/fixtures');
export const HAS_FIXTURES = fs.existsSync(path.join(FIXTURES, 'hf-papers-search-page.txt'));
/** Put in the name of every describe that needs the real digests, so a skipped run says why. */
export const REAL = HAS_FIXTURES ? 'real fixtures' : 'real fixtures (SKIPPED: ../shared/fixtures is absent beside the checkout)';

if (!HAS_FIXTURES)
	console.warn(`papers tests: ${FIXTURES} not found; the checks on real digests are skipped, the project's own inputs still run.`);

export function fixture(name: string): string {
	return path.join(FIXTURES, name);
}

export function readFixture(name: string): string {
	return fs.readFileSync(fixture(name), 'utf8');
}
