import type { AssessmentEntity, IndicatorCatalogVersionEntity } from '@stardesk/database';
import {
  SAMPLE_FINDING_LABELS,
  acceptsJudgement,
  analyseGaps,
  assessmentResults,
  scoreAssessment,
  type AssessmentInput,
  type AssessmentScore,
  type CriterionGap as DomainCriterionGap,
  type IndicatorCatalog,
  type Locale,
} from '@stardesk/domain';
import type { Assessment, AssessmentCriterion } from './assessment.model';
import { evidenceCompletenessOf } from './evidence-completeness.util';
import type { CriterionGap } from './gap-analysis.model';
import type { IndicatorCatalogVersion } from './indicator-catalog.model';

/** The scoring input of a stored assessment: everything comes from the row and its catalogue version. */
export function assessmentInputOf(row: AssessmentEntity, catalog: IndicatorCatalog): AssessmentInput {
  return {
    catalog,
    results: assessmentResults(catalog, row.automaticEvaluation, row.judgements),
    exclusions: row.exclusions,
    specialDeductions: row.specialDeductions,
    specialBonuses: row.specialBonus ? [row.specialBonus] : [],
  };
}

/** A signed-off assessment shows the score frozen at sign-off; a draft is scored as it stands. */
export function scoreOf(row: AssessmentEntity, input: AssessmentInput): AssessmentScore {
  return row.signedOffScore ?? scoreAssessment(input);
}

export function catalogVersionView(version: IndicatorCatalogVersionEntity): IndicatorCatalogVersion {
  const catalog = version.catalog;
  return {
    id: version.id,
    versionNo: version.versionNo,
    label: catalog.version,
    note: version.note,
    createdAt: version.createdAt,
    categories: catalog.categories.map((category) => ({ ...category })),
    indicators: catalog.indicators.map((indicator) => ({
      key: indicator.key,
      category: indicator.category,
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      points: indicator.points,
      criteria: indicator.criteria.map((criterion) => {
        const evidence = criterion.evidence;
        return {
          key: criterion.key,
          nameZh: criterion.nameZh,
          nameEn: criterion.nameEn,
          points: criterion.points,
          method: evidence.method,
          documentType: evidence.method === 'DOCUMENT' ? evidence.documentType : null,
          kpi: evidence.method === 'KPI' ? evidence.kpi : null,
          statistic: evidence.method === 'KPI' ? (evidence.statistic ?? null) : null,
          comparator: evidence.method === 'KPI' ? evidence.comparator : null,
          threshold: evidence.method === 'KPI' ? evidence.threshold : null,
          recordType: evidence.method === 'SAMPLE' ? evidence.recordType : null,
          sampleSize: evidence.method === 'SAMPLE' ? evidence.sampleSize : null,
          checks: evidence.method === 'SAMPLE' ? evidence.checks.map((check) => ({ ...check })) : [],
        };
      }),
    })),
  };
}

