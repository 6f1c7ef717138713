import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@stardesk/domain';
import { writeStored } from '../browser-storage.util';
import { loadEnglish } from './i18n';
import { LANGUAGE_STORAGE_KEY, languageFromPreference } from './language-preference.util';

export interface LanguageControl {
  language: Locale;
  setLanguage: (language: Locale) => void;
}

export function useLanguage(): LanguageControl {
  const { i18n } = useTranslation();
  const language = languageFromPreference(i18n.language);
  const setLanguage = useCallback(
    (next: Locale) => {
      writeStored(LANGUAGE_STORAGE_KEY, next);
      // English loads on first use (a small chunk); Chinese is bundled. If the chunk cannot load, the
      // switch still happens and the texts fall back to Chinese.
      const ready = next === 'en' ? loadEnglish().catch(() => undefined) : Promise.resolve();
      void ready.then(() => i18n.changeLanguage(next));
    },
    [i18n],
  );
  return { language, setLanguage };
}
