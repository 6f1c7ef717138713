import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { formatKpiValue, kpiDashboardLink, kpiName, safeEvidenceHref, sampleRecordLink } from '../certification.util';
import type { LoadedAssessment } from '../assessment-change';

export type CriterionRow = LoadedAssessment['indicators'][number]['criteria'][number];

type TableRow =
  | { kind: 'category'; key: string; name: string; actual: number; applicable: number; children: TableRow[] }
  | { kind: 'indicator'; key: string; name: string; actual: number; applicable: number; children: TableRow[] }
  | { kind: 'criterion'; key: string; name: string; criterion: CriterionRow };

const STATUS_COLORS: Record<CriterionRow['status'], string> = { CONFORMING: 'green', PARTIAL: 'gold', NON_CONFORMING: 'red', EXCLUDED: 'default', UNASSESSED: 'orange' };

interface ScorecardTableProps {
  assessment: LoadedAssessment;
  readOnly: boolean;
  onJudge: (criterion: CriterionRow) => void;
}

/** Category → indicator → criterion, each criterion with its evidence, result and points. */
export function ScorecardTable({ assessment, readOnly, onJudge }: ScorecardTableProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const nameOf = (named: { nameZh: string; nameEn: string }) => (language === 'en' ? named.nameEn : named.nameZh);
  const rows: TableRow[] = assessment.categories.map((category) => ({
    kind: 'category',
    key: category.key,
    name: nameOf(category),
    actual: category.actualPoints,
    applicable: category.applicablePoints,
    children: assessment.indicators
      .filter((indicator) => indicator.category === category.key)
      .map((indicator) => ({
        kind: 'indicator',
        key: indicator.key,
        name: nameOf(indicator),
        actual: indicator.actualPoints,
        applicable: indicator.applicablePoints,
        children: indicator.criteria.map((criterion) => ({ kind: 'criterion', key: criterion.key, name: nameOf(criterion), criterion })),
      })),
  }));

  const evidenceOf = (criterion: CriterionRow) => {
    switch (criterion.method) {
      case 'KPI':
        return (
          <Space orientation="vertical" size={0}>
            <span>
              {kpiName(criterion.kpi ?? null, language)}:{' '}
              {criterion.kpiValue === null || criterion.kpiValue === undefined
                ? t('certification.scorecard.kpiNoData')
                : t('certification.scorecard.kpiValue', {
                    value: formatKpiValue(criterion.kpiValue, criterion.kpi ?? null),
                    comparator: criterion.comparator === 'AT_MOST' ? '≤' : '≥',
                    threshold: formatKpiValue(criterion.threshold ?? null, criterion.kpi ?? null),
                  })}
            </span>
            <Link to={kpiDashboardLink(assessment, criterion.kpi ?? null)}>{t('certification.scorecard.openDashboard')}</Link>
          </Space>
        );
      case 'DOCUMENT':
        return criterion.documentIds.length > 0 ? (
          <Link to="/quality/documents">{t('certification.scorecard.documentsFound', { count: criterion.documentIds.length })}</Link>
        ) : (
          t('certification.scorecard.noDocument')
        );
      case 'SAMPLE':
        return (
          <Space orientation="vertical" size={0}>
            <span>{t('certification.scorecard.sampled', { sampled: criterion.sampled ?? 0, population: criterion.populationSize ?? 0, nonConforming: criterion.nonConforming ?? 0 })}</span>
            {criterion.samples.length > 0 ? (
              <details>
                <summary>{t('certification.scorecard.samples')}</summary>
                <ul className="sd-plain-list">
                  {criterion.samples.map((sample) => {
                    const link = sampleRecordLink(criterion.recordType ?? null, sample.recordId);
                    const label = t('certification.scorecard.sampleRecord', { id: sample.recordId.slice(0, 8) });
                    return (
                      <li key={sample.recordId}>
                        {link ? <Link to={link}>{label}</Link> : label}{' '}
                        {sample.conforming ? (
                          <Tag color="green">{t('certification.scorecard.conforming')}</Tag>
                        ) : (
                          sample.findings.map((finding) => (
                            <Tag key={finding.code} color="red">
                              {finding.message}
                            </Tag>
                          ))
                        )}
                      </li>
                    );
                  })}
                </ul>
              </details>
            ) : null}
          </Space>
        );
      case 'MANUAL':
        return null;
    }
  };

  const columns: ColumnsType<TableRow> = [
    {
      key: 'item',
      title: t('certification.scorecard.columns.item'),
      render: (_, row) =>
        row.kind === 'criterion' ? (
          <span>
            <Typography.Text type="secondary">{row.key}</Typography.Text> {row.name}
          </span>
        ) : (
          <Typography.Text strong>{row.kind === 'indicator' ? `${row.key} ${row.name}` : row.name}</Typography.Text>
        ),
    },
    { key: 'method', title: t('certification.scorecard.columns.method'), responsive: ['md'], render: (_, row) => (row.kind === 'criterion' ? <Tag>{t(`certification.method.${row.criterion.method}`)}</Tag> : null) },
    {
      key: 'result',
      title: t('certification.scorecard.columns.result'),
      render: (_, row) => {
        if (row.kind !== 'criterion') return null;
        const { criterion } = row;
        return (
          <Space orientation="vertical" size={0}>
            <Tag color={STATUS_COLORS[criterion.status]}>{t(`certification.criterionStatus.${criterion.status}`)}</Tag>
            {criterion.judgement?.note ? <Typography.Text type="secondary">{t('certification.scorecard.note', { note: criterion.judgement.note })}</Typography.Text> : null}
            {criterion.judgement?.evidenceLinks.map((link) => {
              const href = safeEvidenceHref(link);
              return href ? (
                <Typography.Link key={link} href={href} target="_blank" rel="noreferrer">
                  {link}
                </Typography.Link>
              ) : (
                <Typography.Text key={link}>{link}</Typography.Text>
              );
            })}
          </Space>
        );
      },
    },
    { key: 'evidence', title: t('certification.scorecard.columns.evidence'), responsive: ['sm'], render: (_, row) => (row.kind === 'criterion' ? evidenceOf(row.criterion) : null) },
    {
      key: 'points',
      title: t('certification.scorecard.columns.points'),
      align: 'right',
      render: (_, row) => {
        const [actual, applicable] = row.kind === 'criterion' ? [row.criterion.actualPoints, row.criterion.applicablePoints] : [row.actual, row.applicable];
        return <span style={{ whiteSpace: 'nowrap' }}>{t('certification.scorecard.pointsOf', { actual: Math.round(actual * 100) / 100, applicable: Math.round(applicable * 100) / 100 })}</span>;
      },
    },
    {
      key: 'actions',
      title: <span className="sd-visually-hidden">{t('certification.scorecard.judge')}</span>,
      render: (_, row) =>
        row.kind === 'criterion' && row.criterion.acceptsJudgement && !readOnly ? (
          <Button size="small" onClick={() => onJudge(row.criterion)} aria-label={`${t('certification.scorecard.judge')} ${row.key}`}>
            {t('certification.scorecard.judge')}
          </Button>
        ) : null,
    },
  ];

  return (
    <Card className="sd-section" title={t('certification.scorecard.tableTitle')}>
      <Table<TableRow>
        rowKey="key"
        data-testid="scorecard-table"
        dataSource={rows}
        columns={columns}
        pagination={false}
        size="small"
        expandable={{ defaultExpandAllRows: true }}
        rowClassName={(row) => `sd-scorecard-${row.kind}`}
      />
    </Card>
  );
}
