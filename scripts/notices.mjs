// THIRD-PARTY-NOTICES from what esbuild says went into the bundle: every package, its version, licence and notice.
import fs from 'node:fs';
import path from 'node:path';

/** The package a bundled file belongs to: node_modules/@scope/name/… or node_modules/name/… (the innermost). */
function packageOf(input) {
	const m = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/'));
	return m ? {dir: `${m[1]}${m[2]}`, name: m[2]} : null;
}

const LICENSE_FILES = /^(licen[sc]e|copying|notice)(\.(md|txt|markdown))?$/i;

const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated
documentation files (the "Software"), to deal in the Software without restriction, including without limitation the
rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit
persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the
Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;

/** A package that ships no licence file: its package.json's licence, with its author as the copyright holder. */
function reconstructed(json, license) {
	const author = typeof json.author === 'string' ? json.author : json.author?.name;
	const holder = author ?? (typeof json.repository === 'string' ? json.repository : json.repository?.url) ?? json.name;
	if (license !== 'MIT') return null;
	return `(no licence file in the package; its package.json says MIT, and names ${holder})\n\nCopyright (c) ${holder}\n\n${MIT}`;
}

export function bundledPackages(metafile) {
	const found = new Map();
	for (const output of Object.values(metafile.outputs)) {
		for (const input of Object.keys(output.inputs)) {
			const pkg = packageOf(input);
			if (!pkg || found.has(pkg.dir)) continue;
			const json = JSON.parse(fs.readFileSync(path.join(pkg.dir, 'package.json'), 'utf8'));
			const licenseFile = fs.readdirSync(pkg.dir).find((f) => LICENSE_FILES.test(f));
			const license = typeof json.license === 'string' ? json.license : (json.license?.type ?? 'UNKNOWN');
			found.set(pkg.dir, {
				name: json.name ?? pkg.name,
				version: json.version ?? '',
				license,
				text: licenseFile ? fs.readFileSync(path.join(pkg.dir, licenseFile), 'utf8').trim() : reconstructed(json, license),
			});
		}
	}
	return [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

export function writeNotices(metafile, file = 'THIRD-PARTY-NOTICES') {
	const packages = bundledPackages(metafile);
	const parts = packages.map((p) => {
		const head = `${p.name} ${p.version}\nLicense: ${p.license}`;
		if (!p.text)
			throw new Error(
				`${p.name} ${p.version}: no licence text to ship (its package.json says ${p.license}); add it to scripts/notices.mjs`,
			);
		return `${head}\n\n${p.text}`;
	});
	const intro = 'papers bundles the following packages into dist/. Their licences and copyright notices follow.\n';
	fs.writeFileSync(file, `${intro}\n${'='.repeat(78)}\n\n${parts.join(`\n\n${'='.repeat(78)}\n\n`)}\n`);
	return packages;
}
