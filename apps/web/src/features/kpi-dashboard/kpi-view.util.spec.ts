import { describe, expect, it } from 'vitest';
import { defaultView, periodInput, presetOf, presetRange, viewFromSearchParams, viewToSearchParams, type KpiView } from './kpi-view.util';

const TODAY = '2026-11-23';

describe('presetRange', () => {
  it.each([
    ['thisMonth', { from: '2026-11-01', to: '2026-11-23' }],
    ['lastMonth', { from: '2026-10-01', to: '2026-10-31' }],
    ['last30Days', { from: '2026-10-25', to: '2026-11-23' }],
    ['thisYear', { from: '2026-01-01', to: '2026-11-23' }],
    ['last12Months', { from: '2025-12-01', to: '2026-11-23' }],
  ] as const)('%s', (preset, expected) => {
    expect(presetRange(preset, TODAY)).toEqual(expected);
  });

  it('last month across a year boundary and a short February', () => {
    expect(presetRange('lastMonth', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('lastMonth', '2028-03-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});

describe('URL ⇄ view', () => {
  const view: KpiView = {
    from: '2026-01-01',
    to: '2026-03-31',
    filters: { outletId: 'c0ffee00-0000-4000-8000-000000000001', productCategory: '空调', channel: 'HOTLINE', priority: null },
    trendKpi: 'firstTimeFixRate',
    by: 'technician',
    group: 'complaints',
    records: { kpi: 'firstTimeFixRate', dimension: 'outlet', value: 'c0ffee00-0000-4000-8000-000000000001', onlyFailing: true },
  };

  it('round-trips every setting', () => {
    expect(viewFromSearchParams(viewToSearchParams(view, TODAY), TODAY)).toEqual(view);
  });

  it('writes the period always and the rest only when not the default', () => {
    expect(viewToSearchParams(defaultView(TODAY), TODAY).toString()).toBe('from=2026-11-01&to=2026-11-23');
  });

  it('keeps the row of records without a value (recordsBy without recordsValue)', () => {
    const params = viewToSearchParams({ ...view, records: { kpi: 'csatRate', dimension: 'channel', value: null, onlyFailing: false } }, TODAY);
    expect(params.get('recordsBy')).toBe('channel');
    expect(params.has('recordsValue')).toBe(false);
    expect(viewFromSearchParams(params, TODAY).records).toEqual({ kpi: 'csatRate', dimension: 'channel', value: null, onlyFailing: false });
  });

  it.each([
    ['no parameters', ''],
    ['an impossible date', 'from=2026-02-30&to=2026-03-01'],
    ['a reversed range', 'from=2026-03-01&to=2026-02-01'],
    ['a range longer than the API takes', 'from=2010-01-01&to=2026-01-01'],
  ])('falls back to this month for %s', (_name, query) => {
    const parsed = viewFromSearchParams(new URLSearchParams(query), TODAY);
    expect({ from: parsed.from, to: parsed.to }).toEqual({ from: '2026-11-01', to: '2026-11-23' });
  });

  it('ignores unknown values of closed lists', () => {
    const parsed = viewFromSearchParams(new URLSearchParams('channel=FAX&priority=SOON&by=colour&group=x&trend=speed&records=nope'), TODAY);
    expect(parsed).toEqual(defaultView(TODAY));
  });

  it('accepts a one-day period', () => {
    expect(viewFromSearchParams(new URLSearchParams('from=2026-05-05&to=2026-05-05'), TODAY)).toMatchObject({ from: '2026-05-05', to: '2026-05-05' });
  });
});

describe('periodInput', () => {
  it('makes the last day exclusive and leaves out empty filters', () => {
    expect(periodInput({ from: '2026-02-01', to: '2026-02-28', filters: { outletId: null, productCategory: '冰箱', channel: null, priority: 'URGENT' } })).toEqual({
      from: '2026-02-01',
      to: '2026-03-01',
      filters: { productCategory: '冰箱', priority: 'URGENT' },
    });
  });
});

describe('presetOf', () => {
  it('names a preset range and nothing else', () => {
    expect(presetOf(presetRange('lastMonth', TODAY), TODAY)).toBe('lastMonth');
    expect(presetOf({ from: '2026-11-02', to: '2026-11-23' }, TODAY)).toBeNull();
  });
});
