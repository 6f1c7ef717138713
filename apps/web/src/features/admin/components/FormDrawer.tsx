import { Alert, Button, Drawer, Flex, Form, Grid, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { serverErrorsToFormFields } from '../admin-form.util';

export interface SaveOutcome {
  error?: CombinedError | undefined;
}

interface FormDrawerProps<T> {
  title: string;
  open: boolean;
  onClose: () => void;
  form: FormInstance<T>;
  /** Names of the form's top-level fields, to place the API's field errors. */
  fields: readonly string[];
  /** Input path in front of the API's field names (`targets` for `targets.arrivalHours`). */
  errorPrefix?: string;
  initialValues?: Partial<T>;
  /** Sends the values; the drawer closes when there is no error. */
  onSave: (values: T) => Promise<SaveOutcome>;
  onSaved: () => void;
  children: ReactNode;
}

/** A create/edit form in a side drawer (full width on a phone) with field-level errors from the API. */
export function FormDrawer<T extends object>({ title, open, onClose, form, fields, errorPrefix, initialValues, onSave, onSaved, children }: FormDrawerProps<T>) {
  const { t } = useTranslation('admin');
  const { t: tApp } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [saving, setSaving] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);

  const submit = async (values: T) => {
    setSaving(true);
    setBanner(null);
    try {
      const { error } = await onSave(values);
      if (!error) {
        onSaved();
        return;
      }
      const fieldErrors = serverFieldErrorsOf(error);
      if (fieldErrors) {
        const mapped = serverErrorsToFormFields(fieldErrors, fields, errorPrefix);
        form.setFields(mapped.fields as Parameters<typeof form.setFields>[0]);
        setBanner(mapped.unmatched.join(' ') || t('common.fixErrors'));
      } else {
        setBanner(describeGraphqlError(error, tApp));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      title={title}
      open={open}
      onClose={onClose}
      size={screens.md ? 480 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => form.submit()}>
            {saving ? t('common.saving') : t('common.save')}
          </Button>
        </Flex>
      }
    >
      {banner ? <Alert type="error" showIcon className="sd-form-alert" title={t('common.saveFailed')} description={banner} /> : null}
      <Form<T> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => void submit(values)} aria-label={title} noValidate>
        {children}
      </Form>
    </Drawer>
  );
}
