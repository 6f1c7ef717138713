import type { Locale } from '../common/field-error';
import { kpiDefinition } from '../kpi/kpi-catalog';
import type { AssessmentInput, AssessmentScore, CriterionResult, CriterionScoreStatus } from './assessment.types';
import type { CriterionEvaluation } from './criterion-evaluation';
import { SERVICE_GRADE_TABLE, type ServiceGradeDefinition } from './grade';
import type { CriterionDefinition, EvidenceMethodKind, IndicatorCategoryKey } from './indicator-catalog.types';
import { scoreAssessment } from './score-assessment';

/** What would win a criterion's lost points back. */
export const GAP_FIX_KINDS = ['MEET_KPI', 'FIX_SAMPLED_RECORDS', 'PROVIDE_DOCUMENT', 'CONFORM', 'ASSESS'] as const;
export type GapFixKind = (typeof GAP_FIX_KINDS)[number];

export interface CriterionGap {
  criterionKey: string;
  indicatorKey: string;
  method: EvidenceMethodKind;
  status: CriterionScoreStatus;
  lostPoints: number;
  fix: GapFixKind;
  /** Why the points were lost, e.g. "投诉处理及时率 91.0 % < 95 %". */
  reason: Record<Locale, string>;
  /** What to do, e.g. "raise complaint timeliness from 91.0 % to 95 %". */
  action: Record<Locale, string>;
}

export interface IndicatorGap {
  key: string;
  category: IndicatorCategoryKey;
  applicablePoints: number;
  actualPoints: number;
  lostPoints: number;
  criteria: CriterionGap[];
}

export interface GapAnalysis {
  score: number | null;
  grade: ServiceGradeDefinition | null;
  /** Null at five stars (nothing above) or when every point is excluded. */
  nextGrade: ServiceGradeDefinition | null;
  /** Score points still missing to the next grade. */
  pointsToNextGrade: number | null;
  /** False when even fixing every criterion would not reach the next grade (special deductions). */
  reachable: boolean;
  /** The smallest set of fixes that reaches the next grade, largest gain first. */
  fixes: CriterionGap[];
  /** The score with those fixes made. */
  scoreWithFixes: number | null;
  summary: Record<Locale, string>;
  /** Every indicator that lost points, with the criteria that lost them. */
  indicators: IndicatorGap[];
}

/**
 * Where the points went and the fewest fixes that would reach the next grade. Each fix wins one
 * criterion's lost points back whole and fixes are independent, so taking the largest gains first
 * gives a smallest set; each step re-scores with scoreAssessment, so rounding and grade boundaries
 * are exactly those of the published score.
 */
export function analyseGaps(input: AssessmentInput, score: AssessmentScore, evaluations: Readonly<Record<string, CriterionEvaluation>>): GapAnalysis {
  const definitions = new Map(input.catalog.indicators.flatMap((indicator) => indicator.criteria.map((criterion) => [criterion.key, criterion] as const)));
  const indicators: IndicatorGap[] = score.indicators
    .map((indicator) => {
      const criteria = indicator.criteria
        .filter((criterion) => criterion.applicablePoints - criterion.actualPoints > 1e-9)
        .map((criterion) => criterionGap(definitions.get(criterion.key) as CriterionDefinition, indicator.key, criterion.status, criterion.applicablePoints - criterion.actualPoints, evaluations[criterion.key], input.results[criterion.key]));
      return { key: indicator.key, category: indicator.category, applicablePoints: indicator.applicablePoints, actualPoints: indicator.actualPoints, lostPoints: roundPoints(indicator.applicablePoints - indicator.actualPoints), criteria };
    })
    .filter((indicator) => indicator.criteria.length > 0);

  const nextGrade = score.grade === null ? null : gradeAbove(score.grade);
  if (score.score === null || nextGrade === null) {
    const summary = score.score === null ? { 'zh-CN': '全部删减，无法评分', en: 'Everything is excluded: no score' } : { 'zh-CN': '已达五星级', en: 'Five stars: the highest grade' };
    return { score: score.score, grade: score.grade, nextGrade: null, pointsToNextGrade: null, reachable: false, fixes: [], scoreWithFixes: score.score, summary, indicators };
  }

  const candidates = indicators.flatMap((indicator) => indicator.criteria).sort((a, b) => b.lostPoints - a.lostPoints);
  const fixes: CriterionGap[] = [];
  let scoreWithFixes = score.score;
  let reached = false;
  const fixedResults: Record<string, CriterionResult> = { ...input.results };
  for (const candidate of candidates) {
    fixes.push(candidate);
    fixedResults[candidate.criterionKey] = { outcome: 'CONFORMING' };
    const rescored = scoreAssessment({ ...input, results: fixedResults });
    scoreWithFixes = rescored.score ?? scoreWithFixes;
    if (rescored.grade !== null && rescored.grade.minScore >= nextGrade.minScore) {
      reached = true;
      break;
    }
  }
  const pointsToNextGrade = roundPoints(nextGrade.minScore - score.score);
  return {
    score: score.score,
    grade: score.grade,
    nextGrade,
    pointsToNextGrade,
    reachable: reached,
    fixes: reached ? fixes : [],
    scoreWithFixes: reached ? scoreWithFixes : score.score,
    summary: summarise(pointsToNextGrade, nextGrade, reached ? fixes : []),
    indicators,
  };
}

function gradeAbove(grade: ServiceGradeDefinition): ServiceGradeDefinition | null {
  const index = SERVICE_GRADE_TABLE.findIndex((definition) => definition.grade === grade.grade);
  return index > 0 ? (SERVICE_GRADE_TABLE[index - 1] as ServiceGradeDefinition) : null;
}

