import {afterAll, afterEach, beforeEach} from 'vitest';
import {removeTemp, tempMark} from './helpers/temp.js';

// Ink renders differently when CI=true (lastFrame() after exit becomes "\n"), and CI sets it: see INK-NOTES.md.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
process.env.FORCE_COLOR = '0';

// Tests never reach the network: a binary a test starts without its own server (the browser asks for a lingering
// paper's record) asks a port nothing answers on, and fetch refuses at once.
process.env.PAPERS_API_URL ??= 'http://127.0.0.1:9';

// No test leaves its temp homes behind.
let mark = 0;
beforeEach(() => {
	mark = tempMark();
});
afterEach(() => removeTemp(mark));
afterAll(() => removeTemp());
