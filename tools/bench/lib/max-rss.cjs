'use strict';
// Preloaded (node --require) into a child the harness measures: writes the process's peak resident set
// (process.resourceUsage().maxRSS, in KiB) to BENCH_MAX_RSS_FILE when it exits, however it exits.
// With BENCH_CPU_FILE, also the CPU seconds it used (user + system), to tell work from waiting on a shared machine.
const file = process.env.BENCH_MAX_RSS_FILE;
const cpuFile = process.env.BENCH_CPU_FILE;
process.on('exit', () => {
  const usage = process.resourceUsage();
  if (file) require('node:fs').writeFileSync(file, String(usage.maxRSS));
  if (cpuFile) require('node:fs').writeFileSync(cpuFile, String((usage.userCPUTime + usage.systemCPUTime) / 1e6));
});
