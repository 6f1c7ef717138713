import {
  criterionSampleSeed,
  drawSamplePositions,
  evaluateDocumentCriterion,
  evaluateKpiCriterion,
  evaluateSampleCriterion,
  resolvePeriod,
  type AssessmentDocumentSource,
  type AssessmentKpiSource,
  type AutomaticEvaluation,
  type ControlledDocumentFact,
  type CriterionEvaluation,
  type IndicatorCatalog,
  type Period,
  type SampleRecordType,
} from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { loadKpiTargets } from '../kpi/kpi-targets.loader';
import { sampleFacts, samplePopulation, type SamplePopulation } from './sample-records';

export interface AssessmentEvidenceSources {
  kpis: AssessmentKpiSource;
  documents: AssessmentDocumentSource;
}

export interface AutomaticEvaluationRequest {
  orgId: string;
  catalog: IndicatorCatalog;
  /** With the organisation's time zone. */
  period: Period;
  seed: string;
  now: Date;
}

export interface AutomaticEvaluationOutcome {
  evaluation: AutomaticEvaluation;
  documents: ControlledDocumentFact[] | null;
}

/**
 * Evaluates every KPI, DOCUMENT and SAMPLE criterion of the catalogue for the period: the KPIs
 * against their thresholds, the documents in force, and for each sampled criterion a sample drawn
 * with drawSample's algorithm from the period's records (drawSamplePositions: the database returns only the drawn ids) (seed per criterion) and checked record by record.
 * The same records, catalogue and seed always give the same samples and findings.
 */
export async function evaluateAutomatically(manager: EntityManager, request: AutomaticEvaluationRequest, sources: AssessmentEvidenceSources): Promise<AutomaticEvaluationOutcome> {
  const window = resolvePeriod(request.period);
  const [kpis, documents, targets] = await Promise.all([
    sources.kpis.periodKpis(request.orgId, request.period),
    sources.documents.documentsFor(request.orgId, request.period),
    loadKpiTargets(manager, request.orgId, window.end),
  ]);
  const populations = new Map<SampleRecordType, Promise<SamplePopulation | null>>();
  const populationOf = (recordType: SampleRecordType): Promise<SamplePopulation | null> => {
    const known = populations.get(recordType) ?? samplePopulation(manager, request.orgId, recordType, window);
    populations.set(recordType, known);
    return known;
  };

  const criteria: Record<string, CriterionEvaluation> = {};
  for (const criterion of request.catalog.indicators.flatMap((indicator) => indicator.criteria)) {
    const evidence = criterion.evidence;
    switch (evidence.method) {
      case 'KPI':
        criteria[criterion.key] = evaluateKpiCriterion(evidence, kpis);
        break;
      case 'DOCUMENT':
        criteria[criterion.key] = evaluateDocumentCriterion(evidence, documents, window);
        break;
      case 'SAMPLE': {
        const seed = criterionSampleSeed(request.seed, criterion.key);
        const population = await populationOf(evidence.recordType);
        const drawn = population === null ? null : await population.idsAt(drawSamplePositions(population.size, evidence.sampleSize, seed));
        const facts = drawn === null ? null : await sampleFacts(manager, request.orgId, evidence.recordType, drawn, window);
        criteria[criterion.key] = evaluateSampleCriterion(evidence, seed, population?.size ?? 0, facts, targets);
        break;
      }
      case 'MANUAL':
        break;
    }
  }
  return { evaluation: { evaluatedAt: request.now.toISOString(), kpis, criteria }, documents };
}
