import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Switch, Table, Tag, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import { PageHeader } from '../../../shared/components/PageHeader';
import {
  ImportRequestFailed,
  MAX_IMPORT_BYTES,
  sortedProblems,
  totalBytes,
  uploadImport,
  type ImportPhase,
  type ImportResultData,
} from '../import-upload.util';

type Problem = ImportResultData['problems'][number];

function ImportReport({ result }: { result: ImportResultData }) {
  const { t } = useTranslation('admin');
  const problems = sortedProblems(result.problems);
  return (
    <Card className="sd-import-report">
      {result.accepted ? (
        <Alert type="success" showIcon title={t('imports.accepted')} />
      ) : (
        <Alert type="error" showIcon title={t('imports.refused')} description={t('imports.refusedHint')} />
      )}
      {result.accepted && result.counts.length ? (
        <>
          <Typography.Title level={2} className="sd-section-title">
            {t('imports.counts')}
          </Typography.Title>
          <Table
            size="small"
            pagination={false}
            rowKey="type"
            aria-label={t('imports.counts')}
            dataSource={result.counts}
            columns={[
              { title: t('imports.type'), dataIndex: 'type', render: (type: keyof typeof RECORD_TYPE_KEYS) => t(RECORD_TYPE_KEYS[type]) },
              { title: t('imports.inserted'), dataIndex: 'inserted' },
              { title: t('imports.updated'), dataIndex: 'updated' },
            ]}
          />
        </>
      ) : null}
      {problems.length ? (
        <>
          <Typography.Title level={2} className="sd-section-title">
            {t('imports.problems', { count: problems.length })}
          </Typography.Title>
          <Table<Problem>
            size="small"
            rowKey={(problem) => `${problem.file}:${problem.row ?? ''}:${problem.column ?? ''}:${problem.code}:${problem.message}`}
            aria-label={t('imports.problems', { count: problems.length })}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            dataSource={problems}
            columns={[
              {
                title: t('imports.severity'),
                dataIndex: 'severity',
                render: (severity: Problem['severity']) => <Tag color={severity === 'error' ? 'error' : 'warning'}>{t(`imports.severities.${severity}`)}</Tag>,
              },
              { title: t('imports.file'), dataIndex: 'file' },
              { title: t('imports.row'), dataIndex: 'row', render: (row: number | null) => row ?? t('imports.wholeFile') },
              { title: t('imports.column'), dataIndex: 'column', render: (column: string | null) => column ?? '—' },
              { title: t('imports.message'), dataIndex: 'message' },
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}

const RECORD_TYPE_KEYS = {
  service_requests: 'recordTypes.service_requests',
  visits: 'recordTypes.visits',
  complaints: 'recordTypes.complaints',
  return_visits: 'recordTypes.return_visits',
  staff: 'recordTypes.staff',
  qualifications: 'recordTypes.qualifications',
  trainings: 'recordTypes.trainings',
  outlets: 'recordTypes.outlets',
} as const;

/** Upload CSV / XLSX files of historical records, with a progress bar and the row-level report. */
export default function ImportsPage() {
  const { t } = useTranslation('admin');
  const { t: tApp } = useTranslation();
  const { language } = useLanguage();
  const organisation = useCurrentOrganisation();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [update, setUpdate] = useState(false);
  const [phase, setPhase] = useState<ImportPhase | null>(null);
  const [percent, setPercent] = useState(0);
  const [result, setResult] = useState<ImportResultData | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = phase !== null && phase !== 'done';
  const tooLarge = totalBytes(files.map((file) => ({ size: file.size ?? 0 }))) > MAX_IMPORT_BYTES;

  const start = async () => {
    setResult(null);
    setFailure(null);
    try {
      const chosen = files.map((file) => file.originFileObj).filter((file): file is NonNullable<typeof file> => Boolean(file));
      const answer = await uploadImport({
        files: chosen,
        update,
        orgCode: organisation.code,
        language,
        onProgress: (next, value) => {
          setPhase(next);
          setPercent(value);
        },
      });
      setResult(answer);
    } catch (error) {
      setPhase(null);
      setFailure(error instanceof ImportRequestFailed && error.network ? tApp('common.networkError') : error instanceof Error ? error.message : tApp('common.unknownError'));
    }
  };

  const phaseLabel = phase === 'reading' ? t('imports.reading') : phase === 'uploading' ? t('imports.uploading') : phase === 'processing' ? t('imports.processing') : null;

  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      <Upload.Dragger
        className="sd-import-drop"
        multiple
        accept=".csv,.xlsx"
        fileList={files}
        beforeUpload={() => false}
        onChange={({ fileList }) => {
          setFiles(fileList);
          setResult(null);
        }}
        disabled={busy}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('imports.drop')}</p>
        <p className="ant-upload-hint">{t('imports.dropHint')}</p>
      </Upload.Dragger>
      {tooLarge ? <Alert type="error" showIcon title={t('imports.tooLarge')} className="sd-form-alert" /> : null}
      <Flex gap={12} align="center" wrap className="sd-admin-toolbar">
        <label>
          <Switch checked={update} onChange={setUpdate} disabled={busy} /> {t('imports.update')}
        </label>
        <Button type="primary" onClick={() => void start()} disabled={!files.length || tooLarge} loading={busy}>
          {t('imports.start')}
        </Button>
      </Flex>
      {phase ? (
        <div role="status" aria-live="polite">
          <Progress percent={percent} status={busy ? 'active' : result && !result.accepted ? 'exception' : 'success'} aria-label={phaseLabel ?? t('imports.title')} />
          {phaseLabel ? <Typography.Text type="secondary">{phaseLabel}</Typography.Text> : null}
        </div>
      ) : null}
      {failure ? <Alert type="error" showIcon title={t('imports.failed')} description={failure} className="sd-form-alert" /> : null}
      {result ? <ImportReport result={result} /> : null}
    </>
  );
}
