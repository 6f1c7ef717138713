import { Card, Col, Empty, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { ButtonLink } from '../../../shared/components/ButtonLink';
import { CountBarChart } from '../../../shared/charts/CountBarChart';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { formatMonth } from '../../../shared/local-date.util';
import { monthlyRows, statusRows, statusSummary } from '../dashboard-chart.util';
import { useDashboardStats } from '../hooks/useDashboardStats';
import { StatCards } from './StatCards';

export default function DashboardPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { period, timeZone, stats, role, fetching, error, retry } = useDashboardStats();
  // The roles that take requests (PAGE_ROLES.newRequest); of the others only auditors see this page.
  const offersNewRequest = role !== 'AUDITOR';

  const subtitle = t('dashboard.period', {
    from: formatMonth(period.months[0]!, language),
    to: formatMonth(period.months[period.months.length - 1]!, language),
    timeZone,
  });

  return (
    <>
      <PageHeader title={t('dashboard.title')} subtitle={subtitle} />
      {renderBody()}
    </>
  );

  function renderBody() {
    if (!stats && error) return <QueryError title={t('dashboard.loadFailed')} error={error} onRetry={retry} />;
    if (!stats) {
      return (
        <div role="status" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 2 }} />
          <Skeleton active paragraph={{ rows: 6 }} />
        </div>
      );
    }

    const summary = statusSummary(stats.total, stats.byStatus);
    return (
      <div aria-busy={fetching}>
        <StatCards summary={summary} />
        {summary.total === 0 ? (
          <Card className="sd-section">
            <Empty description={t('dashboard.empty')}>
              {offersNewRequest ? (
                <ButtonLink to="/requests/new" type="primary">
                  {t('nav.newRequest')}
                </ButtonLink>
              ) : null}
            </Empty>
          </Card>
        ) : (
          <Row gutter={[16, 16]} className="sd-section">
            <Col xs={24} xl={14}>
              <Card title={t('dashboard.perMonth')} extra={<Link to="/requests">{t('dashboard.viewRequests')}</Link>}>
                <CountBarChart
                  rows={monthlyRows(stats.byMonth, period.months, (month) => formatMonth(month, language))}
                  seriesName={t('dashboard.seriesRequests')}
                  ariaLabel={t('dashboard.perMonthDescription')}
                />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('dashboard.byStatus')}>
                <CountBarChart
                  rows={statusRows(stats.byStatus, (status) => t(`enums.status.${status}`))}
                  seriesName={t('dashboard.seriesRequests')}
                  ariaLabel={t('dashboard.byStatusDescription')}
                  layout="categories"
                />
              </Card>
            </Col>
          </Row>
        )}
      </div>
    );
  }
}
