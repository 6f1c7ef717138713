import { formatKpiChange, formatKpiNumber, kpiDefinition, type KpiKey } from '@stardesk/domain';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';

export interface KpiFormat {
  name: (key: KpiKey) => string;
  /** The figure with its unit ("85.3%", "12.5 分钟"); "—" when there is none. */
  value: (key: KpiKey, value: number | null | undefined) => string;
  /** A signed change with its unit (a rate's in percentage points). */
  change: (key: KpiKey, change: number) => string;
}

/** KPI names from the domain catalogue and figures in the domain's precision, with units in the reader's language. */
export function useKpiFormat(): KpiFormat {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const name = useCallback((key: KpiKey) => (language === 'en' ? kpiDefinition(key).nameEn : kpiDefinition(key).nameZh), [language]);
  const value = useCallback(
    (key: KpiKey, figure: number | null | undefined) => {
      const text = formatKpiNumber(key, figure);
      return figure === null || figure === undefined ? text : `${text}${t(`kpi.units.${kpiDefinition(key).unit}`)}`;
    },
    [t],
  );
  const change = useCallback((key: KpiKey, delta: number) => `${formatKpiChange(key, delta)}${t(`kpi.changeUnits.${kpiDefinition(key).unit}`)}`, [t]);
  return useMemo(() => ({ name, value, change }), [name, value, change]);
}
