// Generating the data set (`stardesk seed --requests N`), timed as the whole CLI run when the harness
// built it; a reused data set reports the time measured when it was built (one run: a 1 M seed is
// minutes of a shared machine, not something to repeat for a median).
import { figure } from '../lib/figures.mjs';

export async function seedWorkload(dataset, { requests }) {
  const run = dataset.info.seedRun;
  const scaled = requests === 1_000_000 ? { op: '<=', value: 120 } : null;
  return {
    figures: [
      figure('seed', `generate ${requests.toLocaleString('en')} requests`, run ? run.ms / 1000 : null, 's', {
        target: scaled, runs: run ? [run.ms / 1000] : [], note: dataset.reused ? `built ${run?.at}` : undefined }),
      figure('seed', 'peak RSS of the CLI', run?.peakRssMiB ?? null, 'MiB'),
      figure('seed', 'CPU of the CLI (generator)', run?.cliCpuSeconds ?? null, 's'),
      figure('seed', 'CPU of PostgreSQL', run?.serverCpuSeconds ?? null, 's'),
    ],
    details: { reused: dataset.reused, summary: run?.summary },
  };
}
