import type { Locale } from '@stardesk/domain';

type LanguageLoader = (language: Locale) => Promise<void>;

let loader: LanguageLoader = () => Promise.resolve();

/**
 * The language switch awaits the language's catalogue (English is its own chunk). i18n.ts installs the
 * real loader; this module stays free of imports so the pages that switch language (shell and portal)
 * do not pull the catalogues and i18next set-up into a chunk they share.
 */
export function installLanguageLoader(next: LanguageLoader): void {
  loader = next;
}

export const ensureLanguageLoaded = (language: Locale): Promise<void> => loader(language);
