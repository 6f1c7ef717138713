import { Alert, Card, Empty, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { QueryError } from '../../../shared/components/QueryError';
import type { AssessmentGapAnalysisQuery } from '../../../gql/graphql';
import type { LoadedAssessment } from '../assessment-change';
import { AssessmentGapAnalysisDocument } from '../graphql/certification';

type Gap = AssessmentGapAnalysisQuery['assessmentGapAnalysis'];
type CriterionGap = Gap['fixes'][number];
type LostCriterion = Pick<CriterionGap, 'criterionKey' | 'lostPoints' | 'reason' | 'action' | 'fix'>;

/** Where the points went (per indicator, and why) and the fewest fixes that reach the next grade. */
export function GapPanel({ assessment }: { assessment: LoadedAssessment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AssessmentGapAnalysisDocument, variables: { id: assessment.id }, requestPolicy: 'cache-and-network' });
  const gaps = data?.assessmentGapAnalysis;
  if (!gaps) {
    if (error) return <QueryError title={t('certification.gaps.loadFailed')} error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
    return (
      <div className="sd-centered" role="status" aria-label={t('common.loading')}>
        <Spin spinning={fetching} />
      </div>
    );
  }
  const indicatorName = (key: string) => {
    const indicator = assessment.indicators.find((entry) => entry.key === key);
    return indicator ? `${key} ${language === 'en' ? indicator.nameEn : indicator.nameZh}` : key;
  };
  const criterionColumns: ColumnsType<LostCriterion> = [
    { key: 'criterion', title: t('certification.gaps.columns.criterion'), render: (_: unknown, gap: LostCriterion) => gap.criterionKey },
    { key: 'lost', title: t('certification.gaps.columns.lost'), align: 'right' as const, render: (_: unknown, gap: LostCriterion) => gap.lostPoints.toFixed(2) },
    { key: 'reason', title: t('certification.gaps.columns.reason'), render: (_: unknown, gap: LostCriterion) => gap.reason },
    {
      key: 'action',
      title: t('certification.gaps.columns.action'),
      render: (_: unknown, gap: LostCriterion) => (
        <>
          <Tag>{t(`certification.fix.${gap.fix}`)}</Tag> {gap.action}
        </>
      ),
    },
  ];
  const lostIndicators = gaps.indicators.filter((indicator) => indicator.lostPoints > 0);
  const nextGradeName = gaps.nextGrade ? t(`certification.grade.${gaps.nextGrade}`) : null;

  return (
    <div data-testid="gap-panel">
      <Alert
        className="sd-section"
        type={gaps.nextGrade === null ? 'success' : gaps.reachable ? 'info' : 'warning'}
        showIcon
        title={
          nextGradeName && gaps.pointsToNextGrade !== null && gaps.pointsToNextGrade !== undefined
            ? t('certification.gaps.toNext', { grade: nextGradeName, points: gaps.pointsToNextGrade.toFixed(2) })
            : t('certification.gaps.topGrade')
        }
        description={
          <>
            <div>{gaps.summary}</div>
            {!gaps.reachable ? <div>{t('certification.gaps.unreachable')}</div> : null}
            {gaps.scoreWithFixes !== null && gaps.scoreWithFixes !== undefined && gaps.fixes.length > 0 ? <div>{t('certification.gaps.withFixes', { score: gaps.scoreWithFixes.toFixed(2) })}</div> : null}
          </>
        }
      />
      <Card className="sd-section" title={t('certification.gaps.fixesTitle')}>
        <Table<CriterionGap>
          rowKey="criterionKey"
          dataSource={gaps.fixes}
          pagination={false}
          size="small"
          scroll={{ x: 720 }}
          locale={{ emptyText: <Empty description={t('certification.gaps.noFixes')} /> }}
          columns={[{ key: 'indicator', title: t('certification.gaps.columns.indicator'), render: (_, gap) => indicatorName(gap.indicatorKey) }, ...(criterionColumns as ColumnsType<CriterionGap>)]}
        />
      </Card>
      <Card className="sd-section" title={t('certification.gaps.lostTitle')}>
        <Table<Gap['indicators'][number]>
          rowKey="key"
          dataSource={lostIndicators}
          pagination={false}
          size="small"
          scroll={{ x: 720 }}
          locale={{ emptyText: <Empty description={t('certification.gaps.noLoss')} /> }}
          expandable={{
            expandedRowRender: (indicator) => (
              <Table<LostCriterion> rowKey="criterionKey" dataSource={indicator.criteria} pagination={false} size="small" columns={criterionColumns} />
            ),
          }}
          columns={[
            { key: 'indicator', title: t('certification.gaps.columns.indicator'), render: (_, indicator) => indicatorName(indicator.key) },
            { key: 'lost', title: t('certification.gaps.columns.lost'), align: 'right', render: (_, indicator) => indicator.lostPoints.toFixed(2) },
            { key: 'points', title: t('certification.scorecard.columns.points'), align: 'right', render: (_, indicator) => `${indicator.actualPoints.toFixed(2)} / ${indicator.applicablePoints.toFixed(2)}` },
          ]}
        />
      </Card>
    </div>
  );
}
