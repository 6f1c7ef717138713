import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@stardesk/domain';
import { dayjsLocaleOf, languageFromPreference } from './language-preference.util';
import type { Messages } from './messages';
import { zhCN } from './zh-CN';

/** Chinese, the default, ships with the shell; English loads when chosen (loadEnglish), keeping the first download small. */
export const resources = {
  'zh-CN': { translation: zhCN },
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

let english: Messages | null = null;
let englishLoading: Promise<void> | null = null;

/** Adds the English shell messages to every instance, also later ones (tests register them up front). */
export function registerEnglish(messages: Messages): void {
  english = messages;
  for (const instance of instances) instance.addResourceBundle('en', 'translation', messages, true, false);
}

/** Loads the English shell messages once; resolves at once when they are there. */
export function loadEnglish(): Promise<void> {
  if (english) return Promise.resolve();
  englishLoading ??= import('./en').then(({ en }) => registerEnglish(en));
  return englishLoading;
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
  if (english) instance.addResourceBundle('en', 'translation', english, true, false);
  for (const bundles of lazyBundles) addBundles(instance, bundles);
  return instance;
}
