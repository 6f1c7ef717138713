import { describe, expect, it } from 'vitest';
import { periodChange } from './kpi-card.util';

describe('periodChange', () => {
  it.each([
    ['a higher-is-better rate rising is better', 'firstTimeFixRate', 0.9, 0.8, 'up', 'better'],
    ['a higher-is-better rate falling is worse', 'csatRate', 0.7, 0.8, 'down', 'worse'],
    ['a lower-is-better duration falling is better', 'responseMinutes', 40, 55, 'down', 'better'],
    ['a lower-is-better rate rising is worse', 'repeatRepairRate', 0.1, 0.05, 'up', 'worse'],
    ['complaints per 1,000 rising is worse', 'complaintRate', 3, 2, 'up', 'worse'],
    ['a volume changes without a verdict', 'requestCount', 120, 100, 'up', 'changed'],
    ['NPS from negative to less negative is better', 'nps', -5, -20, 'up', 'better'],
  ] as const)('%s', (_name, key, value, previous, arrow, verdict) => {
    expect(periodChange(key, value, previous)).toMatchObject({ arrow, verdict });
  });

  it('gives the change in the KPI’s own unit', () => {
    expect(periodChange('firstTimeFixRate', 0.9, 0.8).change).toBeCloseTo(0.1);
  });

  it('calls a change below the displayed precision unchanged', () => {
    expect(periodChange('csatRate', 0.85001, 0.85)).toEqual({ change: 0, arrow: null, verdict: 'unchanged' });
    expect(periodChange('requestCount', 12, 12)).toEqual({ change: 0, arrow: null, verdict: 'unchanged' });
  });

  it.each([
    ['no figure now', null, 0.5],
    ['no figure before', 0.5, null],
    ['no previous period asked', 0.5, undefined],
  ] as const)('has nothing to compare with %s', (_name, value, previous) => {
    expect(periodChange('csatRate', value, previous)).toEqual({ change: null, arrow: null, verdict: 'none' });
  });
});
