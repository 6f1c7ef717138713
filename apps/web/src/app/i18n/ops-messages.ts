import { addMessages } from './i18n';

let loading: Promise<void> | null = null;

/** Loads the dispatcher and technician messages (both languages) once, before their pages render. */
export function loadOpsMessages(): Promise<void> {
  loading ??= Promise.all([import('./ops.zh-CN'), import('./ops.en')]).then(([{ opsZhCN }, { opsEn }]) => addMessages({ 'zh-CN': opsZhCN, en: opsEn }));
  return loading;
}
