import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Said when a signed-in user opens a page of another role (its own chunk: antd's Result art is heavy). */
export default function NotForRole() {
  const { t } = useTranslation();
  return <Result status="403" title={t('auth.notForRole')} />;
}
