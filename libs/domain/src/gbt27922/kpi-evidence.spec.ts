import type { KpiValues } from '../kpi/kpi-catalog';
import { DEFAULT_INDICATOR_CATALOG } from './default-catalog';
import type { KpiEvidence } from './indicator-catalog.types';
import { evaluateKpiEvidence, kpiCriterionResults } from './kpi-evidence';

const noData = { mean: null, p50: null, p90: null, n: 0 };
const KPIS: KpiValues = {
  requestCount: 120,
  responseMinutes: { mean: 80, p50: 60, p90: 240, n: 118 },
  responseOnTimeRate: 0.9,
  arrivalOnTimeRate: 0.85,
  resolutionHours: { mean: 30, p50: 20, p90: 72.5, n: 100 },
  firstTimeFixRate: 0.93,
  repeatRepairRate: 0.05,
  returnVisitRate: null,
  csatRate: 0.92,
  avgRating: 4.5,
  nps: 40,
  surveyResponseRate: 0.25,
  csi: null,
  complaintRate: 8.33,
  complaintTimelyRate: 0.95,
  complaintResolutionRate: 0.8,
  complaintHours: noData,
  certifiedStaffRate: 1,
  trainingHoursPerStaff: 39.5,
};

describe('KPI evidence', () => {
  it.each<[KpiEvidence, 'CONFORMING' | 'NON_CONFORMING' | null]>([
    [{ method: 'KPI', kpi: 'complaintTimelyRate', comparator: '>=', threshold: 0.95 }, 'CONFORMING'],
    [{ method: 'KPI', kpi: 'complaintResolutionRate', comparator: '>=', threshold: 0.9 }, 'NON_CONFORMING'],
    [{ method: 'KPI', kpi: 'repeatRepairRate', comparator: '<=', threshold: 0.05 }, 'CONFORMING'],
    [{ method: 'KPI', kpi: 'complaintRate', comparator: '<=', threshold: 8 }, 'NON_CONFORMING'],
    [{ method: 'KPI', kpi: 'responseMinutes', statistic: 'p90', comparator: '<=', threshold: 240 }, 'CONFORMING'],
    [{ method: 'KPI', kpi: 'resolutionHours', statistic: 'p90', comparator: '<=', threshold: 72 }, 'NON_CONFORMING'],
    [{ method: 'KPI', kpi: 'resolutionHours', statistic: 'p50', comparator: '<=', threshold: 72 }, 'CONFORMING'],
    [{ method: 'KPI', kpi: 'returnVisitRate', comparator: '>=', threshold: 0.9 }, null],
    [{ method: 'KPI', kpi: 'complaintHours', statistic: 'mean', comparator: '<=', threshold: 48 }, null],
  ])('%j → %p (thresholds inclusive, no data decides nothing)', (evidence, expected) => {
    expect(evaluateKpiEvidence(evidence, KPIS)).toBe(expected);
  });

  it('prefills the KPI criteria of a catalogue that the period decides', () => {
    expect(kpiCriterionResults(DEFAULT_INDICATOR_CATALOG, KPIS)).toEqual({
      'SYS.STAFF.2': { outcome: 'CONFORMING' },
      'SYS.STAFF.5': { outcome: 'NON_CONFORMING' },
      'SYS.SUPV.1': { outcome: 'CONFORMING' },
      'SYS.SUPV.2': { outcome: 'CONFORMING' },
      'SYS.SUPV.3': { outcome: 'NON_CONFORMING' },
      'GOODS.REPAIR.1': { outcome: 'NON_CONFORMING' },
      'GOODS.REPAIR.2': { outcome: 'CONFORMING' },
      'GOODS.REPAIR.3': { outcome: 'CONFORMING' },
      'GOODS.REPAIR.4': { outcome: 'NON_CONFORMING' },
      'CUST.REL.3': { outcome: 'CONFORMING' },
      'CUST.REL.4': { outcome: 'CONFORMING' },
      'CUST.COMPL.2': { outcome: 'CONFORMING' },
      'CUST.COMPL.3': { outcome: 'NON_CONFORMING' },
      'CUST.COMPL.6': { outcome: 'CONFORMING' },
    });
  });
});
