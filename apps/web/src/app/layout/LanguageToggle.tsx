import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';

/** Shows the other language by its own name (“EN” / “中文”), the way users look for it (no globe icon: its artwork costs the shell 2 kB). */
export function LanguageToggle() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const other = language === 'zh-CN' ? 'en' : 'zh-CN';
  return (
    <Button
      type="text"
      aria-label={t('header.switchLanguage')}
      lang={other}
      onClick={() => setLanguage(other)}
    >
      {t('header.languageShort')}
    </Button>
  );
}
