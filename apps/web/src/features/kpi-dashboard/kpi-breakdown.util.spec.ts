import { describe, expect, it } from 'vitest';
import { breakdownTableRows, compareCells, compareLabels, NO_VALUE_ROW_KEY, type BreakdownSourceRow } from './kpi-breakdown.util';

const source: BreakdownSourceRow[] = [
  { key: 'o-1', label: '浦东中心', values: [{ key: 'firstTimeFixRate', value: 0.5, population: 2 }] },
  { key: null, label: null, values: [{ key: 'firstTimeFixRate', value: null, population: 0 }] },
  { key: 'o-2', label: '北京朝阳', values: [{ key: 'firstTimeFixRate', value: 0.9, population: 10 }] },
];

describe('breakdownTableRows', () => {
  it('keys every KPI of a row and labels it, the row without a value included', () => {
    const rows = breakdownTableRows(source, (row) => row.label ?? '未指定');
    expect(rows[0]).toEqual({ rowKey: 'o-1', key: 'o-1', label: '浦东中心', cells: { firstTimeFixRate: { value: 0.5, population: 2 } } });
    expect(rows[1]).toMatchObject({ rowKey: NO_VALUE_ROW_KEY, key: null, label: '未指定' });
  });
});

describe('sorting', () => {
  const rows = breakdownTableRows(source, (row) => row.label ?? '未指定');
  const order = (sorted: typeof rows) => sorted.map((row) => row.rowKey);

  it('ascending by figure with empty figures last', () => {
    expect(order([...rows].sort(compareCells('firstTimeFixRate', 'ascend')))).toEqual(['o-1', 'o-2', NO_VALUE_ROW_KEY]);
  });

  it('descending (antd reverses the comparator) still puts empty figures last', () => {
    const comparator = compareCells('firstTimeFixRate', 'descend');
    expect(order([...rows].sort((a, b) => -comparator(a, b)))).toEqual(['o-2', 'o-1', NO_VALUE_ROW_KEY]);
  });

  it('by label in pinyin order', () => {
    expect(order([...rows].sort(compareLabels('zh-CN')))).toEqual(['o-2', 'o-1', NO_VALUE_ROW_KEY]);
  });
});
