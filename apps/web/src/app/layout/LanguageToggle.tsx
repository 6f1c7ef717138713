import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';

/** Shows the other language by its own name (“EN” / “中文”), the way users look for it (no globe icon: its artwork costs the shell 2 kB). */
export function LanguageToggle() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const [switching, setSwitching] = useState(false);
  const other = language === 'zh-CN' ? 'en' : 'zh-CN';
  const change = async () => {
    setSwitching(true);
    try {
      // English is its own chunk: the page changes language once it has arrived.
      await setLanguage(other);
    } catch {
      // Offline: the language stays as it is; the next click tries again.
    } finally {
      setSwitching(false);
    }
  };
  return (
    <Button type="text" aria-label={t('header.switchLanguage')} lang={other} loading={switching} onClick={() => void change()}>
      {t('header.languageShort')}
    </Button>
  );
}
