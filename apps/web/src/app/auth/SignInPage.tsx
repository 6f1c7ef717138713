import { LockOutlined, UserOutlined, BankOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readStored, writeStored } from '../browser-storage.util';
import { LanguageToggle } from '../layout/LanguageToggle';
import { signIn } from './session';

interface SignInValues {
  organisation: string;
  login: string;
  password: string;
}

const LAST_ORGANISATION_KEY = 'stardesk.signIn.organisation';

/** Sign-in: organisation, login, password. Field errors and refusals come from the API, localised. */
export default function SignInPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<SignInValues>();
  const [failure, setFailure] = useState<{ code: string | undefined; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: SignInValues) => {
    setBusy(true);
    setFailure(null);
    try {
      const error = await signIn(values, i18n.language);
      if (!error) {
        writeStored(LAST_ORGANISATION_KEY, values.organisation.trim().toUpperCase());
        return;
      }
      const fieldErrors = error.extensions?.fieldErrors ?? [];
      if (fieldErrors.length) form.setFields(fieldErrors.map((fieldError) => ({ name: fieldError.field as keyof SignInValues, errors: [fieldError.message] })));
      else setFailure({ code: error.extensions?.code, message: error.message });
      form.setFieldValue('password', '');
    } catch {
      setFailure({ code: undefined, message: t('auth.unreachable') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="sd-sign-in">
      <Card className="sd-sign-in-card" title={<h1 className="sd-sign-in-title">{t('auth.title')}</h1>} extra={<LanguageToggle />}>
        {failure ? (
          <Alert
            className="sd-sign-in-alert"
            type={failure.code === 'ACCOUNT_LOCKED' ? 'warning' : 'error'}
            showIcon
            role="alert"
            data-testid="sign-in-error"
            title={failure.code === 'ACCOUNT_LOCKED' ? t('auth.locked') : t('auth.failed')}
            description={failure.message}
          />
        ) : null}
        <Form<SignInValues>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ organisation: readStored(LAST_ORGANISATION_KEY) ?? '', login: '', password: '' }}
          onFinish={(values) => void submit(values)}
        >
          <Form.Item name="organisation" label={t('auth.organisation')} rules={[{ required: true, whitespace: true, message: t('auth.required') }]}>
            <Input prefix={<BankOutlined aria-hidden />} autoComplete="organization" autoCapitalize="characters" />
          </Form.Item>
          <Form.Item name="login" label={t('auth.login')} rules={[{ required: true, whitespace: true, message: t('auth.required') }]}>
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoCapitalize="none" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('auth.required') }]}>
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t('auth.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
