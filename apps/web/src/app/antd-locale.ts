import type { Locale } from '@stardesk/domain';
import zhCN from 'antd/locale/zh_CN';
import type { Locale as AntdLocale } from 'antd/es/locale';
import { useEffect, useState } from 'react';

let englishAntd: AntdLocale | null = null;

/** antd's English texts (pickers, pagination): loaded with the English catalogue, before the switch. */
export async function preloadAntdLocale(language: Locale): Promise<void> {
  if (language === 'en' && !englishAntd) englishAntd = (await import('antd/locale/en_US')).default;
}

/** antd's own texts: Chinese ships with the shell, English is its own chunk (normally preloaded). */
export function useAntdLocale(language: Locale): AntdLocale {
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (language === 'en' && !englishAntd) void preloadAntdLocale('en').then(() => setLoaded((count) => count + 1));
  }, [language]);
  return language === 'en' && englishAntd ? englishAntd : zhCN;
}
