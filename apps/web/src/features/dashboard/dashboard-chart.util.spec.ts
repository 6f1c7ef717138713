import { describe, expect, it } from 'vitest';
import { monthlyRows, statusRows, statusSummary, type StatusCount } from './dashboard-chart.util';

const label = (value: string): string => `label:${value}`;

describe('monthlyRows', () => {
  const months = ['2024-11', '2024-12', '2025-01', '2025-02'];

  it.each([
    {
      name: 'fills months without requests with zero',
      byMonth: [
        { month: '2024-12', count: 5 },
        { month: '2025-02', count: 2 },
      ],
      expected: [0, 5, 0, 2],
    },
    { name: 'no data at all', byMonth: [], expected: [0, 0, 0, 0] },
    {
      name: 'keeps period order whatever the API order',
      byMonth: [
        { month: '2025-02', count: 1 },
        { month: '2024-11', count: 9 },
      ],
      expected: [9, 0, 0, 1],
    },
    {
      name: 'ignores months outside the period',
      byMonth: [
        { month: '2024-10', count: 7 },
        { month: '2025-01', count: 3 },
      ],
      expected: [0, 0, 3, 0],
    },
  ])('$name', ({ byMonth, expected }) => {
    const rows = monthlyRows(byMonth, months, label);
    expect(rows.map((row) => row.key)).toEqual(months);
    expect(rows.map((row) => row.count)).toEqual(expected);
  });

  it('labels every month', () => {
    expect(monthlyRows([], ['2025-01'], label)).toEqual([{ key: '2025-01', label: 'label:2025-01', count: 0 }]);
  });
});

describe('statusRows', () => {
  it('lists every status in lifecycle order with zeros and colours', () => {
    const rows = statusRows(
      [
        { status: 'CLOSED', count: 4 },
        { status: 'NEW', count: 2 },
      ],
      label,
    );
    expect(rows.map((row) => row.key)).toEqual([
      'NEW', 'ACKNOWLEDGED', 'DISPATCHED', 'IN_PROGRESS', 'ON_HOLD', 'RESOLVED', 'CLOSED', 'CANCELLED',
    ]);
    expect(rows.map((row) => row.count)).toEqual([2, 0, 0, 0, 0, 0, 4, 0]);
    expect(rows[0]).toMatchObject({ label: 'label:NEW', color: expect.stringMatching(/^#[0-9a-f]{6}$/) });
  });
});

describe('statusSummary', () => {
  const byStatus: StatusCount[] = [
    { status: 'NEW', count: 3 },
    { status: 'ACKNOWLEDGED', count: 1 },
    { status: 'DISPATCHED', count: 2 },
    { status: 'IN_PROGRESS', count: 4 },
    { status: 'ON_HOLD', count: 1 },
    { status: 'RESOLVED', count: 5 },
    { status: 'CLOSED', count: 10 },
    { status: 'CANCELLED', count: 2 },
  ];

  it.each([
    { name: 'every status present', total: 28, byStatus, expected: { total: 28, open: 11, resolvedOrClosed: 15, cancelled: 2 } },
    { name: 'nothing reported', total: 0, byStatus: [], expected: { total: 0, open: 0, resolvedOrClosed: 0, cancelled: 0 } },
    {
      name: 'only closed',
      total: 6,
      byStatus: [{ status: 'CLOSED', count: 6 }] satisfies StatusCount[],
      expected: { total: 6, open: 0, resolvedOrClosed: 6, cancelled: 0 },
    },
  ])('$name', ({ total, byStatus: counts, expected }) => {
    expect(statusSummary(total, counts)).toEqual(expected);
  });
});
