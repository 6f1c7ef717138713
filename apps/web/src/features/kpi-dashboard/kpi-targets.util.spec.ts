import { describe, expect, it } from 'vitest';
import { cardTarget, catalogTargets, targetStatus, type KpiTarget } from './kpi-targets.util';

describe('catalogTargets', () => {
  it('takes the thresholds on a card’s figure and leaves out duration statistics and per-year thresholds', () => {
    expect(
      catalogTargets([
        { kpi: 'firstTimeFixRate', comparator: 'AT_LEAST', threshold: 0.9 },
        { kpi: 'repeatRepairRate', comparator: 'AT_MOST', threshold: 0.05 },
        { kpi: 'resolutionHours', comparator: 'AT_MOST', statistic: 'p90', threshold: 72 },
        { kpi: 'trainingHoursPerStaff', comparator: 'AT_LEAST', threshold: 40 },
        { kpi: null, comparator: null, threshold: null },
      ]),
    ).toEqual({
      firstTimeFixRate: { value: 0.9, comparator: 'AT_LEAST', source: 'catalogue' },
      repeatRepairRate: { value: 0.05, comparator: 'AT_MOST', source: 'catalogue' },
    });
  });

  it('keeps the stricter of two thresholds on one KPI', () => {
    expect(
      catalogTargets([
        { kpi: 'csatRate', comparator: 'AT_LEAST', threshold: 0.85 },
        { kpi: 'csatRate', comparator: 'AT_LEAST', threshold: 0.9 },
        { kpi: 'complaintRate', comparator: 'AT_MOST', threshold: 10 },
        { kpi: 'complaintRate', comparator: 'AT_MOST', threshold: 12 },
      ]),
    ).toEqual({
      csatRate: { value: 0.9, comparator: 'AT_LEAST', source: 'catalogue' },
      complaintRate: { value: 10, comparator: 'AT_MOST', source: 'catalogue' },
    });
  });
});

describe('cardTarget', () => {
  const catalogue = catalogTargets([{ kpi: 'csatRate', comparator: 'AT_LEAST', threshold: 0.9 }]);

  it('prefers the organisation’s deadline the API gives for a duration', () => {
    expect(cardTarget('responseMinutes', 120, catalogue)).toEqual({ value: 120, comparator: 'AT_MOST', source: 'settings' });
  });

  it('falls back to the catalogue, or nothing', () => {
    expect(cardTarget('csatRate', null, catalogue)).toEqual({ value: 0.9, comparator: 'AT_LEAST', source: 'catalogue' });
    expect(cardTarget('requestCount', null, catalogue)).toBeNull();
  });
});

describe('targetStatus', () => {
  const atMost = (value: number): KpiTarget => ({ value, comparator: 'AT_MOST', source: 'settings' });
  const atLeast = (value: number): KpiTarget => ({ value, comparator: 'AT_LEAST', source: 'catalogue' });

  it.each([
    ['a duration under its deadline', 100, atMost(120), 'met'],
    ['a duration exactly on its deadline (inclusive)', 72, atMost(72), 'met'],
    ['a duration over its deadline', 200, atMost(168), 'missed'],
    ['a rate exactly at its threshold', 0.9, atLeast(0.9), 'met'],
    ['a rate below its threshold', 0.8, atLeast(0.9), 'missed'],
    ['no figure', null, atMost(120), null],
    ['no target', 100, null, null],
  ] as const)('%s', (_name, value, target, expected) => {
    expect(targetStatus(value, target)).toBe(expected);
  });
});
