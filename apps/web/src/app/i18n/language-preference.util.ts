import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@stardesk/domain';

export const LANGUAGE_STORAGE_KEY = 'stardesk.language';

export function isSupportedLocale(value: string | null | undefined): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value ?? '');
}

/** zh-CN is the product's default language; English only when the user chose it. */
export function languageFromPreference(stored: string | null): Locale {
  return isSupportedLocale(stored) ? stored : DEFAULT_LOCALE;
}

/** The dayjs locale name for a UI language (dayjs names Chinese `zh-cn`). */
export function dayjsLocaleOf(language: Locale): 'zh-cn' | 'en' {
  switch (language) {
    case 'zh-CN':
      return 'zh-cn';
    case 'en':
      return 'en';
  }
}
