import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@stardesk/domain';
import { writeStored } from '../browser-storage.util';
import { ensureLanguageLoaded } from './language-loader';
import { LANGUAGE_STORAGE_KEY, languageFromPreference } from './language-preference.util';

export interface LanguageControl {
  language: Locale;
  /** Loads the language's catalogue first (English is its own chunk), then switches. */
  setLanguage: (language: Locale) => Promise<void>;
}

export function useLanguage(): LanguageControl {
  const { i18n } = useTranslation();
  const language = languageFromPreference(i18n.language);
  const setLanguage = useCallback(
    async (next: Locale) => {
      writeStored(LANGUAGE_STORAGE_KEY, next);
      await ensureLanguageLoaded(next);
      await i18n.changeLanguage(next);
    },
    [i18n],
  );
  return { language, setLanguage };
}
