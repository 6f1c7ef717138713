import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readStored } from './app/browser-storage.util';
import { createI18n } from './app/i18n/i18n';
import { LANGUAGE_STORAGE_KEY, languageFromPreference } from './app/i18n/language-preference.util';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const i18n = createI18n(languageFromPreference(readStored(LANGUAGE_STORAGE_KEY)));

createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} />
  </StrictMode>,
);
