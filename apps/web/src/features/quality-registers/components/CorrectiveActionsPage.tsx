import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, DatePicker, Empty, Flex, Form, Input, Radio, Select } from 'antd';
import { CORRECTIVE_ACTION_SOURCES, EFFECTIVENESS_RESULTS, type CorrectiveActionSource, type EffectivenessResult } from '@stardesk/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { QueryError } from '../../../shared/components/QueryError';
import {
  CompleteCorrectiveActionDocument,
  CorrectiveActionsDocument,
  CreateCorrectiveActionDocument,
  RecordEffectivenessCheckDocument,
  UpdateCorrectiveActionDocument,
} from '../graphql/quality-registers';
import { usePagedList } from '../hooks/usePagedList';
import { useStaffChoices } from '../hooks/useStaffChoices';
import { toLocalDate } from '../quality-registers.util';
import { CorrectiveActionsTable, type CorrectiveActionRow } from './CorrectiveActionsTable';
import { ListFooter } from './ListFooter';
import { RecordModal, outcomeOf } from './RecordModal';

interface ActionValues {
  source?: CorrectiveActionSource;
  sourceReference?: string;
  problem?: string;
  rootCause?: string;
  action?: string;
  ownerId?: string;
  dueDate?: Dayjs;
}

interface CheckValues {
  result?: EffectivenessResult;
  checkedOn?: Dayjs;
  checkedById?: string;
  note?: string;
  newDueDate?: Dayjs;
}

const ACTION_FIELDS = ['source', 'sourceReference', 'problem', 'rootCause', 'action', 'ownerId', 'dueDate'];
const CONTEXT = { additionalTypenames: ['CorrectiveAction'] };

