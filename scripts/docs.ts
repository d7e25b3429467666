// Run by the build: the man page, the completion scripts and the readme's reference tables, from the same flag
// table and key map the CLI uses.
import fs from 'node:fs';
import {completionScript, SHELLS} from '../source/cli/completion.js';
import {manPage} from '../source/cli/man-page.js';
import {VERSION} from '../source/version.js';
import {withReferenceTables} from '../source/cli/reference-docs.js';

fs.mkdirSync('man', {recursive: true});
fs.writeFileSync('man/papers.1', manPage(VERSION));
fs.mkdirSync('completions', {recursive: true});
const files = {bash: 'papers.bash', zsh: '_papers', fish: 'papers.fish'} as const;
for (const shell of SHELLS) fs.writeFileSync(`completions/${files[shell]}`, completionScript(shell));
const readme = fs.readFileSync('readme.md', 'utf8');
const current = withReferenceTables(readme);
if (current !== readme) fs.writeFileSync('readme.md', current);
