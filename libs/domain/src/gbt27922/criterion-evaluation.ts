import type { KpiValues } from '../kpi/kpi-catalog';
import type { LocalDate } from '../kpi/kpi-records';
import type { KpiTargets } from '../kpi/kpi-targets';
import type { CriterionResult, CriterionScoreStatus, QualitativeOutcome } from './assessment.types';
import { evaluateDocumentEvidence, type ControlledDocumentFact } from './document-evidence';
import type { CriterionDefinition, DocumentEvidence, DurationStatistic, IndicatorCatalog, KpiComparator, KpiEvidence, SampleEvidence, SampleRecordType } from './indicator-catalog.types';
import { evaluateKpiEvidence, kpiEvidenceValue } from './kpi-evidence';
import { sampleFindings, sampleResultOf, type SampledRecord, type SampledRecordFacts } from './sample-findings';

/**
 * What the automatic evaluation found for one criterion, stored with the assessment so that every
 * point can be traced: the KPI value and threshold, the documents in force, the sampled record ids
 * with their findings. `outcome` null means the evidence could not decide and an assessor must.
 */
export interface KpiCriterionEvaluation {
  method: 'KPI';
  kpi: KpiEvidence['kpi'];
  statistic: DurationStatistic | null;
  comparator: KpiComparator;
  threshold: number;
  /** Null when the KPI had no population in the period. */
  value: number | null;
  outcome: 'CONFORMING' | 'NON_CONFORMING' | null;
}

export interface DocumentCriterionEvaluation {
  method: 'DOCUMENT';
  documentType: DocumentEvidence['documentType'];
  /** False while no controlled-document register answers: the criterion is left to the assessor. */
  registerAvailable: boolean;
  documentIds: string[];
  firstUncoveredDay: LocalDate | null;
  outcome: 'CONFORMING' | 'NON_CONFORMING' | null;
}

export interface SampleCriterionEvaluation {
  method: 'SAMPLE';
  recordType: SampleRecordType;
  /** drawSample's seed: the same seed over the same records draws the same sample. */
  seed: string;
  /** False for record types StarDesk keeps no register of (left to the assessor). */
  checkable: boolean;
  /** Records of the type in the period, from which the sample was drawn. */
  populationSize: number;
  sampleSize: number;
  records: SampledRecord[];
  sampled: number;
  nonConforming: number;
  outcome: 'SAMPLED' | null;
}

export type CriterionEvaluation = KpiCriterionEvaluation | DocumentCriterionEvaluation | SampleCriterionEvaluation;

/** Everything the automatic evaluation used and found; frozen with the assessment at sign-off. */
export interface AutomaticEvaluation {
  evaluatedAt: string;
  kpis: KpiValues;
  /** By criterion key; MANUAL criteria have none. */
  criteria: Record<string, CriterionEvaluation>;
}

export const QUALITATIVE_OUTCOMES = ['CONFORMING', 'NON_CONFORMING', 'NOT_APPLICABLE'] as const satisfies readonly QualitativeOutcome[];
export const CRITERION_SCORE_STATUSES = ['CONFORMING', 'PARTIAL', 'NON_CONFORMING', 'EXCLUDED', 'UNASSESSED'] as const satisfies readonly CriterionScoreStatus[];

/** An assessor's judgement of one criterion (MANUAL, or one the evidence left undecided). */
export interface AssessorJudgement {
  outcome: QualitativeOutcome;
  note: string | null;
  evidenceLinks: string[];
  recordedAt: string;
}

export function evaluateKpiCriterion(evidence: KpiEvidence, kpis: KpiValues): KpiCriterionEvaluation {
  return {
    method: 'KPI',
    kpi: evidence.kpi,
    statistic: evidence.statistic ?? null,
    comparator: evidence.comparator,
    threshold: evidence.threshold,
    value: kpiEvidenceValue(evidence, kpis),
    outcome: evaluateKpiEvidence(evidence, kpis),
  };
}

/** `documents` null: no register to ask (the criterion stays open for the assessor). */
export function evaluateDocumentCriterion(
  evidence: DocumentEvidence,
  documents: readonly ControlledDocumentFact[] | null,
  period: { from: LocalDate; lastDay: LocalDate },
): DocumentCriterionEvaluation {
  if (documents === null) return { method: 'DOCUMENT', documentType: evidence.documentType, registerAvailable: false, documentIds: [], firstUncoveredDay: null, outcome: null };
  const result = evaluateDocumentEvidence(evidence, documents, period);
  return { method: 'DOCUMENT', documentType: evidence.documentType, registerAvailable: true, ...result };
}

/**
 * Checks the drawn records (`facts`, in draw order) of a SAMPLE criterion. `facts` null: the record
 * type has no register. An empty sample decides nothing (an assessor may mark it not applicable).
 */
export function evaluateSampleCriterion(
  evidence: SampleEvidence,
  seed: string,
  populationSize: number,
  facts: readonly SampledRecordFacts[] | null,
  targets: KpiTargets,
): SampleCriterionEvaluation {
  const records = (facts ?? []).map((record): SampledRecord => ({ recordId: record.id, findings: sampleFindings(record, targets) }));
  const result = sampleResultOf(records, seed);
  return {
    method: 'SAMPLE',
    recordType: evidence.recordType,
    seed,
    checkable: facts !== null,
    populationSize,
    sampleSize: evidence.sampleSize,
    records,
    sampled: result?.sampled ?? 0,
    nonConforming: result?.nonConforming ?? 0,
    outcome: result === null ? null : 'SAMPLED',
  };
}

/** The scoring input the automatic evaluation decided for a criterion, or null. */
export function automaticResult(evaluation: CriterionEvaluation | undefined): CriterionResult | null {
  if (evaluation === undefined || evaluation.outcome === null) return null;
  if (evaluation.method === 'SAMPLE') return { outcome: 'SAMPLED', sampled: evaluation.sampled, nonConforming: evaluation.nonConforming, seed: evaluation.seed };
  return { outcome: evaluation.outcome };
}

/**
 * Decision: an assessor records MANUAL criteria, and any other criterion only while its evidence
 * left it undecided (no KPI population, no document register, an empty or unkept sample). An
 * automatic result is never overridden by hand: it stays traceable to the records.
 */
export function acceptsJudgement(criterion: CriterionDefinition, evaluation: CriterionEvaluation | undefined): boolean {
  return criterion.evidence.method === 'MANUAL' || automaticResult(evaluation) === null;
}

/** The results scoreAssessment reads: automatic ones, then the assessor's where they are allowed. */
export function assessmentResults(
  catalog: IndicatorCatalog,
  automatic: AutomaticEvaluation | null,
  judgements: Readonly<Record<string, AssessorJudgement>>,
): Record<string, CriterionResult> {
  const results: Record<string, CriterionResult> = {};
  for (const criterion of catalog.indicators.flatMap((indicator) => indicator.criteria)) {
    const evaluation = automatic?.criteria[criterion.key];
    const decided = automaticResult(evaluation);
    const judgement = judgements[criterion.key];
    if (decided !== null && criterion.evidence.method !== 'MANUAL') results[criterion.key] = decided;
    else if (judgement !== undefined) results[criterion.key] = { outcome: judgement.outcome, ...(judgement.note ? { note: judgement.note } : {}) };
  }
  return results;
}
