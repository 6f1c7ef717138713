import { DEFAULT_KPI_TARGETS } from '../kpi/kpi-targets';
import type { KpiValues } from '../kpi/kpi-catalog';
import {
  acceptsJudgement,
  assessmentResults,
  automaticResult,
  evaluateDocumentCriterion,
  evaluateKpiCriterion,
  evaluateSampleCriterion,
  type AssessorJudgement,
  type AutomaticEvaluation,
} from './criterion-evaluation';
import { DEFAULT_INDICATOR_CATALOG } from './default-catalog';
import type { CriterionDefinition, DocumentEvidence, KpiEvidence, SampleEvidence } from './indicator-catalog.types';

const criterionOf = (key: string): CriterionDefinition => DEFAULT_INDICATOR_CATALOG.indicators.flatMap((indicator) => indicator.criteria).find((criterion) => criterion.key === key)!;
const TIMELINESS = criterionOf('CUST.COMPL.2').evidence as KpiEvidence;
const POLICY = criterionOf('SYS.NORM.1').evidence as DocumentEvidence;
const COMPLAINTS = criterionOf('CUST.COMPL.4').evidence as SampleEvidence;
const YEAR = { from: '2026-01-01', lastDay: '2026-12-31' };
const kpis = (values: Partial<KpiValues>): KpiValues => values as KpiValues;
const judged = (outcome: AssessorJudgement['outcome']): AssessorJudgement => ({ outcome, note: 'seen', evidenceLinks: [], recordedAt: '2026-12-31T00:00:00Z' });

describe('criterion evaluations', () => {
  it('keeps the KPI value and threshold with the outcome, and leaves a KPI without population open', () => {
    expect(evaluateKpiCriterion(TIMELINESS, kpis({ complaintTimelyRate: 0.91 }))).toEqual({
      method: 'KPI', kpi: 'complaintTimelyRate', statistic: null, comparator: '>=', threshold: 0.95, value: 0.91, outcome: 'NON_CONFORMING',
    });
    expect(evaluateKpiCriterion(TIMELINESS, kpis({ complaintTimelyRate: null })).outcome).toBeNull();
  });

  it('leaves DOCUMENT criteria open while no register answers, and applies the rule when one does', () => {
    expect(evaluateDocumentCriterion(POLICY, null, YEAR)).toMatchObject({ registerAvailable: false, outcome: null });
    const document = { id: 'd', documentType: 'SERVICE_POLICY', code: null, title: null, approved: true, effectiveFrom: '2025-01-01', effectiveTo: null };
    expect(evaluateDocumentCriterion(POLICY, [document], YEAR)).toMatchObject({ registerAvailable: true, outcome: 'CONFORMING', documentIds: ['d'] });
    expect(evaluateDocumentCriterion(POLICY, [], YEAR)).toMatchObject({ registerAvailable: true, outcome: 'NON_CONFORMING' });
  });

  it('checks each drawn record and counts the non-conforming ones', () => {
    const closed = (id: string, closedAfterHours: number) => ({
      recordType: 'COMPLAINT' as const, id, outletId: null, severity: 'NORMAL' as const, channel: 'HOTLINE', description: 'x', resolution: 'y', customerAccepted: true,
      receivedAt: new Date('2026-03-01T00:00:00Z'), acknowledgedAt: new Date('2026-03-01T01:00:00Z'), closedAt: new Date(Date.parse('2026-03-01T00:00:00Z') + closedAfterHours * 3_600_000),
    });
    const evaluation = evaluateSampleCriterion(COMPLAINTS, 's:CUST.COMPL.4', 30, [closed('a', 10), closed('b', 200)], DEFAULT_KPI_TARGETS);
    expect(evaluation).toMatchObject({ checkable: true, populationSize: 30, sampleSize: 10, sampled: 2, nonConforming: 1, outcome: 'SAMPLED' });
    expect(evaluation.records.map((record) => record.recordId)).toEqual(['a', 'b']);
    expect(automaticResult(evaluation)).toEqual({ outcome: 'SAMPLED', sampled: 2, nonConforming: 1, seed: 's:CUST.COMPL.4' });
    expect(evaluateSampleCriterion(COMPLAINTS, 's', 0, [], DEFAULT_KPI_TARGETS).outcome).toBeNull();
    expect(evaluateSampleCriterion(COMPLAINTS, 's', 0, null, DEFAULT_KPI_TARGETS)).toMatchObject({ checkable: false, outcome: null });
  });
});

describe('assessmentResults and acceptsJudgement', () => {
  const automatic: AutomaticEvaluation = {
    evaluatedAt: '2026-12-31T00:00:00Z',
    kpis: kpis({}),
    criteria: {
      'CUST.COMPL.2': evaluateKpiCriterion(TIMELINESS, kpis({ complaintTimelyRate: 0.91 })),
      'CUST.COMPL.3': evaluateKpiCriterion(criterionOf('CUST.COMPL.3').evidence as KpiEvidence, kpis({ complaintResolutionRate: null })),
      'SYS.NORM.1': evaluateDocumentCriterion(POLICY, null, YEAR),
    },
  };

  it('lets the assessor record MANUAL criteria and those the evidence left open, never an automatic result', () => {
    expect(acceptsJudgement(criterionOf('SYS.ORG.3'), undefined)).toBe(true);
    expect(acceptsJudgement(criterionOf('CUST.COMPL.2'), automatic.criteria['CUST.COMPL.2'])).toBe(false);
    expect(acceptsJudgement(criterionOf('CUST.COMPL.3'), automatic.criteria['CUST.COMPL.3'])).toBe(true);
    expect(acceptsJudgement(criterionOf('SYS.NORM.1'), automatic.criteria['SYS.NORM.1'])).toBe(true);
  });

  it('merges automatic results with the judgements they allow', () => {
    const results = assessmentResults(DEFAULT_INDICATOR_CATALOG, automatic, {
      'CUST.COMPL.2': judged('CONFORMING'),
      'CUST.COMPL.3': judged('NOT_APPLICABLE'),
      'SYS.ORG.3': judged('NON_CONFORMING'),
    });
    expect(results).toEqual({
      'CUST.COMPL.2': { outcome: 'NON_CONFORMING' },
      'CUST.COMPL.3': { outcome: 'NOT_APPLICABLE', note: 'seen' },
      'SYS.ORG.3': { outcome: 'NON_CONFORMING', note: 'seen' },
    });
    expect(assessmentResults(DEFAULT_INDICATOR_CATALOG, null, {})).toEqual({});
  });
});
