import { SERVICE_GRADE_TABLE, formatKpiNumber, gradeOf, isKpiKey, kpiDefinition, type Locale, type ServiceGrade } from '@stardesk/domain';
import { addDays, isLocalDate } from '../../shared/local-date.util';

/**
 * Pure logic of the certification screens. The score and the grade come from the API (scored by
 * libs/domain); here they are only turned into what the screens show.
 */

/** Managers and admins change assessments; auditors read them (the API enforces the same). */
export const mayChangeAssessments = (role: string): boolean => role === 'ADMIN' || role === 'MANAGER';

/** Stars shown for a grade: the standard's star levels; 达标级 and 不合格 have none. */
export const GRADE_STARS: Record<ServiceGrade, number> = { FAIL: 0, COMPLIANT: 0, THREE_STAR: 3, FOUR_STAR: 4, FIVE_STAR: 5 };

export interface GradeDisplay {
  grade: ServiceGrade;
  stars: number;
  name: string;
  /** The next grade up with its lowest score, null at five stars. */
  next: { grade: ServiceGrade; minScore: number; name: string } | null;
}

/** The grade of a published score as the domain grades it, with its stars and the grade above it. */
export function gradeDisplay(score: number | null, locale: Locale): GradeDisplay | null {
  if (score === null) return null;
  const definition = gradeOf(score);
  const index = SERVICE_GRADE_TABLE.indexOf(definition);
  const above = index > 0 ? SERVICE_GRADE_TABLE[index - 1] : undefined;
  const nameOf = (entry: { nameZh: string; nameEn: string }) => (locale === 'en' ? entry.nameEn : entry.nameZh);
  return {
    grade: definition.grade,
    stars: GRADE_STARS[definition.grade],
    name: nameOf(definition),
    next: above ? { grade: above.grade, minScore: above.minScore, name: nameOf(above) } : null,
  };
}

interface ScoredIndicator {
  key: string;
  nameZh: string;
  nameEn: string;
  points: number;
  applicablePoints: number;
  actualPoints: number;
}

