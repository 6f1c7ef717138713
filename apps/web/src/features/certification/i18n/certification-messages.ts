import { addMessages } from '../../../app/i18n/i18n';

let loading: Promise<void> | null = null;

/** Loads the certification messages (both languages) once, before their pages render: they stay out of the shell. */
export function loadCertificationMessages(): Promise<void> {
  loading ??= Promise.all([import('./zh-CN'), import('./en')]).then(([{ certificationZhCN }, { certificationEn }]) =>
    addMessages({ 'zh-CN': { certification: certificationZhCN }, en: { certification: certificationEn } }),
  );
  return loading;
}
