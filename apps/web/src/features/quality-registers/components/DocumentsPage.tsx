import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, Select, Space, Switch, Table, Tag, Tooltip, Typography, Upload, type TableColumnsType } from 'antd';
import { EVIDENCE_DOCUMENT_TYPES, isCustomerFacingDocumentType, type EvidenceDocumentType } from '@stardesk/domain';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import type { ControlledDocumentsQuery } from '../../../gql/graphql';
import { QueryError } from '../../../shared/components/QueryError';
import { downloadFile, uploadDocumentFile } from '../file-transfer';
import {
  ApproveControlledDocumentDocument,
  AttachControlledDocumentFileDocument,
  ControlledDocumentsDocument,
  CreateControlledDocumentDocument,
  SupersedeControlledDocumentDocument,
} from '../graphql/quality-registers';
import { usePagedList } from '../hooks/usePagedList';
import { useStaffChoices } from '../hooks/useStaffChoices';
import { formatBytes, toLocalDate } from '../quality-registers.util';
import { ListFooter } from './ListFooter';
import { RecordModal, outcomeOf } from './RecordModal';

type DocumentRow = ControlledDocumentsQuery['controlledDocuments']['edges'][number]['node'];

interface CreateValues {
  documentType?: EvidenceDocumentType;
  title?: string;
  versionLabel?: string;
  description?: string;
  authorId?: string;
  published?: boolean;
}

interface ApproveValues {
  approvedById?: string;
  effectiveFrom?: Dayjs;
  effectiveTo?: Dayjs;
}

const STATUS_COLOURS = { DRAFT: 'default', APPROVED: 'green', SUPERSEDED: 'orange' } as const;

