import { addMessages } from '../../../app/i18n/i18n';

let loading: Promise<void> | null = null;

/** Loads the quality-register messages (both languages) once, before their pages render: they stay out of the shell. */
export function loadQualityMessages(): Promise<void> {
  loading ??= Promise.all([import('./zh-CN'), import('./en')]).then(([{ qualityZhCN }, { qualityEn }]) =>
    addMessages({ 'zh-CN': { quality: qualityZhCN }, en: { quality: qualityEn } }),
  );
  return loading;
}