export interface ScorecardBar {
  key: string;
  name: string;
  /** Points earned. */
  earned: number;
  /** Applicable points not earned. */
  lost: number;
  /** Points taken out by exclusions (删减). */
  excluded: number;
  /** The indicator's points in the catalogue. */
  max: number;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** One stacked bar per indicator: earned + lost = applicable, + excluded = the catalogue's points. */
export function scorecardBars(indicators: readonly ScoredIndicator[], locale: Locale): ScorecardBar[] {
  return indicators.map((indicator) => ({
    key: indicator.key,
    name: locale === 'en' ? indicator.nameEn : indicator.nameZh,
    earned: round2(indicator.actualPoints),
    lost: round2(Math.max(0, indicator.applicablePoints - indicator.actualPoints)),
    excluded: round2(Math.max(0, indicator.points - indicator.applicablePoints)),
    max: indicator.points,
  }));
}

export interface CompletenessDisplay {
  percent: number;
  status: 'success' | 'normal' | 'exception';
  label: string;
}

/** Evidence completeness as a progress bar: whole percent, green when complete, red below half. */
export function completenessDisplay(completeness: { withEvidence: number; total: number; ratio: number | null }): CompletenessDisplay | null {
  if (completeness.ratio === null || completeness.total === 0) return null;
  const percent = Math.floor(completeness.ratio * 100);
  const status = completeness.withEvidence === completeness.total ? 'success' : completeness.ratio < 0.5 ? 'exception' : 'normal';
  return { percent, status, label: `${completeness.withEvidence}/${completeness.total}` };
}

/** Criteria of the organisation overall with evidence, for the headline figure. */
export function overallCompleteness(indicators: readonly { evidenceCompleteness: { withEvidence: number; total: number } }[]): { withEvidence: number; total: number; ratio: number | null } {
  const withEvidence = indicators.reduce((sum, indicator) => sum + indicator.evidenceCompleteness.withEvidence, 0);
  const total = indicators.reduce((sum, indicator) => sum + indicator.evidenceCompleteness.total, 0);
  return { withEvidence, total, ratio: total === 0 ? null : withEvidence / total };
}

/**
 * The manager's KPI dashboard (the home page) over the assessment's period, charting the KPI the
 * criterion was judged on. The assessment's period is half-open like the API's (`periodTo` is the day
 * after the last); the dashboard's URL names the first and the last day.
 */
export function kpiDashboardLink(period: { periodFrom: string; periodTo: string }, kpi: string | null): string {
  const params = new URLSearchParams({ from: period.periodFrom, to: addDays(period.periodTo, -1) });
  if (kpi) params.set('trend', kpi);
  return `/?${params.toString()}`;
}

/** The page of a sampled record, for the record types that have one. */
export function sampleRecordLink(recordType: string | null, recordId: string): string | null {
  switch (recordType) {
    case 'SERVICE_REQUEST':
      return `/requests/${recordId}`;
    case 'COMPLAINT':
      return `/complaints/${recordId}`;
    default:
      return null;
  }
}

/**
 * A KPI value in the unit of its definition, with the precision of kpis.md (the domain's
 * formatKpiNumber, as on the dashboard): rates as percent, per-thousand as ‰, durations with their unit.
 */
export function formatKpiValue(value: number | null, kpi: string | null): string {
  if (value === null) return '—';
  if (!kpi || !isKpiKey(kpi)) return String(round2(value));
  const number = formatKpiNumber(kpi, value);
  switch (kpiDefinition(kpi).unit) {
    case 'rate':
      return `${number}%`;
    case 'perThousand':
      return `${number}‰`;
    case 'minutes':
      return `${number} min`;
    case 'hours':
      return `${number} h`;
    default:
      return number;
  }
}

/** A KPI's name from the domain's catalogue (kpis.md), or its key when unknown. */
export function kpiName(kpi: string | null, locale: Locale): string {
  if (!kpi || !isKpiKey(kpi)) return kpi ?? '';
  const definition = kpiDefinition(kpi);
  return locale === 'en' ? definition.nameEn : definition.nameZh;
}

export interface PeriodValues {
  /** First and last day, inclusive, as picked. */
  firstDay?: string | null;
  lastDay?: string | null;
  catalogVersionNo?: number | null;
}

export type FormErrors<F extends string> = Partial<Record<F, 'required' | 'invalidDate' | 'endBeforeStart' | 'invalidLink' | 'tooLong' | 'tooMany'>>;

/**
 * The new-assessment form to the API input: the picker shows the last day, the API takes the day
 * after it (half-open period). Returns the field errors instead when the form is incomplete.
 */
export type PeriodError = 'required' | 'invalidDate' | 'endBeforeStart';

export function createAssessmentInputOf(values: PeriodValues): { input: { from: string; to: string; catalogVersionNo: number | null } } | { errors: { period: PeriodError } } {
  const { firstDay, lastDay } = values;
  if (!firstDay || !lastDay) return { errors: { period: 'required' } };
  if (!isLocalDate(firstDay) || !isLocalDate(lastDay)) return { errors: { period: 'invalidDate' } };
  if (lastDay < firstDay) return { errors: { period: 'endBeforeStart' } };
  return { input: { from: firstDay, to: addDays(lastDay, 1), catalogVersionNo: values.catalogVersionNo ?? null } };
}

/** The last day of a half-open period (what a date picker shows). */
export const lastDayOf = (periodTo: string): string => addDays(periodTo, -1);

export const MAX_JUDGEMENT_NOTE = 2000;
export const MAX_EVIDENCE_LINKS = 20;

export interface JudgementValues {
  outcome?: 'CONFORMING' | 'NON_CONFORMING' | 'NOT_APPLICABLE' | null;
  note?: string | null;
  /** One link per line. */
  evidenceLinks?: string | null;
}

const SAFE_LINK = /^(https?:\/\/\S+|\/(?!\/)\S*)$/i;

/**
 * An evidence link as an href only when it is a web address or a path in the app: the API stores
 * any text, and a `javascript:` link must never become clickable.
 */
export const safeEvidenceHref = (link: string): string | null => (SAFE_LINK.test(link.trim()) ? link.trim() : null);

/** Evidence links typed one per line (blank lines dropped). */
export const evidenceLinksOf = (text: string | null | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * What the form checks before sending: shape only (an outcome chosen, links that look like links,
 * lengths). The rules of the standard (a note for non-conforming / not applicable, which criteria
 * take a judgement) are the API's, reported under the fields.
 */
export function validateJudgement(values: JudgementValues): FormErrors<'outcome' | 'note' | 'evidenceLinks'> {
  const errors: FormErrors<'outcome' | 'note' | 'evidenceLinks'> = {};
  if (!values.outcome) errors.outcome = 'required';
  if ((values.note ?? '').length > MAX_JUDGEMENT_NOTE) errors.note = 'tooLong';
  const links = evidenceLinksOf(values.evidenceLinks);
  if (links.length > MAX_EVIDENCE_LINKS) errors.evidenceLinks = 'tooMany';
  else if (links.some((link) => safeEvidenceHref(link) === null)) errors.evidenceLinks = 'invalidLink';
  return errors;
}

/**
 * The API's catalogue field paths (`indicators[14].criteria[1].evidence.threshold`) as a path of the
 * input (`indicators.14.criteria.1.threshold`): the validator nests a criterion's evidence, the
 * input carries its fields on the criterion.
 */
export function catalogFieldPath(field: string): (string | number)[] {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((segment) => segment !== '' && segment !== 'evidence')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** A form path back to the API's notation, for looking up errors of one input. */
export function catalogFieldKey(path: readonly (string | number)[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

/** The API's field errors by field, several messages of a field kept together. */
export function errorsByField(errors: readonly { field: string; message: string }[]): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const error of errors) {
    const key = catalogFieldKey(catalogFieldPath(error.field));
    byField.set(key, [...(byField.get(key) ?? []), error.message]);
  }
  return byField;
}
