import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@stardesk/domain';
import { preloadAntdLocale } from '../antd-locale';
import { installLanguageLoader } from './language-loader';
import { dayjsLocaleOf, languageFromPreference } from './language-preference.util';
import type { Messages } from './messages';
import { zhCN } from './zh-CN';

/**
 * The shell's messages: Chinese (the default) ships with the shell; English is its own chunk, loaded
 * by loadLanguage() before the first render of a user who chose it and when someone switches to it.
 */
const shellCatalogues: Partial<Record<Locale, Messages>> = { 'zh-CN': zhCN };

/** Makes a shell catalogue available to every instance (loadLanguage does it; tests may call it directly). */
export function registerCatalogue(language: Locale, messages: Messages): void {
  if (shellCatalogues[language]) return;
  shellCatalogues[language] = messages;
  for (const instance of instances) instance.addResourceBundle(language, 'translation', messages, true, false);
}

const loadingCatalogues = new Map<Locale, Promise<void>>();

/**
 * Loads the shell catalogue of a language once (no-op for zh-CN), with antd's texts in that language;
 * await it before changing language.
 */
export function loadLanguage(language: Locale): Promise<void> {
  const antd = preloadAntdLocale(language);
  if (shellCatalogues[language]) return antd;
  let loading = loadingCatalogues.get(language);
  if (!loading) {
    loading = import('./en').then(({ en }) => registerCatalogue('en', en));
    loadingCatalogues.set(language, loading);
    // A failed download (offline) may be retried by the next switch.
    loading.catch(() => loadingCatalogues.delete(language));
  }
  return Promise.all([loading, antd]).then(() => undefined);
}

installLanguageLoader(loadLanguage);

export const isLanguageLoaded = (language: Locale): boolean => Boolean(shellCatalogues[language]);

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
  // Resources are in memory (loadLanguage ran first), so with initAsync off the instance is ready when init returns.
  const resources = Object.fromEntries(Object.entries(shellCatalogues).map(([locale, messages]) => [locale, { translation: messages }]));
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
