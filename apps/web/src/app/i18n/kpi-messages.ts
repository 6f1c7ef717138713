import { addMessages } from './i18n';

let loading: Promise<void> | null = null;

/** Loads the KPI dashboard's messages (both languages) with its page, under the `kpi` key. */
export function loadKpiMessages(): Promise<void> {
  loading ??= Promise.all([import('./kpi.zh-CN'), import('./kpi.en')]).then(([{ kpiZhCN }, { kpiEn }]) => addMessages({ 'zh-CN': { kpi: kpiZhCN }, en: { kpi: kpiEn } }));
  return loading;
}
