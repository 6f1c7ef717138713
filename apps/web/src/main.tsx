import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readStored } from './app/browser-storage.util';
import { createI18n, loadLanguage } from './app/i18n/i18n';
import { LANGUAGE_STORAGE_KEY, languageFromPreference } from './app/i18n/language-preference.util';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const language = languageFromPreference(readStored(LANGUAGE_STORAGE_KEY));

// Someone who chose English gets its catalogue before the first render (no flash of Chinese); if it
// cannot be fetched the app starts in Chinese rather than not at all.
void loadLanguage(language)
  .catch(() => undefined)
  .then(() => {
    const i18n = createI18n(language);
    createRoot(container).render(
      <StrictMode>
        <App i18n={i18n} />
      </StrictMode>,
    );
  });
