import {createHash} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A byte-for-byte copy of a file papers cannot read, beside it as `NAME.bad-HASH` (the hash of its bytes): a file
 * read again and again is kept once, and `made` says whether this call kept it (so it is said once, too). Throws
 * when it cannot write.
 */
export function keepAside(file: string, bytes: Buffer): {backup: string; made: boolean} {
	const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
	const backup = path.join(path.dirname(file), `${path.basename(file)}.bad-${hash}`);
	try {
		fs.writeFileSync(backup, bytes, {flag: 'wx'});
		return {backup, made: true};
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return {backup, made: false};
		throw error;
	}
}