/** 受控文件清单: every version with its status, dates and file; register, upload, approve, revise. */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { code: orgCode } = useCurrentOrganisation();
  const { notify } = useFeedback();
  const staff = useStaffChoices();
  const [types, setTypes] = useState<EvidenceDocumentType[]>([]);
  const [series, setSeries] = useState<DocumentRow | null>(null);
  const filter = series ? { seriesId: series.seriesId } : types.length ? { documentTypes: types } : null;
  const list = usePagedList(ControlledDocumentsDocument, { filter }, (data) => data.controlledDocuments, 'ControlledDocument');
  const [creating, setCreating] = useState(false);
  const [approving, setApproving] = useState<DocumentRow | null>(null);
  const [revising, setRevising] = useState<DocumentRow | null>(null);
  const [uploadingId, setUploadingId] = useState<string | null>(null);
  const [, createDocument] = useMutation(CreateControlledDocumentDocument);
  const [, attachFile] = useMutation(AttachControlledDocumentFileDocument);
  const [, approveDocument] = useMutation(ApproveControlledDocumentDocument);
  const [, supersedeDocument] = useMutation(SupersedeControlledDocumentDocument);

  const upload = async (row: DocumentRow, file: File) => {
    setUploadingId(row.id);
    const sent = await uploadDocumentFile(orgCode, language, row.id, file);
    if (!sent.ok) {
      setUploadingId(null);
      notify('error', `${t('quality.documents.uploadFailed')}${sent.fieldErrors.length ? `: ${sent.fieldErrors.map((error) => error.message).join(' ')}` : sent.message ? `: ${sent.message}` : ''}`);
      return;
    }
    const attached = await attachFile({ input: { id: row.id, expectedVersion: row.version, attachmentId: sent.attachmentId } }, { additionalTypenames: ['ControlledDocument'] });
    setUploadingId(null);
    if (attached.error) notify('error', `${t('quality.documents.uploadFailed')}: ${attached.error.graphQLErrors[0]?.message ?? ''}`);
    else notify('success', t('quality.documents.uploaded'));
    list.refresh();
  };

  const download = async (row: DocumentRow) => {
    if (!row.file) return;
    if (!(await downloadFile(orgCode, language, row.file.downloadUrl, row.file.fileName))) notify('error', t('quality.documents.downloadFailed'));
  };

  const columns: TableColumnsType<DocumentRow> = [
    { key: 'documentType', title: t('quality.documents.columns.documentType'), render: (_, row) => t(`quality.documentTypes.${row.documentType}`) },
    { key: 'title', title: t('quality.documents.columns.title'), dataIndex: 'title' },
    { key: 'versionLabel', title: t('quality.documents.columns.versionLabel'), dataIndex: 'versionLabel' },
    {
      key: 'status',
      title: t('quality.documents.columns.status'),
      render: (_, row) => (
        <Space size={4} wrap>
          <Tag color={STATUS_COLOURS[row.status]}>{t(`quality.documentStatus.${row.status}`)}</Tag>
          {row.inForce ? <Tag color="blue">{t('quality.documents.inForce')}</Tag> : null}
          {row.published ? <Tag color="purple">{t('quality.documents.published')}</Tag> : null}
        </Space>
      ),
    },
    {
      key: 'effective',
      title: t('quality.documents.columns.effective'),
      render: (_, row) =>
        row.effectiveFrom
          ? row.effectiveTo
            ? t('quality.documents.range', { from: row.effectiveFrom, to: row.effectiveTo })
            : t('quality.documents.from', { from: row.effectiveFrom })
          : t('quality.common.none'),
    },
    {
      key: 'file',
      title: t('quality.documents.columns.file'),
      render: (_, row) =>
        row.file ? (
          <Tooltip title={`SHA-256 ${row.file.sha256}`}>
            <Button type="link" size="small" icon={<DownloadOutlined />} onClick={() => void download(row)} aria-label={`${t('quality.documents.download')} ${row.file.fileName}`}>
              {row.file.fileName} · {formatBytes(row.file.size)}
            </Button>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{t('quality.documents.noFile')}</Typography.Text>
        ),
    },
    {
      key: 'people',
      title: t('quality.documents.columns.people'),
      render: (_, row) => `${row.author?.name ?? t('quality.common.none')} / ${row.approvedBy?.name ?? t('quality.common.none')}`,
    },
    {
      key: 'actions',
      title: t('quality.common.actions'),
      render: (_, row) => (
        <Space size={4} wrap>
          {row.status === 'DRAFT' ? (
            <>
              <Upload
                showUploadList={false}
                accept=".pdf,.png,.jpg,.jpeg,.webp"
                beforeUpload={(file) => {
                  void upload(row, file);
                  return false;
                }}
              >
                <Button size="small" icon={<UploadOutlined />} loading={uploadingId === row.id}>
                  {uploadingId === row.id ? t('quality.documents.uploading') : t('quality.documents.upload')}
                </Button>
              </Upload>
              <Button size="small" type="primary" onClick={() => setApproving(row)}>
                {t('quality.documents.approve')}
              </Button>
            </>
          ) : null}
          {row.status === 'APPROVED' ? (
            <Button size="small" onClick={() => setRevising(row)}>
              {t('quality.documents.newVersion')}
            </Button>
          ) : null}
          {series ? null : (
            <Button size="small" type="link" onClick={() => setSeries(row)}>
              {t('quality.documents.versions')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const typeOptions = EVIDENCE_DOCUMENT_TYPES.map((type) => ({ value: type, label: t(`quality.documentTypes.${type}`) }));

  return (
    <Card className="sd-section">
      <Flex justify="space-between" gap={12} wrap className="sd-section">
        {series ? (
          <Tag closable onClose={() => setSeries(null)} color="blue">
            {t('quality.documents.versionsOf', { title: series.title })}
          </Tag>
        ) : (
          <Select<EvidenceDocumentType[]>
            mode="multiple"
            allowClear
            style={{ minWidth: 280 }}
            placeholder={t('quality.documents.typeFilter')}
            aria-label={t('quality.documents.columns.documentType')}
            options={typeOptions}
            value={types}
            onChange={setTypes}
          />
        )}
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('quality.documents.create')}
        </Button>
      </Flex>
      {list.error && list.rows.length === 0 ? (
        <QueryError title={t('quality.common.loadFailed')} error={list.error} onRetry={list.refresh} />
      ) : (
        <>
          <Table<DocumentRow>
            rowKey="id"
            data-testid="document-table"
            columns={columns}
            dataSource={list.rows}
            loading={list.initialLoading}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: list.initialLoading ? <span /> : <Empty description={t('quality.documents.empty')} /> }}
          />
          <ListFooter list={list} />
        </>
      )}

      <RecordModal<CreateValues>
        title={t('quality.documents.create')}
        open={creating}
        onClose={() => setCreating(false)}
        fieldNames={['documentType', 'title', 'versionLabel', 'description', 'authorId', 'published']}
        initialValues={{ versionLabel: 'A/0', published: false }}
        onSubmit={async (values) => {
          const outcome = outcomeOf(await createDocument({ input: { ...values, published: values.published ?? false } }, { additionalTypenames: ['ControlledDocument'] }));
          if (outcome.ok) {
            notify('success', t('quality.documents.created'));
            list.refresh();
          }
          return outcome;
        }}
      >
        {(form) => (
          <>
            <Form.Item name="documentType" label={t('quality.documents.fields.documentType')} required>
              <Select options={typeOptions} showSearch optionFilterProp="label" />
            </Form.Item>
            <Form.Item name="title" label={t('quality.documents.fields.title')} required>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="versionLabel" label={t('quality.documents.fields.versionLabel')} required>
              <Input maxLength={32} />
            </Form.Item>
            <Form.Item name="authorId" label={t('quality.documents.fields.authorId')}>
              <Select options={staff.options} loading={staff.loading} allowClear showSearch optionFilterProp="label" placeholder={t('quality.common.staffPlaceholder')} />
            </Form.Item>
            <Form.Item name="description" label={t('quality.documents.fields.description')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(before, after) => before.documentType !== after.documentType}>
              {() => {
                const type = form.getFieldValue('documentType') as EvidenceDocumentType | undefined;
                return type && isCustomerFacingDocumentType(type) ? (
                  <Form.Item name="published" label={t('quality.documents.fields.published')} valuePropName="checked" extra={t('quality.documents.publishedHelp')}>
                    <Switch />
                  </Form.Item>
                ) : null;
              }}
            </Form.Item>
          </>
        )}
      </RecordModal>

      <RecordModal<ApproveValues>
        title={approving ? t('quality.documents.approveTitle', { title: approving.title, version: approving.versionLabel }) : ''}
        open={approving !== null}
        onClose={() => setApproving(null)}
        fieldNames={['approvedById', 'effectiveFrom', 'effectiveTo']}
        okText={t('quality.documents.approve')}
        testId="approve-dialog"
        onSubmit={async (values) => {
          if (!approving) return { ok: true };
          const outcome = outcomeOf(
            await approveDocument(
              { input: { id: approving.id, expectedVersion: approving.version, approvedById: values.approvedById ?? null, effectiveFrom: toLocalDate(values.effectiveFrom), effectiveTo: toLocalDate(values.effectiveTo) } },
              { additionalTypenames: ['ControlledDocument'] },
            ),
          );
          if (outcome.ok) {
            notify('success', t('quality.documents.approved'));
            list.refresh();
          }
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="approvedById" label={t('quality.documents.fields.approvedById')} required>
              <Select options={staff.options} loading={staff.loading} showSearch optionFilterProp="label" placeholder={t('quality.common.staffPlaceholder')} />
            </Form.Item>
            <Form.Item name="effectiveFrom" label={t('quality.documents.fields.effectiveFrom')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
            <Form.Item name="effectiveTo" label={t('quality.documents.fields.effectiveTo')}>
              <DatePicker className="sd-full-width" />
            </Form.Item>
          </>
        )}
      </RecordModal>

      <RecordModal<{ versionLabel?: string; title?: string; authorId?: string }>
        title={revising ? t('quality.documents.newVersionTitle', { title: revising.title }) : ''}
        open={revising !== null}
        onClose={() => setRevising(null)}
        fieldNames={['versionLabel', 'title', 'authorId']}
        initialValues={revising ? { title: revising.title } : {}}
        onSubmit={async (values) => {
          if (!revising) return { ok: true };
          const outcome = outcomeOf(await supersedeDocument({ input: { id: revising.id, expectedVersion: revising.version, ...values } }, { additionalTypenames: ['ControlledDocument'] }));
          if (outcome.ok) {
            notify('success', t('quality.documents.newVersionCreated'));
            list.refresh();
          }
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="versionLabel" label={t('quality.documents.fields.versionLabel')} required>
              <Input maxLength={32} />
            </Form.Item>
            <Form.Item name="title" label={t('quality.documents.fields.title')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="authorId" label={t('quality.documents.fields.authorId')}>
              <Select options={staff.options} loading={staff.loading} allowClear showSearch optionFilterProp="label" placeholder={t('quality.common.staffPlaceholder')} />
            </Form.Item>
          </>
        )}
      </RecordModal>
    </Card>
  );
}
