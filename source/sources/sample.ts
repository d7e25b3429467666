import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

/** The bundled sample digest; found from this module up, so it works from source/ in tests and from dist/ when built. */
export function samplePath(): string | null {
	let dir = path.dirname(fileURLToPath(import.meta.url));
	for (let i = 0; i < 4; i++) {
		const candidate = path.join(dir, 'sample', 'digest.json');
		if (fs.existsSync(candidate)) return candidate;
		dir = path.dirname(dir);
	}
	return null;
}
