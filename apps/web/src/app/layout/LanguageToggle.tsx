import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';

/** Shows the other language by its own name (“EN” / “中文”), the way users look for it. */
export function LanguageToggle() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const other = language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button
      type="text"
      icon={<GlobalOutlined aria-hidden />}
      aria-label={t('header.switchLanguage')}
      lang={other}
      onClick={() => setLanguage(other)}
    >
      {t('header.languageShort')}
    </Button>
  );
}
