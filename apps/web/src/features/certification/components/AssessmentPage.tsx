import { ArrowLeftOutlined, CheckCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row, Spin, Statistic, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../../app/auth/auth-context';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { describeGraphqlError } from '../../../shared/graphql-error.util';
import { CHANGE_CONTEXT } from '../assessment-change';
import { gradeDisplay, lastDayOf, mayChangeAssessments } from '../certification.util';
import { AssessmentDocument, EvaluateAssessmentDocument } from '../graphql/certification';
import { AdjustmentsPanel } from './AdjustmentsPanel';
import { CompletenessPanel } from './CompletenessPanel';
import { GapPanel } from './GapPanel';
import { GradeBadge } from './GradeBadge';
import { JudgementModal } from './JudgementModal';
import { ScorecardChart } from './ScorecardChart';
import { ScorecardTable, type CriterionRow } from './ScorecardTable';
import { SignOffModal } from './SignOffModal';

/** One self-assessment: score and grade, the scorecard, gaps, evidence, the assessor's editor, sign-off. */
export default function AssessmentPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { user } = useAuth();
  const { notify } = useFeedback();
  const [{ data, fetching, error }, refetch] = useQuery({ query: AssessmentDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const [{ fetching: evaluating }, evaluate] = useMutation(EvaluateAssessmentDocument);
  const [judging, setJudging] = useState<CriterionRow | null>(null);
  const [signingOff, setSigningOff] = useState(false);
  const [tab, setTab] = useState('scorecard');

  const assessment = data?.assessment;
  if (!assessment) {
    if (error) return <QueryError title={t('certification.assessment.loadFailed')} error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
    return (
      <div className="sd-centered" role="status" aria-label={t('common.loading')}>
        <Spin />
      </div>
    );
  }

  const mayChange = mayChangeAssessments(user.role);
  const signedOff = assessment.status === 'SIGNED_OFF';
  const readOnly = !mayChange || signedOff;
  const grade = gradeDisplay(assessment.score ?? null, language);
  const period = t('certification.assessment.period', { from: assessment.periodFrom, to: lastDayOf(assessment.periodTo) });
  const formatInstant = (value: string) => new Date(value).toLocaleString(language);

  const reevaluate = async () => {
    const result = await evaluate({ input: { assessmentId: assessment.id, expectedVersion: assessment.version } }, CHANGE_CONTEXT);
    if (result.error) notify('error', describeGraphqlError(result.error, t));
    else notify('success', t('certification.assessment.reevaluated'));
  };

  return (
    <>
      <Link to="/certification">
        <ArrowLeftOutlined /> {t('certification.assessment.back')}
      </Link>
      <PageHeader
        title={assessment.title ?? period}
        subtitle={`${assessment.title ? `${period} · ` : ''}${t('certification.assessment.catalogue', { versionNo: assessment.catalogVersionNo, label: assessment.catalogLabel })}`}
        actions={
          readOnly ? null : (
            <Flex gap={8} wrap>
              <Button icon={<ReloadOutlined />} loading={evaluating} onClick={() => void reevaluate()}>
                {t('certification.assessment.reevaluate')}
              </Button>
              <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setSigningOff(true)}>
                {t('certification.assessment.signOff')}
              </Button>
            </Flex>
          )
        }
      />
      {signedOff ? (
        <Alert
          type="success"
          showIcon
          className="sd-section"
          data-testid="signed-off"
          title={t('certification.assessment.signedOff', { by: assessment.signedOffBy ?? '', at: assessment.signedOffAt ? formatInstant(assessment.signedOffAt) : '' })}
        />
      ) : !mayChange ? (
        <Alert type="info" showIcon className="sd-section" title={t('certification.assessment.readOnly')} />
      ) : null}
      {error ? <Alert type="error" showIcon className="sd-section" title={describeGraphqlError(error, t)} /> : null}

      <Card className="sd-section" aria-busy={fetching}>
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} sm={12} md={6}>
            <Statistic title={t('certification.assessment.score')} value={assessment.score === null || assessment.score === undefined ? t('common.none') : assessment.score.toFixed(2)} suffix={assessment.score === null ? undefined : `/ 100`} data-testid="assessment-score" />
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Typography.Text type="secondary">{t('certification.assessment.grade')}</Typography.Text>
            <GradeBadge grade={assessment.grade ?? null} />
            {grade?.next ? (
              <Typography.Text type="secondary">{t('certification.gaps.toNext', { grade: grade.next.name, points: Math.max(0, grade.next.minScore - (assessment.score ?? 0)).toFixed(2) })}</Typography.Text>
            ) : null}
          </Col>
          <Col xs={12} md={3}>
            <Statistic title={t('certification.assessment.actual')} value={assessment.actualPoints} precision={2} />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title={t('certification.assessment.applicable')} value={assessment.applicablePoints} precision={2} />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title={t('certification.assessment.deductions')} value={assessment.deductionPoints} prefix="−" />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title={t('certification.assessment.bonus')} value={assessment.bonusPoints} prefix="+" />
          </Col>
        </Row>
        <Flex gap={16} wrap>
          {assessment.unassessed.length > 0 ? <Typography.Text type="warning">{t('certification.assessment.unassessed', { count: assessment.unassessed.length })}</Typography.Text> : null}
          {assessment.evaluatedAt ? <Typography.Text type="secondary">{t('certification.assessment.evaluatedAt', { at: formatInstant(assessment.evaluatedAt) })}</Typography.Text> : null}
        </Flex>
      </Card>

      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'scorecard',
            label: t('certification.assessment.tabs.scorecard'),
            children: (
              <>
                <ScorecardChart indicators={assessment.indicators} />
                <ScorecardTable assessment={assessment} readOnly={readOnly} onJudge={setJudging} />
              </>
            ),
          },
          { key: 'gaps', label: t('certification.assessment.tabs.gaps'), children: <GapPanel assessment={assessment} /> },
          { key: 'completeness', label: t('certification.assessment.tabs.completeness'), children: <CompletenessPanel indicators={assessment.indicators} /> },
          { key: 'adjustments', label: t('certification.assessment.tabs.adjustments'), children: <AdjustmentsPanel assessment={assessment} readOnly={readOnly} /> },
        ]}
      />

      {readOnly ? null : (
        <>
          <JudgementModal assessment={assessment} criterion={judging} onClose={() => setJudging(null)} />
          <SignOffModal assessment={assessment} open={signingOff} defaultName={user.name} onClose={() => setSigningOff(false)} />
        </>
      )}
    </>
  );
}
