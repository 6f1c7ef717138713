import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, List, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { AUDIT_FINDING_SEVERITIES, type AuditFindingSeverity } from '@stardesk/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { InternalAuditsQuery } from '../../../gql/graphql';
import { QueryError } from '../../../shared/components/QueryError';
import { AddAuditFindingDocument, CreateCorrectiveActionDocument, CreateInternalAuditDocument, InternalAuditsDocument, UpdateInternalAuditDocument } from '../graphql/quality-registers';
import { usePagedList } from '../hooks/usePagedList';
import { useReportDocumentChoices } from '../hooks/useReportDocumentChoices';
import { useStaffChoices } from '../hooks/useStaffChoices';
import { splitNames, toLocalDate } from '../quality-registers.util';
import { ListFooter } from './ListFooter';
import { RecordModal, outcomeOf } from './RecordModal';

type AuditRow = InternalAuditsQuery['internalAudits']['edges'][number]['node'];
type FindingRow = AuditRow['findings'][number];
const SEVERITY_COLOURS = { MAJOR: 'red', MINOR: 'orange', OBSERVATION: 'default' } as const;
const CONTEXT = { additionalTypenames: ['InternalAudit', 'CorrectiveAction'] };

interface AuditValues {
  title?: string;
  plannedDate?: Dayjs;
  performedDate?: Dayjs;
  scope?: string;
  auditors?: string;
  reportDocumentId?: string;
}

