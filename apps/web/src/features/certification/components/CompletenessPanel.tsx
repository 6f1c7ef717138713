import { Card, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { LoadedAssessment } from '../assessment-change';
import { completenessDisplay, overallCompleteness } from '../certification.util';

type Indicator = LoadedAssessment['indicators'][number];

/** Per indicator: applicable criteria with evidence out of all, as a progress bar. */
export function CompletenessPanel({ indicators }: { indicators: LoadedAssessment['indicators'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const totals = overallCompleteness(indicators);
  const overall = completenessDisplay(totals);
  const nameOf = (indicator: Indicator) => `${indicator.key} ${language === 'en' ? indicator.nameEn : indicator.nameZh}`;
  return (
    <Card className="sd-section" title={t('certification.completeness.title')} extra={overall ? <Typography.Text strong>{t('certification.completeness.overall', { withEvidence: totals.withEvidence, total: totals.total })} · {overall.percent}%</Typography.Text> : null}>
      <Typography.Paragraph type="secondary">{t('certification.completeness.description')}</Typography.Paragraph>
      <Table<Indicator>
        rowKey="key"
        data-testid="completeness-table"
        dataSource={indicators}
        pagination={false}
        size="small"
        columns={[
          { key: 'indicator', title: t('certification.gaps.columns.indicator'), render: (_, indicator) => nameOf(indicator) },
          {
            key: 'completeness',
            title: t('certification.assessment.tabs.completeness'),
            width: '50%',
            render: (_, indicator) => {
              const display = completenessDisplay(indicator.evidenceCompleteness);
              if (!display) return <Typography.Text type="secondary">{t('certification.completeness.notApplicable')}</Typography.Text>;
              return (
                <Progress
                  percent={display.percent}
                  status={display.status}
                  format={(percent) => `${display.label} · ${percent}%`}
                  aria-label={t('certification.completeness.label', { indicator: nameOf(indicator) })}
                />
              );
            },
          },
        ]}
      />
    </Card>
  );
}
