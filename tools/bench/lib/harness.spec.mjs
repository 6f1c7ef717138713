import { figure, formatTable, isMet, resultDocument, resultFileName } from './figures.mjs';
import { parseOptions, WORKLOADS } from './options.mjs';
import { median, percentile, ratio } from './stats.mjs';

describe('median and percentile', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('gives the nearest-rank percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNull();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('does not reorder the caller’s array', () => {
    const values = [3, 1, 2];
    median(values);
    percentile(values, 90);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rounds ratios to two decimals and refuses a missing side', () => {
    expect(ratio(150, 100)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.33);
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
  });
});

describe('figures and the table', () => {
  it('judges a figure against its target, and not without one', () => {
    expect(isMet(90, { op: '<=', value: 100 })).toBe(true);
    expect(isMet(1400, { op: '>=', value: 1500 })).toBe(false);
    expect(isMet(null, { op: '<=', value: 100 })).toBeNull();
    expect(isMet(5, null)).toBeNull();
  });

  it('prints one aligned row per figure with its median, target and verdict', () => {
    const table = formatTable([
      figure('dashboard KPI', 'GraphQL p95', 42.123, 'ms', { target: { op: '<=', value: 100 } }),
      figure('create request ×32', 'throughput', 1234.5, '/s', { target: { op: '>=', value: 1500 } }),
      figure('evidence package', 'wall time', null, 's', { target: { op: '<=', value: 90 }, note: 'not available in this build' }),
      figure('dashboard KPI', 'ratio raw scan / rollup', 3.456, '×'),
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^workload\s+\| figure\s+\| median\s+\| target\s+\| met\?$/);
    expect(lines[2]).toContain('| 42.1 ms');
    expect(lines[2]).toContain('≤ 100 ms');
    expect(lines[2]).toMatch(/yes$/);
    expect(lines[3]).toContain('1,235 /s');
    expect(lines[3]).toMatch(/NO$/);
    expect(lines[4]).toContain('not available in this build');
    expect(lines[5]).toContain('3.46 ×');
    expect(lines[5]).toContain('report');
    // Columns line up: every row has its separators at the header's positions.
    const bars = (line) => [...line.matchAll(/\|/g)].map((match) => match.index);
    for (const line of lines.slice(2)) expect(bars(line)).toEqual(bars(lines[0]));
  });
});

describe('result document', () => {
  it('holds the command, the machine, the data set and every figure', () => {
    const options = parseOptions(['--requests', '2000', '--runs', '1', '--only', 'kpi']);
    const figures = [figure('dashboard KPI', 'GraphQL p95', 12, 'ms', { target: { op: '<=', value: 100 }, runs: [10, 12] })];
    const document = resultDocument({
      startedAt: new Date('2026-11-23T17:00:00.000Z'), finishedAt: new Date('2026-11-23T17:01:00.000Z'), options,
      machine: { cpus: 2, memoryGiB: 24, node: 'v20', postgres: '18.4' }, dataset: { requests: 2112 }, figures,
    });
    expect(document).toEqual({
      schema: 'stardesk-bench/1',
      startedAt: '2026-11-23T17:00:00.000Z',
      finishedAt: '2026-11-23T17:01:00.000Z',
      command: 'npm run bench -- --requests 2000 --runs 1 --only kpi',
      options: { requests: 2000, runs: 1, seed: 27922, only: ['kpi'], reuse: false },
      machine: { cpus: 2, memoryGiB: 24, node: 'v20', postgres: '18.4' },
      dataset: { requests: 2112 },
      figures: [{ workload: 'dashboard KPI', figure: 'GraphQL p95', value: 12, unit: 'ms', target: { op: '<=', value: 100 }, met: true, runs: [10, 12] }],
      details: {},
    });
    expect(resultFileName(new Date('2026-11-23T17:00:05.123Z'))).toBe('2026-11-23T17-00-05Z.json');
  });
});

describe('options', () => {
  it('defaults to every workload on 1 M requests', () => {
    expect(parseOptions([])).toMatchObject({ requests: 1_000_000, runs: 5, only: WORKLOADS, reuse: false });
  });

  it('reads sizes with separators, a workload list in the harness’s order, and --reuse', () => {
    expect(parseOptions(['--requests', '10_000_000', '--only', 'kpi,seed', '--reuse'])).toMatchObject({ requests: 10_000_000, only: ['seed', 'kpi'], reuse: true });
  });

  it('refuses unknown workloads, options and bad numbers', () => {
    expect(() => parseOptions(['--only', 'kpi,fly'])).toThrow(/unknown workload\(s\) fly/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option/);
    expect(() => parseOptions(['--runs', '0'])).toThrow(/positive integer/);
    expect(() => parseOptions(['--runs'])).toThrow(/needs a value/);
  });
});
