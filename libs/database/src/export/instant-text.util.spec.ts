import { formatInstantCell } from '@stardesk/domain';
import { instantCellFromPostgres } from './instant-text.util';

describe('instantCellFromPostgres', () => {
  it.each([
    ['2026-01-02 10:11:12+08', '2026-01-02T10:11:12+08:00'],
    ['2026-01-02 10:11:12.5+08', '2026-01-02T10:11:12.500+08:00'],
    ['2026-01-02 10:11:12.000999+08', '2026-01-02T10:11:12+08:00'],
    ['2026-01-02 10:11:12.345678+08', '2026-01-02T10:11:12.345+08:00'],
    ['2026-03-08 01:59:59-05', '2026-03-08T01:59:59-05:00'],
    ['2026-01-02 10:11:12+05:30', '2026-01-02T10:11:12+05:30'],
    ['2026-01-02 10:11:12-03:30', '2026-01-02T10:11:12-03:30'],
    ['infinity', 'infinity'],
  ])('%s → %s', (text, cell) => {
    expect(instantCellFromPostgres(text)).toBe(cell);
  });

  it('writes what formatInstantCell writes for the same instant and zone', () => {
    const instant = new Date('2026-07-01T02:03:04.567Z');
    expect(instantCellFromPostgres('2026-07-01 10:03:04.567+08')).toBe(formatInstantCell(instant, 'Asia/Shanghai'));
    expect(instantCellFromPostgres('2026-07-01 02:03:04+00')).toBe(formatInstantCell(new Date('2026-07-01T02:03:04Z'), 'UTC'));
    expect(instantCellFromPostgres('2026-06-30 22:03:04-04')).toBe(formatInstantCell(new Date('2026-07-01T02:03:04Z'), 'America/New_York'));
  });
});
