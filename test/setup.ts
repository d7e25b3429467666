// Ink renders differently when CI=true (lastFrame() after exit becomes "\n"), and CI sets it: see INK-NOTES.md.
delete process.env.CI;
delete process.env.CONTINUOUS_INTEGRATION;
process.env.FORCE_COLOR = '0';
