import { DownloadOutlined, FileZipOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Empty, Form, Progress, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAuth } from '../../../app/auth/auth-context';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import type { EvidencePackagesQuery } from '../../../gql/graphql';
import { QueryError } from '../../../shared/components/QueryError';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { downloadFile } from '../file-transfer';
import { EvidenceAssessmentChoicesDocument, EvidencePackagesDocument, StartEvidencePackageDocument } from '../graphql/evidence-packages';
import { formatBytes, placeServerErrors, toLocalDate } from '../quality-registers.util';

type PackageRow = EvidencePackagesQuery['evidencePackages'][number];
interface StartValues {
  period?: [Dayjs, Dayjs];
  assessmentId?: string;
  revealPersonalInformation?: boolean;
}

const STATUS_COLOURS = { QUEUED: 'default', RUNNING: 'processing', READY: 'success', FAILED: 'error' } as const;
const POLL_MS = 1500;
const CONTEXT = { additionalTypenames: ['EvidencePackage'] };
const FIELDS = ['period', 'assessmentId', 'revealPersonalInformation'];

/**
 * 证据包: the auditor's one file. Choose a period (and an assessment), start the build, watch its
 * progress, download the signed ZIP once ready. Only administrators may include personal information
 * unmasked; the API records who did.
 */
