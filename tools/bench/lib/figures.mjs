// The figures a benchmark run reports, their targets, and the printed table.

/**
 * One figure of a workload. `target` is { op: '<=' | '>=', value } or null (reported only);
 * `value` null means not measured (then `note` says why, e.g. "not available in this build").
 */
export function figure(workload, name, value, unit, { target = null, runs = [], note } = {}) {
  return { workload, figure: name, value, unit, target, met: isMet(value, target), runs, ...(note ? { note } : {}) };
}

/** true or false against the target; null when there is no target or no value. */
export function isMet(value, target) {
  if (value == null || !target) return null;
  return target.op === '<=' ? value <= target.value : value >= target.value;
}

const formatNumber = (value) => {
  if (value == null) return '—';
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString('en');
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
};

const withUnit = (value, unit) => (value == null ? '—' : `${formatNumber(value)}${unit ? ` ${unit}` : ''}`);

/** The figures as a plain-text table: workload, figure, median, target, met? (and a note when present). */
export function formatTable(figures) {
  const header = ['workload', 'figure', 'median', 'target', 'met?'];
  const rows = figures.map((f) => [
    f.workload,
    f.figure,
    f.value == null && f.note ? f.note : withUnit(f.value, f.unit),
    f.target ? `${f.target.op === '<=' ? '≤' : '≥'} ${withUnit(f.target.value, f.unit)}` : 'report',
    f.met == null ? '' : f.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.map(line)].join('\n');
}

/** The JSON written to bench-results/<timestamp>.json. */
export function resultDocument({ startedAt, finishedAt, options, machine, dataset, figures, details = {} }) {
  return {
    schema: 'stardesk-bench/1',
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    command: `npm run bench -- ${options.argv.join(' ')}`.trim(),
    options: { requests: options.requests, runs: options.runs, seed: options.seed, only: options.only, reuse: options.reuse },
    machine,
    dataset,
    figures,
    details,
  };
}

/** A file name for the results of a run started at `date`: sortable, no colons. */
export function resultFileName(date) {
  return `${date.toISOString().replace(/[:]/g, '-').replace(/\.\d+Z$/, 'Z')}.json`;
}
