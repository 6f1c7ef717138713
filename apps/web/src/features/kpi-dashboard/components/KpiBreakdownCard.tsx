import type { KpiKey } from '@stardesk/domain';
import { Button, Card, Empty, Flex, Form, Segmented, Select, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { KpiBreakdownInput } from '../../../gql/graphql';
import { QueryError } from '../../../shared/components/QueryError';
import { useKpiBreakdown } from '../hooks/useKpiQueries';
import { useKpiFormat } from '../hooks/useKpiFormat';
import { breakdownTableRows, compareCells, compareLabels, type BreakdownSourceRow, type BreakdownTableRow } from '../kpi-breakdown.util';
import { BREAKDOWN_DIMENSIONS, KPI_GROUP_KEYS, KPI_GROUPS, type BreakdownDimension, type KpiGroup } from '../kpi-view.util';

interface KpiBreakdownCardProps {
  period: Omit<KpiBreakdownInput, 'dimension'>;
  by: BreakdownDimension;
  group: KpiGroup;
  onChange: (change: { by?: BreakdownDimension; group?: KpiGroup }) => void;
  onOpen: (kpi: KpiKey, dimension: BreakdownDimension, value: string | null, label: string) => void;
  /** A total opens every record of the KPI (the rows add up to it). */
  onOpenTotal: (kpi: KpiKey) => void;
}

/** Every KPI of a section cut by outlet, technician, product, channel…; a figure opens the records of its row. */
export function KpiBreakdownCard({ period, by, group, onChange, onOpen, onOpenTotal }: KpiBreakdownCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useKpiFormat();
  const { breakdown, fetching, error, retry } = useKpiBreakdown({ ...period, dimension: by });
  const dimensionName = t(`kpi.breakdown.dimensions.${by}`);

  const labelOf = useMemo(
    () =>
      (row: BreakdownSourceRow): string => {
        if (row.key === null) return t('kpi.breakdown.noValue');
        if (by === 'channel') return t(`enums.channel.${row.key as 'HOTLINE'}`, { defaultValue: row.key });
        if (by === 'priority') return t(`enums.priority.${row.key as 'NORMAL'}`, { defaultValue: row.key });
        return row.label ?? row.key;
      },
    [by, t],
  );
  const rows = useMemo(() => (breakdown ? breakdownTableRows(breakdown.rows, labelOf) : []), [breakdown, labelOf]);
  const totals = useMemo(() => new Map((breakdown?.total ?? []).map((value) => [value.key, value])), [breakdown]);

  const columns: TableColumnsType<BreakdownTableRow> = [
    {
      key: 'label',
      title: dimensionName,
      dataIndex: 'label',
      fixed: 'left',
      width: 140,
      sorter: compareLabels(language),
    },
    ...KPI_GROUPS[group].map((kpi: KpiKey) => ({
      key: kpi,
      title: format.name(kpi),
      align: 'right' as const,
      width: 120,
      sorter: { compare: compareCells(kpi, 'ascend') },
      render: (_: unknown, row: BreakdownTableRow) => {
        const cell = row.cells[kpi];
        const text = format.value(kpi, cell?.value);
        if (!cell || cell.population === 0) return text;
        return (
          <Button type="link" size="small" className="sd-kpi-cell" aria-label={t('kpi.breakdown.openCell', { row: row.label, name: format.name(kpi), value: text })} onClick={() => onOpen(kpi, by, row.key, row.label)}>
            {text}
          </Button>
        );
      },
    })),
  ];

  return (
    <Card
      className="sd-section"
      title={t('kpi.breakdown.title')}
      extra={
        <Flex gap={8} wrap align="center">
          <Form.Item label={t('kpi.breakdown.by')} htmlFor="kpi-breakdown-by" className="sd-inline-field" colon={false}>
            <Select<BreakdownDimension>
              id="kpi-breakdown-by"
              value={by}
              onChange={(next) => onChange({ by: next })}
              options={BREAKDOWN_DIMENSIONS.map((dimension) => ({ value: dimension, label: t(`kpi.breakdown.dimensions.${dimension}`) }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
        </Flex>
      }
    >
      <Segmented<KpiGroup>
        aria-label={t('kpi.breakdown.group')}
        value={group}
        onChange={(next) => onChange({ group: next })}
        options={KPI_GROUP_KEYS.map((key) => ({ value: key, label: t(`kpi.groups.${key}`) }))}
        className="sd-kpi-group-switch"
      />
      {error && !breakdown ? (
        <QueryError title={t('kpi.breakdown.loadFailed')} error={error} onRetry={retry} />
      ) : (
        <Table<BreakdownTableRow>
          aria-label={t('kpi.breakdown.tableLabel', { dimension: dimensionName })}
          data-testid="kpi-breakdown"
          rowKey="rowKey"
          size="small"
          loading={fetching}
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          scroll={{ x: 140 + 120 * KPI_GROUPS[group].length }}
          locale={{ emptyText: <Empty description={t('kpi.breakdown.empty')} /> }}
          summary={() =>
            rows.length ? (
              <Table.Summary fixed>
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <strong>{t('kpi.breakdown.total')}</strong>
                  </Table.Summary.Cell>
                  {KPI_GROUPS[group].map((kpi: KpiKey, index: number) => (
                    <Table.Summary.Cell key={kpi} index={index + 1} align="right">
                      {totals.get(kpi)?.population ? (
                        <Button
                          type="link"
                          size="small"
                          className="sd-kpi-cell"
                          aria-label={t('kpi.breakdown.openCell', { row: t('kpi.breakdown.total'), name: format.name(kpi), value: format.value(kpi, totals.get(kpi)?.value) })}
                          onClick={() => onOpenTotal(kpi)}
                        >
                          <strong>{format.value(kpi, totals.get(kpi)?.value)}</strong>
                        </Button>
                      ) : (
                        <strong>{format.value(kpi, totals.get(kpi)?.value)}</strong>
                      )}
                    </Table.Summary.Cell>
                  ))}
                </Table.Summary.Row>
              </Table.Summary>
            ) : null
          }
        />
      )}
    </Card>
  );
}