/** 纠正措施: open → action taken → effectiveness checked (closed, or open again). */
export default function CorrectiveActionsPage() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const staff = useStaffChoices();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const list = usePagedList(CorrectiveActionsDocument, { filter: overdueOnly ? { overdueOnly: true } : null }, (data) => data.correctiveActions, 'CorrectiveAction');
  const [creating, setCreating] = useState(false);
  const [analysing, setAnalysing] = useState<CorrectiveActionRow | null>(null);
  const [completing, setCompleting] = useState<CorrectiveActionRow | null>(null);
  const [checking, setChecking] = useState<CorrectiveActionRow | null>(null);
  const [, create] = useMutation(CreateCorrectiveActionDocument);
  const [, update] = useMutation(UpdateCorrectiveActionDocument);
  const [, complete] = useMutation(CompleteCorrectiveActionDocument);
  const [, check] = useMutation(RecordEffectivenessCheckDocument);

  const done = (message: string) => {
    notify('success', message);
    list.refresh();
  };

  const staffSelect = <Select options={staff.options} loading={staff.loading} showSearch optionFilterProp="label" placeholder={t('quality.common.staffPlaceholder')} />;

  return (
    <Card className="sd-section">
      <Flex justify="space-between" gap={12} wrap className="sd-section">
        <Checkbox checked={overdueOnly} onChange={(event) => setOverdueOnly(event.target.checked)}>
          {t('quality.actions.overdueOnly')}
        </Checkbox>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('quality.actions.create')}
        </Button>
      </Flex>
      {list.error && list.rows.length === 0 ? (
        <QueryError title={t('quality.common.loadFailed')} error={list.error} onRetry={list.refresh} />
      ) : (
        <>
          <CorrectiveActionsTable
            rows={list.rows}
            loading={list.initialLoading}
            empty={list.initialLoading ? <span /> : <Empty description={overdueOnly ? t('quality.actions.emptyOverdue') : t('quality.actions.empty')} />}
            onAnalyse={setAnalysing}
            onComplete={setCompleting}
            onCheck={setChecking}
          />
          <ListFooter list={list} />
        </>
      )}

      <RecordModal<ActionValues>
        title={t('quality.actions.create')}
        open={creating}
        onClose={() => setCreating(false)}
        fieldNames={ACTION_FIELDS}
        initialValues={{ source: 'COMPLAINT' }}
        onSubmit={async ({ dueDate, ...values }) => {
          const outcome = outcomeOf(await create({ input: { ...values, dueDate: toLocalDate(dueDate) } }, CONTEXT));
          if (outcome.ok) done(t('quality.actions.created'));
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="source" label={t('quality.actions.fields.source')} required>
              <Select options={CORRECTIVE_ACTION_SOURCES.filter((source) => source !== 'AUDIT_FINDING').map((source) => ({ value: source, label: t(`quality.actionSources.${source}`) }))} />
            </Form.Item>
            <Form.Item name="sourceReference" label={t('quality.actions.fields.sourceReference')} extra={t('quality.actions.sourceReferenceHelp')}>
              <Input maxLength={100} />
            </Form.Item>
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
              {staffSelect}
            </Form.Item>
            <Form.Item name="dueDate" label={t('quality.actions.fields.dueDate')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
          </>
        )}
      </RecordModal>

      <RecordModal<{ rootCause?: string; action?: string; ownerId?: string; dueDate?: Dayjs }>
        title={t('quality.actions.analyse')}
        open={analysing !== null}
        onClose={() => setAnalysing(null)}
        fieldNames={ACTION_FIELDS}
        initialValues={analysing ? { rootCause: analysing.rootCause ?? undefined, action: analysing.action ?? undefined, ownerId: analysing.owner.id, dueDate: dayjs(analysing.dueDate) } : {}}
        onSubmit={async ({ dueDate, ...values }) => {
          if (!analysing) return { ok: true };
          const outcome = outcomeOf(await update({ input: { id: analysing.id, expectedVersion: analysing.version, ...values, dueDate: toLocalDate(dueDate) } }, CONTEXT));
          if (outcome.ok) done(t('quality.common.saved'));
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="rootCause" label={t('quality.actions.fields.rootCause')}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="action" label={t('quality.actions.fields.action')}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="ownerId" label={t('quality.actions.fields.ownerId')} required>
              {staffSelect}
            </Form.Item>
            <Form.Item name="dueDate" label={t('quality.actions.fields.dueDate')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
          </>
        )}
      </RecordModal>

      <RecordModal<{ completedOn?: Dayjs; completionNote?: string }>
        title={t('quality.actions.complete')}
        open={completing !== null}
        onClose={() => setCompleting(null)}
        fieldNames={['completedOn', 'completionNote']}
        initialValues={{ completedOn: dayjs() }}
        onSubmit={async ({ completedOn, completionNote }) => {
          if (!completing) return { ok: true };
          const outcome = outcomeOf(await complete({ input: { id: completing.id, expectedVersion: completing.version, completedOn: toLocalDate(completedOn), completionNote } }, CONTEXT));
          if (outcome.ok) done(t('quality.common.saved'));
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="completedOn" label={t('quality.actions.fields.completedOn')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
            <Form.Item name="completionNote" label={t('quality.actions.fields.completionNote')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </RecordModal>

      <RecordModal<CheckValues>
        title={t('quality.actions.check')}
        open={checking !== null}
        onClose={() => setChecking(null)}
        fieldNames={['result', 'checkedOn', 'checkedById', 'note', 'newDueDate']}
        initialValues={{ checkedOn: dayjs(), result: 'EFFECTIVE' }}
        onSubmit={async ({ checkedOn, newDueDate, ...values }) => {
          if (!checking) return { ok: true };
          const outcome = outcomeOf(
            await check({ input: { id: checking.id, expectedVersion: checking.version, ...values, checkedOn: toLocalDate(checkedOn), newDueDate: toLocalDate(newDueDate) } }, CONTEXT),
          );
          if (outcome.ok) done(t('quality.common.saved'));
          return outcome;
        }}
      >
        {(form) => (
          <>
            <Form.Item name="result" label={t('quality.actions.fields.result')} required>
              <Radio.Group options={EFFECTIVENESS_RESULTS.map((result) => ({ value: result, label: t(`quality.effectiveness.${result}`) }))} />
            </Form.Item>
            <Form.Item name="checkedOn" label={t('quality.actions.fields.checkedOn')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
            <Form.Item name="checkedById" label={t('quality.actions.fields.checkedById')} required>
              {staffSelect}
            </Form.Item>
            <Form.Item name="note" label={t('quality.actions.fields.note')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(before, after) => before.result !== after.result}>
              {() =>
                form.getFieldValue('result') === 'NOT_EFFECTIVE' ? (
                  <Form.Item name="newDueDate" label={t('quality.actions.fields.newDueDate')} required>
                    <DatePicker className="sd-full-width" />
                  </Form.Item>
                ) : null
              }
            </Form.Item>
          </>
        )}
      </RecordModal>
    </Card>
  );
}