/** 内部审核: plan, perform, record findings, and raise a corrective action for each nonconformity. */
export default function InternalAuditsPage() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const staff = useStaffChoices();
  const reports = useReportDocumentChoices('INTERNAL_AUDIT_REPORT');
  const list = usePagedList(InternalAuditsDocument, {}, (data) => data.internalAudits, 'InternalAudit');
  const [creating, setCreating] = useState(false);
  const [addingTo, setAddingTo] = useState<AuditRow | null>(null);
  const [raisingFor, setRaisingFor] = useState<FindingRow | null>(null);
  const [performing, setPerforming] = useState<AuditRow | null>(null);
  const [, updateAudit] = useMutation(UpdateInternalAuditDocument);
  const [, createAudit] = useMutation(CreateInternalAuditDocument);
  const [, addFinding] = useMutation(AddAuditFindingDocument);
  const [, createAction] = useMutation(CreateCorrectiveActionDocument);

  const done = (message: string) => {
    notify('success', message);
    list.refresh();
  };

  const columns: TableColumnsType<AuditRow> = [
    { key: 'title', title: t('quality.audits.columns.title'), dataIndex: 'title' },
    { key: 'plannedDate', title: t('quality.audits.columns.plannedDate'), dataIndex: 'plannedDate' },
    { key: 'performedDate', title: t('quality.audits.columns.performedDate'), render: (_, row) => row.performedDate ?? t('quality.common.none') },
    { key: 'status', title: t('quality.audits.columns.status'), render: (_, row) => <Tag color={row.status === 'COMPLETED' ? 'green' : 'blue'}>{t(`quality.auditStatus.${row.status}`)}</Tag> },
    { key: 'auditors', title: t('quality.audits.columns.auditors'), render: (_, row) => row.auditors.join('、') },
    { key: 'report', title: t('quality.audits.columns.report'), render: (_, row) => (row.reportDocument ? `${row.reportDocument.title}（${row.reportDocument.versionLabel}）` : t('quality.common.none')) },
    { key: 'findings', title: t('quality.audits.columns.findings'), render: (_, row) => row.findings.length },
    {
      key: 'actions',
      title: t('quality.common.actions'),
      render: (_, row) => (
        <Space size={4} wrap>
          {row.status === 'PLANNED' ? (
            <Button size="small" type="primary" onClick={() => setPerforming(row)}>
              {t('quality.audits.recordPerformed')}
            </Button>
          ) : null}
          <Button size="small" onClick={() => setAddingTo(row)}>
            {t('quality.audits.addFinding')}
          </Button>
        </Space>
      ),
    },
  ];

  const findingList = (audit: AuditRow) =>
    audit.findings.length === 0 ? (
      <Typography.Text type="secondary">{t('quality.audits.noFindings')}</Typography.Text>
    ) : (
      <List<FindingRow>
        size="small"
        dataSource={audit.findings}
        renderItem={(finding) => (
          <List.Item
            actions={[
              finding.correctiveActionId ? (
                <Tag key="linked" color="green">
                  {t('quality.audits.actionLinked', { status: finding.correctiveActionStatus ? t(`quality.actionStatus.${finding.correctiveActionStatus}`) : '' })}
                </Tag>
              ) : (
                <Button key="raise" size="small" type={finding.needsCorrectiveAction ? 'primary' : 'default'} onClick={() => setRaisingFor(finding)}>
                  {t('quality.audits.raiseAction')}
                </Button>
              ),
            ]}
          >
            <Space wrap>
              <Tag color={SEVERITY_COLOURS[finding.severity]}>{t(`quality.severities.${finding.severity}`)}</Tag>
              {finding.clause ? <Typography.Text code>{finding.clause}</Typography.Text> : null}
              <span>{finding.description}</span>
              {finding.needsCorrectiveAction && !finding.correctiveActionId ? <Tag color="red">{t('quality.audits.needsAction')}</Tag> : null}
            </Space>
          </List.Item>
        )}
      />
    );

  return (
    <Card className="sd-section">
      <Flex justify="flex-end" className="sd-section">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('quality.audits.create')}
        </Button>
      </Flex>
      {list.error && list.rows.length === 0 ? (
        <QueryError title={t('quality.common.loadFailed')} error={list.error} onRetry={list.refresh} />
      ) : (
        <>
          <Table<AuditRow>
            rowKey="id"
            columns={columns}
            dataSource={list.rows}
            loading={list.initialLoading}
            pagination={false}
            scroll={{ x: true }}
            expandable={{ expandedRowRender: findingList, rowExpandable: () => true }}
            locale={{ emptyText: list.initialLoading ? <span /> : <Empty description={t('quality.audits.empty')} /> }}
          />
          <ListFooter list={list} />
        </>
      )}

      <RecordModal<AuditValues>
        title={t('quality.audits.create')}
        open={creating}
        onClose={() => setCreating(false)}
        fieldNames={['title', 'plannedDate', 'performedDate', 'scope', 'auditors', 'reportDocumentId']}
        onSubmit={async ({ plannedDate, performedDate, auditors, ...values }) => {
          const outcome = outcomeOf(
            await createAudit({ input: { ...values, plannedDate: toLocalDate(plannedDate), performedDate: toLocalDate(performedDate), auditors: splitNames(auditors) } }, CONTEXT),
          );
          if (outcome.ok) done(t('quality.audits.created'));
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="title" label={t('quality.audits.fields.title')} required>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="plannedDate" label={t('quality.audits.fields.plannedDate')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
            <Form.Item name="performedDate" label={t('quality.audits.fields.performedDate')}>
              <DatePicker className="sd-full-width" />
            </Form.Item>
            <Form.Item name="scope" label={t('quality.audits.fields.scope')} required>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="auditors" label={t('quality.audits.fields.auditors')} required extra={t('quality.common.namesHelp')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="reportDocumentId" label={t('quality.audits.fields.reportDocumentId')}>
              <Select options={reports.options} loading={reports.loading} allowClear />
            </Form.Item>
          </>
        )}
      </RecordModal>

      <RecordModal<{ performedDate?: Dayjs; reportDocumentId?: string }>
        title={t('quality.audits.recordPerformed')}
        open={performing !== null}
        onClose={() => setPerforming(null)}
        fieldNames={['performedDate', 'reportDocumentId']}
        initialValues={{ performedDate: dayjs() }}
        onSubmit={async ({ performedDate, reportDocumentId }) => {
          if (!performing) return { ok: true };
          const outcome = outcomeOf(
            await updateAudit({ input: { id: performing.id, expectedVersion: performing.version, performedDate: toLocalDate(performedDate), reportDocumentId: reportDocumentId ?? performing.reportDocument?.id ?? null } }, CONTEXT),
          );
          if (outcome.ok) done(t('quality.common.saved'));
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="performedDate" label={t('quality.audits.fields.performedDate')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
            <Form.Item name="reportDocumentId" label={t('quality.audits.fields.reportDocumentId')}>
              <Select options={reports.options} loading={reports.loading} allowClear />
            </Form.Item>
          </>
        )}
      </RecordModal>

      <RecordModal<{ clause?: string; description?: string; severity?: AuditFindingSeverity }>
        title={t('quality.audits.addFinding')}
        open={addingTo !== null}
        onClose={() => setAddingTo(null)}
        fieldNames={['clause', 'description', 'severity']}
        initialValues={{ severity: 'MINOR' }}
        onSubmit={async (values) => {
          if (!addingTo) return { ok: true };
          const outcome = outcomeOf(await addFinding({ input: { auditId: addingTo.id, ...values } }, CONTEXT));
          if (outcome.ok) done(t('quality.common.saved'));
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="severity" label={t('quality.audits.fields.severity')} required>
              <Select options={AUDIT_FINDING_SEVERITIES.map((severity) => ({ value: severity, label: t(`quality.severities.${severity}`) }))} />
            </Form.Item>
            <Form.Item name="clause" label={t('quality.audits.fields.clause')}>
              <Input maxLength={64} />
            </Form.Item>
            <Form.Item name="description" label={t('quality.audits.fields.description')} required>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
      </RecordModal>

      <RecordModal<{ problem?: string; rootCause?: string; action?: string; ownerId?: string; dueDate?: Dayjs }>
        title={t('quality.audits.raiseAction')}
        open={raisingFor !== null}
        onClose={() => setRaisingFor(null)}
        fieldNames={['problem', 'rootCause', 'action', 'ownerId', 'dueDate']}
        initialValues={raisingFor ? { problem: raisingFor.description, dueDate: dayjs().add(30, 'day') } : {}}
        onSubmit={async ({ dueDate, ...values }) => {
          if (!raisingFor) return { ok: true };
          const outcome = outcomeOf(await createAction({ input: { source: 'AUDIT_FINDING', auditFindingId: raisingFor.id, ...values, dueDate: toLocalDate(dueDate) } }, CONTEXT));
          if (outcome.ok) done(t('quality.actions.created'));
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="problem" label={t('quality.actions.fields.problem')} required>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="rootCause" label={t('quality.actions.fields.rootCause')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="action" label={t('quality.actions.fields.action')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="ownerId" label={t('quality.actions.fields.ownerId')} required>
              <Select options={staff.options} loading={staff.loading} showSearch optionFilterProp="label" placeholder={t('quality.common.staffPlaceholder')} />
            </Form.Item>
            <Form.Item name="dueDate" label={t('quality.actions.fields.dueDate')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
          </>
        )}
      </RecordModal>
    </Card>
  );
}
