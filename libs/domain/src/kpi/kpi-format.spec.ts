import { formatKpiChange, formatKpiNumber, kpiDisplayNumber } from './kpi-format';

describe('formatKpiNumber', () => {
  it.each([
    ['rate as percent with one decimal', 'firstTimeFixRate', 0.8534, '85.3'],
    ['whole rate', 'csatRate', 1, '100.0'],
    ['count', 'requestCount', 42, '42'],
    ['duration mean with one decimal', 'responseMinutes', 12.345, '12.3'],
    ['average rating with two decimals', 'avgRating', 4.256, '4.26'],
    ['complaints per 1,000 with two decimals', 'complaintRate', 3.3333, '3.33'],
    ['negative NPS', 'nps', -12.5, '-12.5'],
    ['empty population', 'csatRate', null, '—'],
  ] as const)('%s', (_name, key, value, expected) => {
    expect(formatKpiNumber(key, value)).toBe(expected);
  });
});

describe('formatKpiChange', () => {
  it.each([
    ['rate rise in percentage points', 'firstTimeFixRate', 0.025, '+2.5'],
    ['fall with a minus sign', 'responseMinutes', -3.04, '−3.0'],
    ['no change unsigned', 'requestCount', 0, '0'],
    ['change that rounds to nothing is unsigned', 'csatRate', 0.0001, '0.0'],
  ] as const)('%s', (_name, key, change, expected) => {
    expect(formatKpiChange(key, change)).toBe(expected);
  });
});

describe('kpiDisplayNumber', () => {
  it('scales rates only', () => {
    expect(kpiDisplayNumber('returnVisitRate', 0.5)).toBe(50);
    expect(kpiDisplayNumber('csi', 812.34)).toBe(812.3);
  });
});
