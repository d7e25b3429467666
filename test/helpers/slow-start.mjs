// Loaded with node --import before papers: node "starting" slowly, so that keys typed now are typed before papers
// runs at all, and the terminal echoes them as it does for any program still starting.
process.stderr.write('starting…\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 600);
