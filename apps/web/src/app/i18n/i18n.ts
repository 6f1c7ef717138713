import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@stardesk/domain';
import { en } from './en';
import { dayjsLocaleOf, languageFromPreference } from './language-preference.util';
import { zhCN } from './zh-CN';

export const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/** Keeps the document language (screen readers, fonts) and dayjs (date pickers, formats) in step. */
function applyLanguage(language: string): void {
  const locale = languageFromPreference(language);
  dayjs.locale(dayjsLocaleOf(locale));
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/** Catalogues that pages load with them (see ops-messages.ts), added to every instance, also later ones. */
const lazyBundles: Record<Locale, object>[] = [];
const instances = new Set<I18n>();

export function addMessages(bundles: Record<Locale, object>): void {
  lazyBundles.push(bundles);
  for (const instance of instances) addBundles(instance, bundles);
}

function addBundles(instance: I18n, bundles: Record<Locale, object>): void {
  for (const locale of SUPPORTED_LOCALES) instance.addResourceBundle(locale, 'translation', bundles[locale], true, true);
}

export function createI18n(language: Locale): I18n {
  const instance = i18next.createInstance();
  instances.add(instance);
  instance.on('languageChanged', applyLanguage);
  // Resources are bundled, so with initAsync off the instance is ready when init returns.
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    load: 'currentOnly',
    initAsync: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  for (const bundles of lazyBundles) addBundles(instance, bundles);
  return instance;
}
