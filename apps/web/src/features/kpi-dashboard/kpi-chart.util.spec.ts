import { describe, expect, it } from 'vitest';
import { bucketLabel, chartTarget, trendPoints, type TrendRow } from './kpi-chart.util';

const row = (key: string | null, values: TrendRow['values'], from: string | null = null): TrendRow => ({ key, from, values });

describe('trendPoints', () => {
  const rows = [
    row('2026-11-01', [
      { key: 'firstTimeFixRate', value: 0.75, population: 4 },
      { key: 'requestCount', value: 9, population: 9 },
    ]),
    row('2026-11-02', [{ key: 'firstTimeFixRate', value: null, population: 0 }]),
    row('2026-11-03', [{ key: 'firstTimeFixRate', value: 0.33333, population: 3 }]),
  ];

  it('takes the chosen KPI of each bucket in display units, gaps as null', () => {
    expect(trendPoints(rows, 'firstTimeFixRate', (r) => `L${r.key}`)).toEqual([
      { bucket: '2026-11-01', label: 'L2026-11-01', value: 75, population: 4 },
      { bucket: '2026-11-02', label: 'L2026-11-02', value: null, population: 0 },
      { bucket: '2026-11-03', label: 'L2026-11-03', value: 33.3, population: 3 },
    ]);
  });

  it('treats a KPI missing from a row as no figure', () => {
    expect(trendPoints(rows, 'requestCount', () => '').map((point) => point.value)).toEqual([9, null, null]);
  });

  it('drops rows without a bucket key', () => {
    expect(trendPoints([row(null, [])], 'requestCount', () => '')).toEqual([]);
  });
});

describe('chartTarget', () => {
  it('puts the target in the chart’s units', () => {
    expect(chartTarget('responseMinutes', 120)).toBe(120);
    expect(chartTarget('firstTimeFixRate', 0.9)).toBe(90);
    expect(chartTarget('csatRate', null)).toBeNull();
  });
});

describe('bucketLabel', () => {
  it.each([
    ['day', row('2026-11-05', []), 'zh-CN', '11/5'],
    ['day', row('2026-11-05', []), 'en', '11/5'],
    ['month', row('2026-01', [], '2026-01-01'), 'zh-CN', '2026年1月'],
    ['month', row('2026-01', [], '2026-01-01'), 'en', 'Jan 2026'],
    ['week', row('2026-W02', [], '2026-01-05'), 'zh-CN', 'W02 · 1/5'],
  ] as const)('%s in %s', (dimension, input, locale, expected) => {
    expect(bucketLabel(dimension, input, locale)).toBe(expected);
  });
});
