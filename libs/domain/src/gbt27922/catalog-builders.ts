import type {
  CriterionDefinition,
  DurationStatistic,
  EvidenceDocumentType,
  IndicatorDefinition,
  KpiComparator,
  SampleCheck,
  SampleRecordType,
} from './indicator-catalog.types';
import type { KpiKey } from '../kpi/kpi-catalog';
import { standardIndicator } from './standard-indicators';

/** Small constructors so the default catalogue reads as a checklist, one criterion a line or two. */
type Names = [nameZh: string, nameEn: string];

export const documentCriterion = (key: string, points: number, [nameZh, nameEn]: Names, documentType: EvidenceDocumentType): CriterionDefinition => ({
  key,
  nameZh,
  nameEn,
  points,
  evidence: { method: 'DOCUMENT', documentType },
});

export const kpiCriterion = (
  key: string,
  points: number,
  [nameZh, nameEn]: Names,
  kpi: KpiKey,
  comparator: KpiComparator,
  threshold: number,
  statistic?: DurationStatistic,
): CriterionDefinition => ({
  key,
  nameZh,
  nameEn,
  points,
  evidence: statistic === undefined ? { method: 'KPI', kpi, comparator, threshold } : { method: 'KPI', kpi, statistic, comparator, threshold },
});

export const sampleCriterion = (
  key: string,
  points: number,
  [nameZh, nameEn]: Names,
  recordType: SampleRecordType,
  sampleSize: number,
  checks: Names[],
): CriterionDefinition => ({
  key,
  nameZh,
  nameEn,
  points,
  evidence: { method: 'SAMPLE', recordType, sampleSize, checks: checks.map(([checkZh, checkEn]): SampleCheck => ({ nameZh: checkZh, nameEn: checkEn })) },
});

export const manualCriterion = (key: string, points: number, [nameZh, nameEn]: Names): CriterionDefinition => ({
  key,
  nameZh,
  nameEn,
  points,
  evidence: { method: 'MANUAL' },
});

/** An indicator of the standard with its default points; names come from the standard's list. */
export function indicator(key: string, points: number, criteria: CriterionDefinition[]): IndicatorDefinition {
  const standard = standardIndicator(key);
  if (!standard) throw new Error(`Not an indicator of GB/T 27922-2011: ${key}`);
  return { ...standard, points, criteria };
}