function summarise(points: number, next: ServiceGradeDefinition, fixes: CriterionGap[]): Record<Locale, string> {
  if (fixes.length === 0) {
    return { 'zh-CN': `距${next.nameZh}还差 ${formatNumber(points)} 分：特别扣分过多，整改全部检查项也无法达到`, en: `+${formatNumber(points)} points to ${next.nameZh} (${next.nameEn}): out of reach even with every criterion fixed` };
  }
  return {
    'zh-CN': `距${next.nameZh}还差 ${formatNumber(points)} 分：${fixes.map((fix) => fix.action['zh-CN']).join('；')}`,
    en: `+${formatNumber(points)} points to ${next.nameZh} (${next.nameEn}): ${fixes.map((fix) => fix.action.en).join(', ')}`,
  };
}

function criterionGap(
  criterion: CriterionDefinition,
  indicatorKey: string,
  status: CriterionScoreStatus,
  lost: number,
  evaluation: CriterionEvaluation | undefined,
  result: CriterionResult | undefined,
): CriterionGap {
  const base = { criterionKey: criterion.key, indicatorKey, method: criterion.evidence.method, status, lostPoints: roundPoints(lost) };
  const name = { 'zh-CN': criterion.nameZh, en: criterion.nameEn };
  if (status === 'UNASSESSED' || result === undefined) {
    const why = evaluation?.method === 'KPI' ? { 'zh-CN': '期内无数据，待评审员判定', en: 'no data in the period; an assessor must decide' } : { 'zh-CN': '尚未评审', en: 'not yet assessed' };
    return { ...base, fix: 'ASSESS', reason: { 'zh-CN': `${name['zh-CN']}：${why['zh-CN']}`, en: `${name.en}: ${why.en}` }, action: { 'zh-CN': `完成评审「${name['zh-CN']}」`, en: `assess "${name.en}"` } };
  }
  if (evaluation?.method === 'KPI' && evaluation.value !== null) {
    const definition = kpiDefinition(evaluation.kpi);
    const statistic = evaluation.statistic ? ` ${evaluation.statistic}` : '';
    const value = formatKpi(evaluation.value, definition.unit);
    const target = formatKpi(evaluation.threshold, definition.unit, true);
    const raise = evaluation.comparator === '>=';
    return {
      ...base,
      fix: 'MEET_KPI',
      reason: { 'zh-CN': `${definition.nameZh}${statistic} ${value}，要求 ${evaluation.comparator} ${target}`, en: `${definition.nameEn}${statistic} ${value}, required ${evaluation.comparator} ${target}` },
      action: {
        'zh-CN': `将${definition.nameZh}${statistic}从 ${value} ${raise ? '提高' : '降低'}到 ${target}`,
        en: `${raise ? 'raise' : 'lower'} ${definition.nameEn}${statistic} from ${value} to ${target}`,
      },
    };
  }
  if (result.outcome === 'SAMPLED') {
    const counts = `${result.nonConforming}/${result.sampled}`;
    return {
      ...base,
      fix: 'FIX_SAMPLED_RECORDS',
      reason: { 'zh-CN': `${name['zh-CN']}：抽查 ${result.sampled} 条，${result.nonConforming} 条不合格`, en: `${name.en}: ${result.nonConforming} of ${result.sampled} sampled records non-conforming` },
      action: { 'zh-CN': `整改「${name['zh-CN']}」中不合格的 ${counts} 条记录`, en: `put right the ${counts} non-conforming records of "${name.en}"` },
    };
  }
  if (evaluation?.method === 'DOCUMENT') {
    const gap = evaluation.firstUncoveredDay ? { 'zh-CN': `自 ${evaluation.firstUncoveredDay} 起无有效文件`, en: `no approved document in force from ${evaluation.firstUncoveredDay}` } : { 'zh-CN': '无有效文件', en: 'no approved document in force' };
    return {
      ...base,
      fix: 'PROVIDE_DOCUMENT',
      reason: { 'zh-CN': `${name['zh-CN']}：${gap['zh-CN']}`, en: `${name.en}: ${gap.en}` },
      action: { 'zh-CN': `制定、批准并发布「${name['zh-CN']}」（${evaluation.documentType}）`, en: `approve and put in force "${name.en}" (${evaluation.documentType})` },
    };
  }
  const note = 'note' in result && result.note ? `（${result.note}）` : '';
  const noteEn = 'note' in result && result.note ? ` (${result.note})` : '';
  return {
    ...base,
    fix: 'CONFORM',
    reason: { 'zh-CN': `${name['zh-CN']}：不符合${note}`, en: `${name.en}: non-conforming${noteEn}` },
    action: { 'zh-CN': `整改「${name['zh-CN']}」`, en: `bring "${name.en}" into conformity` },
  };
}

/** Rates as percent with one decimal (kpis.md); a threshold without trailing zeros ("95 %"). */
function formatKpi(value: number, unit: ReturnType<typeof kpiDefinition>['unit'], threshold = false): string {
  switch (unit) {
    case 'rate':
      return `${threshold ? formatNumber(value * 100) : (value * 100).toFixed(1)} %`;
    case 'minutes':
      return `${formatNumber(value)} min`;
    case 'hours':
      return `${formatNumber(value)} h`;
    case 'count':
    case 'score':
    case 'perThousand':
      return formatNumber(value);
  }
}

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function roundPoints(value: number): number {
  return Math.round(value * 10000) / 10000;
}
