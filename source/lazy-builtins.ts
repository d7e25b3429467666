import type * as ChildProcess from 'node:child_process';
import type * as Crypto from 'node:crypto';
import {createRequire} from 'node:module';

/*
 * node:crypto and node:child_process are about 35 of Node's own modules, loaded on
 * every start if imported at the top, before papers draws anything. Loaded on first use instead, by the few functions
 * that hash, name a temporary file or run a program.
 */
const load = createRequire(import.meta.url);

export const nodeCrypto = (): typeof Crypto => load('node:crypto') as typeof Crypto;
export const childProcess = (): typeof ChildProcess => load('node:child_process') as typeof ChildProcess;
