import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';

/**
 * Shows the other language by its own name (“EN” / “中文”), the way users look for it (no globe icon:
 * its artwork costs the shell 2 kB). English is its own chunk: the page changes once it has arrived;
 * if it cannot be fetched (offline) the button says so and the next click tries again.
 */
export function LanguageToggle() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const [switching, setSwitching] = useState(false);
  const [failed, setFailed] = useState(false);
  const other = language === 'zh-CN' ? 'en' : 'zh-CN';
  const change = async () => {
    setSwitching(true);
    setFailed(false);
    try {
      await setLanguage(other);
    } catch {
      setFailed(true);
    } finally {
      setSwitching(false);
    }
  };
  return (
    <Button
      type="text"
      danger={failed}
      title={failed ? t('common.networkError') : undefined}
      aria-label={t('header.switchLanguage')}
      lang={other}
      loading={switching}
      onClick={() => void change()}
    >
      {t('header.languageShort')}
    </Button>
  );
}
