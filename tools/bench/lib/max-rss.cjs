'use strict';
// Preloaded (node --require) into a child the harness measures: writes the process's peak resident set
// (process.resourceUsage().maxRSS, in KiB) to BENCH_MAX_RSS_FILE when it exits, however it exits.
const file = process.env.BENCH_MAX_RSS_FILE;
if (file) {
  process.on('exit', () => require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