export function assessmentView(row: AssessmentEntity, version: IndicatorCatalogVersionEntity, locale: Locale): Assessment {
  const catalog = version.catalog;
  const input = assessmentInputOf(row, catalog);
  const score = scoreOf(row, input);
  const evaluations = row.automaticEvaluation?.criteria ?? {};
  const scoresByKey = new Map(score.indicators.flatMap((indicator) => indicator.criteria.map((criterion) => [criterion.key, criterion] as const)));
  const excluded = new Set(row.exclusions.map((exclusion) => exclusion.key));
  const gaps = analyseGaps(input, score, evaluations);
  const gapView = (gap: DomainCriterionGap): CriterionGap => ({ ...gap, reason: gap.reason[locale], action: gap.action[locale] });

  return {
    id: row.id,
    title: row.title,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    timeZone: row.timeZone,
    catalogVersionNo: version.versionNo,
    catalogLabel: catalog.version,
    sampleSeed: row.sampleSeed,
    status: row.status,
    evaluatedAt: row.automaticEvaluation ? new Date(row.automaticEvaluation.evaluatedAt) : null,
    score: score.score,
    grade: score.grade?.grade ?? null,
    gradeName: score.grade ? (locale === 'en' ? score.grade.nameEn : score.grade.nameZh) : null,
    applicablePoints: score.applicablePoints,
    actualPoints: score.actualPoints,
    deductionPoints: score.deductionPoints,
    bonusPoints: score.bonusPoints,
    unassessed: score.unassessed,
    categories: catalog.categories.map((category) => {
      const scored = score.categories.find((entry) => entry.key === category.key);
      return { key: category.key, nameZh: category.nameZh, nameEn: category.nameEn, applicablePoints: scored?.applicablePoints ?? 0, actualPoints: scored?.actualPoints ?? 0 };
    }),
    indicators: catalog.indicators.map((indicator) => {
      const scored = score.indicators.find((entry) => entry.key === indicator.key);
      const criteria = indicator.criteria.map((criterion): AssessmentCriterion => {
        const evaluation = evaluations[criterion.key];
        const criterionScore = scoresByKey.get(criterion.key);
        const judgement = row.judgements[criterion.key];
        return {
          key: criterion.key,
          nameZh: criterion.nameZh,
          nameEn: criterion.nameEn,
          method: criterion.evidence.method,
          points: criterion.points,
          status: criterionScore?.status ?? 'UNASSESSED',
          applicablePoints: criterionScore?.applicablePoints ?? 0,
          actualPoints: criterionScore?.actualPoints ?? 0,
          acceptsJudgement: row.status === 'DRAFT' && acceptsJudgement(criterion, evaluation),
          kpi: evaluation?.method === 'KPI' ? evaluation.kpi : null,
          kpiStatistic: evaluation?.method === 'KPI' ? evaluation.statistic : null,
          kpiValue: evaluation?.method === 'KPI' ? evaluation.value : null,
          comparator: evaluation?.method === 'KPI' ? evaluation.comparator : null,
          threshold: evaluation?.method === 'KPI' ? evaluation.threshold : null,
          documentType: evaluation?.method === 'DOCUMENT' ? evaluation.documentType : null,
          documentIds: evaluation?.method === 'DOCUMENT' ? evaluation.documentIds : [],
          recordType: evaluation?.method === 'SAMPLE' ? evaluation.recordType : null,
          sampleSeed: evaluation?.method === 'SAMPLE' ? evaluation.seed : null,
          populationSize: evaluation?.method === 'SAMPLE' ? evaluation.populationSize : null,
          sampled: evaluation?.method === 'SAMPLE' ? evaluation.sampled : null,
          nonConforming: evaluation?.method === 'SAMPLE' ? evaluation.nonConforming : null,
          samples:
            evaluation?.method === 'SAMPLE'
              ? evaluation.records.map((record) => ({
                  recordId: record.recordId,
                  conforming: record.findings.length === 0,
                  findings: record.findings.map((finding) => ({ ...finding, message: SAMPLE_FINDING_LABELS[finding.code][locale] })),
                }))
              : [],
          judgement: judgement ? { ...judgement, recordedAt: new Date(judgement.recordedAt) } : null,
          excluded: excluded.has(criterion.key) || excluded.has(indicator.key),
        };
      });
      return {
        key: indicator.key,
        category: indicator.category,
        nameZh: indicator.nameZh,
        nameEn: indicator.nameEn,
        points: indicator.points,
        applicablePoints: scored?.applicablePoints ?? 0,
        actualPoints: scored?.actualPoints ?? 0,
        criteria,
        evidenceCompleteness: evidenceCompletenessOf(criteria),
      };
    }),
    exclusions: row.exclusions.map((exclusion) => ({ ...exclusion })),
    specialDeductions: row.specialDeductions.map((deduction) => ({ ...deduction })),
    specialBonus: row.specialBonus?.description ?? null,
    gapAnalysis: {
      score: gaps.score,
      grade: gaps.grade?.grade ?? null,
      nextGrade: gaps.nextGrade?.grade ?? null,
      pointsToNextGrade: gaps.pointsToNextGrade,
      reachable: gaps.reachable,
      fixes: gaps.fixes.map(gapView),
      scoreWithFixes: gaps.scoreWithFixes,
      summary: gaps.summary[locale],
      indicators: gaps.indicators.map((indicator) => ({ ...indicator, criteria: indicator.criteria.map(gapView) })),
    },
    signedOffAt: row.signedOffAt,
    signedOffBy: row.signedOffBy,
    version: row.version,
  };
}
