import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { placeServerErrors } from '../quality-registers.util';

/** What a submit answers: done, or the API's error (field errors land on the form's fields). */
export type SubmitOutcome = { ok: true } | { ok: false; error: CombinedError | null };

/** A mutation's result as a submit outcome. */
export const outcomeOf = (result: { error?: CombinedError; data?: unknown }): SubmitOutcome =>
  result.error || !result.data ? { ok: false, error: result.error ?? null } : { ok: true };

interface RecordModalProps<Values> {
  title: string;
  open: boolean;
  onClose: () => void;
  /** Field names of the form, so the API's field errors can be placed on them. */
  fieldNames: readonly string[];
  initialValues?: Partial<Values>;
  onSubmit: (values: Values) => Promise<SubmitOutcome>;
  children: (form: FormInstance<Values>) => ReactNode;
  okText?: string;
  testId?: string;
}

/**
 * A register's create or change form in a dialog. The API validates (with the domain rules); its
 * field errors, in the user's language, are shown under the fields, any other error above the form.
 */
export function RecordModal<Values extends object>({ title, open, onClose, fieldNames, initialValues, onSubmit, children, okText, testId }: RecordModalProps<Values>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);

  const submit = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setSubmitting(true);
    setBanner(null);
    const outcome = await onSubmit(values);
    setSubmitting(false);
    if (outcome.ok) {
      form.resetFields();
      onClose();
      return;
    }
    const fieldErrors = outcome.error ? serverFieldErrorsOf(outcome.error) : null;
    if (fieldErrors) {
      const placed = placeServerErrors(fieldErrors, fieldNames);
      form.setFields(placed.fields.map((field) => ({ name: field.name as never, errors: field.errors })));
      setBanner(placed.unmatched.map((error) => error.message).join(' ') || t('quality.common.fixErrors'));
      return;
    }
    setBanner(outcome.error ? describeGraphqlError(outcome.error, t) : t('common.unknownError'));
  };

  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={okText ?? t('quality.common.save')}
      cancelText={t('quality.common.cancel')}
      confirmLoading={submitting}
      destroyOnHidden
      data-testid={testId}
    >
      {banner ? <Alert type="error" showIcon className="sd-form-alert" title={banner} /> : null}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} preserve={false} aria-label={title} noValidate>
        {children(form)}
      </Form>
    </Modal>
  );
}
