import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../../../app/auth/auth-context';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import type { AssessmentsQuery } from '../../../gql/graphql';
import { lastDayOf, mayChangeAssessments } from '../certification.util';
import { AssessmentsDocument } from '../graphql/certification';
import { CreateAssessmentModal } from './CreateAssessmentModal';
import { GradeBadge } from './GradeBadge';

type Row = AssessmentsQuery['assessments'][number];

/** The organisation's GB/T 27922 self-assessments, newest period first; managers start new ones. */
export default function AssessmentsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const [creating, setCreating] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: AssessmentsDocument, requestPolicy: 'cache-and-network' });
  const rows = data?.assessments ?? [];
  const mayChange = mayChangeAssessments(user.role);

  return (
    <>
      <PageHeader
        title={t('certification.title')}
        subtitle={t('certification.subtitle')}
        actions={
          mayChange ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('certification.list.create')}
            </Button>
          ) : null
        }
      />
      <Card className="sd-section">
        {error && !data ? (
          <QueryError title={t('certification.list.loadFailed')} error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <Table<Row>
            rowKey="id"
            data-testid="assessment-table"
            loading={fetching && !data}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: fetching ? <span /> : <Empty description={t('certification.list.empty')}>{t('certification.list.emptyHint')}</Empty> }}
            columns={[
              {
                key: 'period',
                title: t('certification.list.columns.period'),
                render: (_, row) => (
                  <Link to={`/certification/${row.id}`}>
                    {row.periodFrom} – {lastDayOf(row.periodTo)}
                  </Link>
                ),
              },
              { key: 'title', title: t('certification.list.columns.title'), responsive: ['md'], render: (_, row) => row.title ?? t('common.none') },
              { key: 'catalogue', title: t('certification.list.columns.catalogue'), responsive: ['lg'], render: (_, row) => `v${row.catalogVersionNo} · ${row.catalogLabel}` },
              { key: 'score', title: t('certification.list.columns.score'), align: 'right', render: (_, row) => (row.score === null ? t('common.none') : row.score.toFixed(2)) },
              { key: 'grade', title: t('certification.list.columns.grade'), render: (_, row) => <GradeBadge grade={row.grade ?? null} compact /> },
              {
                key: 'status',
                title: t('certification.list.columns.status'),
                render: (_, row) => <Tag color={row.status === 'SIGNED_OFF' ? 'green' : 'blue'}>{t(`certification.status.${row.status}`)}</Tag>,
              },
            ]}
          />
        )}
      </Card>
      {mayChange ? <CreateAssessmentModal open={creating} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
