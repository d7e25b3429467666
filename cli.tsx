#!/usr/bin/env -S node --heap-growing-percent=20 --max-semi-space-size=4
import meow from 'meow';
import {FLAGS, HELP} from './source/cli/flags.js';
import {main} from './source/cli/main.js';

const cli = meow(HELP, {importMeta: import.meta, flags: FLAGS, allowUnknownFlags: true, booleanDefault: undefined});
process.exitCode = await main(cli.input, cli.flags, cli.unnormalizedFlags);
