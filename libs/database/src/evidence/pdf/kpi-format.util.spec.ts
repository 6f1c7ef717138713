import { formatAxisValue, formatKpiValue, formatTarget } from './kpi-format.util';

describe('formatKpiValue', () => {
  it.each([
    [0.9234, 'rate', '92.3%'],
    [null, 'rate', '—'],
    [0, 'rate', '0.0%'],
    [1234, 'count', '1234'],
    [42.25, 'minutes', '42.3 分钟'],
    [71.96, 'hours', '72.0 小时'],
    [4.5, 'score', '4.5'],
    [-12.345, 'score', '-12.35'],
    [3.5, 'perThousand', '3.50‰'],
  ] as const)('%s %s → %s', (value, unit, text) => {
    expect(formatKpiValue(value, unit, 'zh-CN')).toBe(text);
  });

  it('names units in English too', () => {
    expect(formatKpiValue(30, 'minutes', 'en')).toBe('30.0 min');
    expect(formatTarget({ comparator: '<=', threshold: 72 }, 'hours', 'en')).toBe('≤ 72.0 h');
    expect(formatTarget({ comparator: '>=', threshold: 0.9 }, 'rate', 'en')).toBe('≥ 90.0%');
  });
});

describe('formatAxisValue', () => {
  it('shows as many decimals as the step needs', () => {
    expect(formatAxisValue(0.8, 'rate', 0.2)).toBe('80%');
    expect(formatAxisValue(0.925, 'rate', 0.025)).toBe('92.5%');
    expect(formatAxisValue(40, 'count', 10)).toBe('40');
    expect(formatAxisValue(2.5, 'score', 0.5)).toBe('2.5');
  });
});
