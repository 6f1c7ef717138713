import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readStored } from './app/browser-storage.util';
import { createI18n, loadEnglish } from './app/i18n/i18n';
import { LANGUAGE_STORAGE_KEY, languageFromPreference } from './app/i18n/language-preference.util';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const language = languageFromPreference(readStored(LANGUAGE_STORAGE_KEY));
// Someone who chose English gets it from the first paint; should its chunk fail, Chinese shows.
const ready = language === 'en' ? loadEnglish().catch(() => undefined) : Promise.resolve();

void ready.then(() =>
  createRoot(container).render(
    <StrictMode>
      <App i18n={createI18n(language)} />
    </StrictMode>,
  ),
);
