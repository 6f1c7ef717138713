import { Alert, Form, Input, Modal, Select } from 'antd';
import type { RequestCommandKind } from '@stardesk/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { mapServerFieldErrors, showFieldErrors } from '../../../shared/form-errors.util';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { useTechnicians } from '../hooks/useServiceRequestDetail';
import type { CommandArgs, CommandOutcome } from '../hooks/useRequestCommand';
import { commandLabel, needsTechnician, noteRequired } from '../request-command.util';

interface CommandDialogProps {
  kind: RequestCommandKind;
  request: { id: string; code: string; version: number; outletId: string; technicianId: string | null };
  running: boolean;
  onRun: (kind: RequestCommandKind, args: CommandArgs) => Promise<CommandOutcome>;
  onClose: () => void;
  onDone: (kind: RequestCommandKind) => void;
}

interface CommandValues {
  technicianId?: string | null;
  note?: string | null;
}

const FORM_FIELDS = ['technicianId', 'note'];

/** One lifecycle step (mounted while its dialog is open): asks for what it needs (technician, reason), shows the API's verdict on the fields. */
export function CommandDialog({ kind, request, running, onRun, onClose, onDone }: CommandDialogProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [form] = Form.useForm<CommandValues>();
  const [error, setError] = useState<string | null>(null);
  const withTechnician = needsTechnician(kind);
  const technicians = useTechnicians(request.outletId, !withTechnician);

  const label = commandLabel(kind, language);
  const requireNote = noteRequired(kind);

  const submit = async () => {
    let values: CommandValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setError(null);
    const outcome = await onRun(kind, { id: request.id, expectedVersion: request.version, note: values.note, technicianId: values.technicianId });
    if (outcome.ok) {
      onDone(kind);
      return;
    }
    const fieldErrors = outcome.error ? serverFieldErrorsOf(outcome.error) : null;
    if (fieldErrors) {
      const mapped = mapServerFieldErrors(fieldErrors, FORM_FIELDS);
      showFieldErrors(form, mapped.fields);
      setError(mapped.unmatched.map((item) => item.message).join(' ') || null);
      return;
    }
    setError(outcome.error ? describeGraphqlError(outcome.error, t) : t('common.unknownError'));
  };

  return (
    <Modal
      open
      title={t('ops.actions.dialogTitle', { action: label, code: request.code })}
      okText={label}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: kind === 'CANCEL', loading: running }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CommandValues>
        form={form}
        layout="vertical"
        name={`command-${kind}`}
        initialValues={{ technicianId: request.technicianId ?? undefined }}
        onFinish={() => void submit()}
      >
        {withTechnician ? (
          <Form.Item
            name="technicianId"
            label={t('ops.actions.technician')}
            rules={[{ required: true, message: t('ops.form.required') }]}
            help={technicians.error ? describeGraphqlError(technicians.error, t) : undefined}
            validateStatus={technicians.error ? 'error' : undefined}
          >
            <Select
              autoFocus
              showSearch={{ optionFilterProp: 'label' }}
              loading={technicians.loading}
              placeholder={t('ops.actions.technicianPlaceholder')}
              notFoundContent={technicians.loading ? t('common.loading') : t('ops.actions.noTechnicians')}
              options={technicians.technicians.map((person) => ({ value: person.id, label: `${person.name} (${person.login})` }))}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          name="note"
          label={requireNote ? t('ops.actions.reason') : t('ops.actions.note')}
          rules={requireNote ? [{ required: true, whitespace: true, message: t('ops.actions.reasonRequired') }] : []}
        >
          <Input.TextArea autoFocus={!withTechnician} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Modal>
  );
}
