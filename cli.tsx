#!/usr/bin/env -S node --heap-growing-percent=20 --max-semi-space-size=8
// The #! flags: smaller heap growth steps keep a year of papers under 200 MB, and a larger young generation lets
// each frame's garbage die young instead of piling up in the old one (see `npm run bench`).
import meow from 'meow';
import {FLAGS, HELP} from './source/cli/flags.js';
import {main} from './source/cli/main.js';

const cli = meow(HELP, {importMeta: import.meta, flags: FLAGS, allowUnknownFlags: true, booleanDefault: undefined});
process.exitCode = await main(cli.input, cli.flags, cli.unnormalizedFlags);