export default function EvidencePackagesPage() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const { language } = useLanguage();
  const { code: orgCode } = useCurrentOrganisation();
  const { user } = useAuth();
  const [form] = Form.useForm<StartValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [{ data, error, fetching }, refresh] = useQuery({ query: EvidencePackagesDocument, variables: { first: 20 }, context: useMemo(() => CONTEXT, []) });
  const [assessments] = useQuery({ query: EvidenceAssessmentChoicesDocument });
  const [, start] = useMutation(StartEvidencePackageDocument);
  const rows = data?.evidencePackages ?? [];
  const busy = rows.some((row) => row.status === 'QUEUED' || row.status === 'RUNNING');

  // While a package is being built, the list is read again every POLL_MS.
  useEffect(() => {
    if (!busy) return undefined;
    const timer = setInterval(() => refresh({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [busy, refresh]);

  const submit = async (values: StartValues) => {
    setBanner(null);
    setStarting(true);
    const result = await start(
      {
        input: {
          from: toLocalDate(values.period?.[0]),
          to: toLocalDate(values.period?.[1]),
          assessmentId: values.assessmentId ?? null,
          revealPersonalInformation: values.revealPersonalInformation === true,
        },
      },
      CONTEXT,
    );
    setStarting(false);
    if (result.error || !result.data) {
      const fieldErrors = serverFieldErrorsOf(result.error) ?? [];
      const periodErrors = fieldErrors.map((fieldError) => (fieldError.field === 'from' || fieldError.field === 'to' ? { ...fieldError, field: 'period' } : fieldError));
      const placed = placeServerErrors(periodErrors, FIELDS);
      form.setFields(placed.fields.map((field) => ({ name: field.name as never, errors: field.errors })));
      if (placed.fields.length === 0 || placed.unmatched.length > 0) setBanner(result.error ? describeGraphqlError(result.error, t) : t('quality.evidence.startFailed'));
      return;
    }
    notify('success', t('quality.evidence.started'));
    refresh({ requestPolicy: 'network-only' });
  };

  const download = async (row: PackageRow) => {
    if (!row.downloadUrl || !(await downloadFile(orgCode, language, row.downloadUrl, row.fileName ?? `${row.id}.zip`))) notify('error', t('quality.evidence.downloadFailed'));
  };

  const assessmentOptions = (assessments.data?.assessments ?? []).map((assessment) => ({
    value: assessment.id,
    label: `${assessment.title ?? t('quality.evidence.untitled')} · ${assessment.periodFrom} – ${dayjs(assessment.periodTo).subtract(1, 'day').format('YYYY-MM-DD')} · ${t(`quality.evidence.assessmentStatus.${assessment.status}`)}${assessment.score === null || assessment.score === undefined ? '' : ` · ${assessment.score}`}`,
    from: assessment.periodFrom,
    to: dayjs(assessment.periodTo).subtract(1, 'day'),
  }));

  const columns: TableColumnsType<PackageRow> = [
    { key: 'createdAt', title: t('quality.evidence.columns.createdAt'), render: (_, row) => dayjs(row.createdAt).format('YYYY-MM-DD HH:mm') },
    { key: 'period', title: t('quality.evidence.columns.period'), render: (_, row) => `${row.periodFrom} – ${row.periodTo}` },
    {
      key: 'status',
      title: t('quality.evidence.columns.status'),
      render: (_, row) =>
        row.status === 'RUNNING' || row.status === 'QUEUED' ? (
          <Space orientation="vertical" size={0} className="sd-full-width">
            <Tag color={STATUS_COLOURS[row.status]}>{t(`quality.evidence.statuses.${row.status}`)}</Tag>
            <Progress
              percent={row.progressTotal > 0 ? Math.floor((row.progressDone / row.progressTotal) * 100) : 0}
              size="small"
              status="active"
              aria-label={t('quality.evidence.progress')}
            />
            {row.stage && <Typography.Text type="secondary">{t(`quality.evidence.stages.${row.stage}`, { defaultValue: row.stage })}</Typography.Text>}
          </Space>
        ) : row.status === 'FAILED' ? (
          <Space size={4} wrap>
            <Tag color="error">{t('quality.evidence.statuses.FAILED')}</Tag>
            <Typography.Text type="danger">{t(`quality.evidence.errors.${row.errorCode ?? 'BUILD_FAILED'}`, { defaultValue: t('quality.evidence.errors.BUILD_FAILED') })}</Typography.Text>
          </Space>
        ) : (
          <Tag color={STATUS_COLOURS[row.status]}>{t(`quality.evidence.statuses.${row.status}`)}</Tag>
        ),
    },
    {
      key: 'reveal',
      title: t('quality.evidence.columns.personalInformation'),
      render: (_, row) => (row.revealPersonalInformation ? <Tag color="orange">{t('quality.evidence.revealed')}</Tag> : <Tag>{t('quality.evidence.masked')}</Tag>),
    },
    { key: 'requestedBy', title: t('quality.evidence.columns.requestedBy'), dataIndex: 'requestedBy' },
    {
      key: 'file',
      title: t('quality.evidence.columns.file'),
      render: (_, row) =>
        row.downloadUrl ? (
          <Space orientation="vertical" size={0}>
            <Button size="small" icon={<DownloadOutlined />} onClick={() => void download(row)}>
              {t('quality.evidence.download')}
            </Button>
            <Typography.Text type="secondary">{row.sizeBytes ? formatBytes(row.sizeBytes) : ''}</Typography.Text>
            {row.sha256 && (
              <Typography.Text type="secondary" copyable={{ text: row.sha256 }} className="sd-mono">
                SHA-256 {row.sha256.slice(0, 12)}…
              </Typography.Text>
            )}
          </Space>
        ) : (
          t('quality.common.none')
        ),
    },
  ];

  return (
    <Card className="sd-section">
      <Alert type="info" showIcon className="sd-section" title={t('quality.evidence.intro')} />
      <Form<StartValues>
        form={form}
        layout="inline"
        className="sd-section"
        initialValues={{ period: [dayjs().subtract(1, 'year').add(1, 'day'), dayjs()], revealPersonalInformation: false }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: StartValues) => {
          const chosen = changed.assessmentId ? assessmentOptions.find((option) => option.value === changed.assessmentId) : undefined;
          if (chosen) form.setFieldValue('period', [dayjs(chosen.from), chosen.to]);
        }}
      >
        <Form.Item name="period" label={t('quality.evidence.fields.period')} required>
          <DatePicker.RangePicker allowClear={false} data-testid="evidence-period" />
        </Form.Item>
        <Form.Item name="assessmentId" label={t('quality.evidence.fields.assessment')}>
          <Select
            allowClear
            className="sd-evidence-assessment"
            style={{ minWidth: 280 }}
            placeholder={t('quality.evidence.latestSignedOff')}
            options={assessmentOptions.map(({ value, label }) => ({ value, label }))}
            loading={assessments.fetching}
          />
        </Form.Item>
        {user.role === 'ADMIN' && (
          <Form.Item name="revealPersonalInformation" valuePropName="checked">
            <Checkbox data-testid="evidence-reveal">{t('quality.evidence.fields.reveal')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<FileZipOutlined />} loading={starting} data-testid="evidence-start">
            {t('quality.evidence.start')}
          </Button>
        </Form.Item>
      </Form>
      {banner && <Alert type="error" showIcon className="sd-section" title={banner} closable onClose={() => setBanner(null)} />}
      {error && rows.length === 0 ? (
        <QueryError title={t('quality.evidence.loadFailed')} error={error} onRetry={() => refresh({ requestPolicy: 'network-only' })} />
      ) : (
        <Table<PackageRow>
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={fetching && !data}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: fetching && !data ? <span /> : <Empty description={t('quality.evidence.empty')} /> }}
        />
      )}
    </Card>
  );
}
