import { InvalidKpiPeriod, isWithin, resolvePeriod } from './kpi-period';

describe('KPI periods', () => {
  it('turns local dates into Shanghai instants by default, half-open', () => {
    const window = resolvePeriod({ from: '2026-01-01', to: '2026-01-02' });
    expect(window.timeZone).toBe('Asia/Shanghai');
    expect(window.start.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(window.end.toISOString()).toBe('2026-01-01T16:00:00.000Z');
    expect(window.lastDay).toBe('2026-01-01');
  });

  it.each([
    ['2025-12-31T15:59:59.999Z', false],
    ['2025-12-31T16:00:00.000Z', true],
    ['2026-01-01T15:59:59.000Z', true],
    ['2026-01-01T16:00:00.000Z', false],
  ])('%s is inside 2026-01-01 (Shanghai): %p', (instant, inside) => {
    expect(isWithin(new Date(instant), resolvePeriod({ from: '2026-01-01', to: '2026-01-02' }))).toBe(inside);
  });

  it('uses the zone it is given', () => {
    expect(resolvePeriod({ from: '2026-07-01', to: '2026-08-01', timeZone: 'Europe/Berlin' }).start.toISOString()).toBe('2026-06-30T22:00:00.000Z');
  });

  it.each([
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from', 'invalidDate'],
    [{ from: '2026-01-01', to: '2026-1-2' }, 'to', 'invalidDate'],
    [{ from: '2026-01-01', to: '2026-01-01' }, 'to', 'notAfterFrom'],
    [{ from: '2026-01-01', to: '2026-02-01', timeZone: 'Mars/Base' }, 'timeZone', 'invalidTimeZone'],
  ])('refuses %j', (period, field, reason) => {
    expect(() => resolvePeriod(period)).toThrow(InvalidKpiPeriod);
    expect(() => resolvePeriod(period)).toThrow(expect.objectContaining({ field, reason }));
  });
});
