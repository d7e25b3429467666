import fs from 'node:fs';
import path from 'node:path';

/**
 * A byte-for-byte copy of a file papers cannot read, beside it as `NAME.bad-TIME`, unless a copy with the same bytes
 * is there already (a file read again and again is kept once). Answers the copy's path; throws when it cannot write.
 */
export function keepAside(file: string, bytes: Buffer, now = new Date()): string {
	const dir = path.dirname(file);
	const prefix = `${path.basename(file)}.bad-`;
	for (const name of fs.readdirSync(dir)) {
		if (!name.startsWith(prefix)) continue;
		const candidate = path.join(dir, name);
		if (fs.statSync(candidate).size === bytes.length && fs.readFileSync(candidate).equals(bytes)) return candidate;
	}
	const backup = path.join(dir, `${prefix}${now.toISOString().replace(/[:.]/g, '-')}`);
	fs.writeFileSync(backup, bytes, {flag: 'wx'});
	return backup;
}
