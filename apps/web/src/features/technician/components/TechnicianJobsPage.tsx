import { EnvironmentOutlined, PhoneOutlined, RightOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Form, List, Select, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CountdownTag } from '../../../shared/components/CountdownTag';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { useNow } from '../../../shared/hooks/useNow';
import { PriorityTag, StatusTag } from '../../service-requests/components/EnumTags';
import { useTechnicians } from '../../service-requests/hooks/useServiceRequestDetail';
import { MyJobsDocument } from '../graphql/technician';
import { useAuth } from '../../../app/auth/auth-context';
import { useTechnicianIdentity } from '../technician-identity';
import { sortJobs } from '../jobs.util';

const CONTEXT = { additionalTypenames: ['ServiceRequest', 'Visit'] };

/** The technician's phone: open jobs dispatched to them, the most urgent first. */
export default function TechnicianJobsPage() {
  const { t } = useTranslation();
  const [technicianId, setTechnicianId] = useTechnicianIdentity();
  const { user } = useAuth();
  const technicians = useTechnicians(null);
  const me = technicians.technicians.find((person) => person.id === technicianId) ?? null;

  return (
    <div className="sd-phone-page">
      <PageHeader title={t('ops.tech.title')} subtitle={me ? t('ops.tech.hello', { name: me.name }) : t('ops.tech.chooseHint')} />
      {user.role === 'TECHNICIAN' ? null : (
      <Card size="small" className="sd-section">
        <Form layout="vertical">
          <Form.Item label={t('ops.tech.whoAmI')} htmlFor="tech-identity" className="sd-compact-item">
            <Select
              id="tech-identity"
              showSearch={{ optionFilterProp: 'label' }}
              loading={technicians.loading}
              value={technicianId}
              placeholder={t('ops.tech.whoAmIPlaceholder')}
              onChange={(value: string) => setTechnicianId(value)}
              options={technicians.technicians.map((person) => ({ value: person.id, label: `${person.name} (${person.login})` }))}
            />
          </Form.Item>
        </Form>
      </Card>
      )}
      {technicians.error ? <QueryError title={t('ops.tech.techniciansFailed')} error={technicians.error} onRetry={technicians.retry} /> : null}
      {technicianId ? <MyJobs technicianId={technicianId} /> : null}
    </div>
  );
}

function MyJobs({ technicianId }: { technicianId: string }) {
  const { t } = useTranslation();
  const now = useNow();
  const [result, reexecute] = useQuery({ query: MyJobsDocument, variables: { technicianId }, requestPolicy: 'cache-and-network', context: CONTEXT });
  if (!result.data && result.fetching) {
    return (
      <Card aria-busy="true">
        <Skeleton active />
      </Card>
    );
  }
  if (result.error && !result.data) return <QueryError title={t('ops.tech.jobsFailed')} error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const jobs = sortJobs(result.data?.serviceRequests.edges.map((edge) => edge.node) ?? []);
  if (jobs.length === 0) return <Empty className="sd-section" description={t('ops.tech.noJobs')} />;
  return (
    <List
      aria-label={t('ops.tech.title')}
      dataSource={jobs}
      renderItem={(job) => (
        <List.Item className="sd-job-item">
          <Card size="small" className="sd-job-card">
            <Link to={`/tech/jobs/${job.id}`} className="sd-job-link" aria-label={t('ops.tech.openJob', { code: job.code, name: job.customer.name })}>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong>{job.code}</Typography.Text>
                <RightOutlined aria-hidden />
              </Flex>
            </Link>
            <Space size={4} wrap>
              <StatusTag status={job.status} />
              <PriorityTag priority={job.priority} />
              {job.deadlines.arrival?.state === 'PENDING' ? <CountdownTag dueAt={job.deadlines.arrival.dueAt} now={now} /> : null}
            </Space>
            <Typography.Paragraph className="sd-job-line">
              {job.customer.name} · {job.product.model} {job.product.name}
            </Typography.Paragraph>
            {job.faultDescription ? <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>{job.faultDescription}</Typography.Paragraph> : null}
            <Flex gap={16} wrap>
              <a href={`tel:${job.customer.phone}`}>
                <PhoneOutlined aria-hidden /> {job.customer.phone}
              </a>
              {job.customer.address ? (
                <Typography.Text type="secondary">
                  <EnvironmentOutlined aria-hidden /> {job.customer.address}
                </Typography.Text>
              ) : null}
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}
