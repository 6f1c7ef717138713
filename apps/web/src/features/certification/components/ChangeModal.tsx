import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { mapServerFieldErrors, showFieldErrors } from '../../../shared/form-errors.util';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';

/** What a submit answers: done, the form's own errors (already placed), or the API's error. */
export type ChangeOutcome = { ok: true } | { ok: false; error: CombinedError | null };

export const changeOutcomeOf = (result: { error?: CombinedError; data?: unknown }): ChangeOutcome =>
  result.error || !result.data ? { ok: false, error: result.error ?? null } : { ok: true };

interface ChangeModalProps<Values> {
  title: string;
  open: boolean;
  onClose: () => void;
  /** The form's field names, so the API's field errors land under them. */
  fieldNames: readonly string[];
  initialValues?: Partial<Values>;
  /** Checks the form's shape before sending; returns field errors (already worded) by field. */
  validate?: (values: Values) => Partial<Record<string, string>>;
  onSubmit: (values: Values) => Promise<ChangeOutcome>;
  children: (form: FormInstance<Values>) => ReactNode;
  okText?: string;
  danger?: boolean;
  testId?: string;
}

/**
 * A change to an assessment in a dialog. The API validates with the domain's rules; its field
 * errors, in the user's language, appear under the fields, any other error above the form.
 */
export function ChangeModal<Values extends object>({ title, open, onClose, fieldNames, initialValues, validate, onSubmit, children, okText, danger, testId }: ChangeModalProps<Values>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [submitting, setSubmitting] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);

  const submit = async () => {
    const values = form.getFieldsValue(true) as Values;
    const own = validate?.(values) ?? {};
    const ownFields = Object.entries(own).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    form.setFields(fieldNames.map((name) => ({ name: name as never, errors: ownFields.filter(([field]) => field === name).map(([, message]) => message) })));
    if (ownFields.length > 0) return;
    setSubmitting(true);
    setBanner(null);
    const outcome = await onSubmit(values);
    setSubmitting(false);
    if (outcome.ok) {
      onClose();
      return;
    }
    const fieldErrors = outcome.error ? serverFieldErrorsOf(outcome.error) : null;
    if (fieldErrors) {
      const mapped = mapServerFieldErrors(fieldErrors, fieldNames);
      showFieldErrors(form, mapped.fields);
      setBanner(mapped.unmatched.map((error) => error.message).join(' ') || null);
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
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('common.cancel')}
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
