import type { CreateCatalogVersionInput, IndicatorCatalogVersionQuery } from '../../gql/graphql';

type LoadedVersion = IndicatorCatalogVersionQuery['indicatorCatalogVersion'];

export interface CriterionDraft {
  key: string;
  nameZh: string;
  nameEn: string;
  points: number | null;
  method: LoadedVersion['indicators'][number]['criteria'][number]['method'];
  documentType: LoadedVersion['indicators'][number]['criteria'][number]['documentType'];
  kpi: LoadedVersion['indicators'][number]['criteria'][number]['kpi'];
  statistic: LoadedVersion['indicators'][number]['criteria'][number]['statistic'];
  comparator: LoadedVersion['indicators'][number]['criteria'][number]['comparator'];
  threshold: number | null;
  recordType: LoadedVersion['indicators'][number]['criteria'][number]['recordType'];
  sampleSize: number | null;
  checks: { nameZh: string; nameEn: string }[];
}

export interface IndicatorDraft {
  key: string;
  category: LoadedVersion['indicators'][number]['category'];
  nameZh: string;
  nameEn: string;
  points: number | null;
  criteria: CriterionDraft[];
}

/** A new catalogue version being edited: a copy of the version it starts from. */
export interface CatalogueDraft {
  baseVersionNo: number;
  label: string;
  note: string;
  indicators: IndicatorDraft[];
}

/** A copy of a version to edit into the next one. */
export function catalogueDraftOf(version: LoadedVersion): CatalogueDraft {
  return {
    baseVersionNo: version.versionNo,
    label: version.label,
    note: '',
    indicators: version.indicators.map((indicator) => ({
      key: indicator.key,
      category: indicator.category,
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      points: indicator.points,
      criteria: indicator.criteria.map((criterion) => ({
        key: criterion.key,
        nameZh: criterion.nameZh,
        nameEn: criterion.nameEn,
        points: criterion.points,
        method: criterion.method,
        documentType: criterion.documentType ?? null,
        kpi: criterion.kpi ?? null,
        statistic: criterion.statistic ?? null,
        comparator: criterion.comparator ?? null,
        threshold: criterion.threshold ?? null,
        recordType: criterion.recordType ?? null,
        sampleSize: criterion.sampleSize ?? null,
        checks: criterion.checks.map((check) => ({ nameZh: check.nameZh, nameEn: check.nameEn })),
      })),
    })),
  };
}

export type EditableCriterionField = 'nameZh' | 'nameEn' | 'points' | 'threshold' | 'sampleSize';

/** The draft with one criterion's field changed (the draft itself is left as it was). */
export function withCriterionValue(draft: CatalogueDraft, indicatorIndex: number, criterionIndex: number, field: EditableCriterionField, value: string | number | null): CatalogueDraft {
  return {
    ...draft,
    indicators: draft.indicators.map((indicator, i) =>
      i !== indicatorIndex ? indicator : { ...indicator, criteria: indicator.criteria.map((criterion, j) => (j !== criterionIndex ? criterion : { ...criterion, [field]: value })) },
    ),
  };
}

/** The draft with one indicator's points changed. */
export function withIndicatorPoints(draft: CatalogueDraft, indicatorIndex: number, points: number | null): CatalogueDraft {
  return { ...draft, indicators: draft.indicators.map((indicator, i) => (i !== indicatorIndex ? indicator : { ...indicator, points })) };
}

const hundredths = (value: number | null): number => Math.round((value ?? 0) * 100);

/**
 * Indicators whose criteria do not add up to the indicator's points, shown while editing (the
 * API checks the same rule, and every other, when the version is saved).
 */
export function pointsMismatches(draft: CatalogueDraft): { indicatorIndex: number; expected: number; actual: number }[] {
  return draft.indicators.flatMap((indicator, indicatorIndex) => {
    const actual = indicator.criteria.reduce((sum, criterion) => sum + hundredths(criterion.points), 0);
    const expected = hundredths(indicator.points);
    return actual === expected ? [] : [{ indicatorIndex, expected: expected / 100, actual: actual / 100 }];
  });
}

/** Points per category of the draft (the standard fixes 40 / 35 / 25). */
export function categoryTotals(draft: CatalogueDraft): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const indicator of draft.indicators) totals[indicator.category] = (totals[indicator.category] ?? 0) + hundredths(indicator.points);
  return Object.fromEntries(Object.entries(totals).map(([key, value]) => [key, value / 100]));
}

/**
 * The draft as the API's input; the API validates it (with the domain's catalogue rules). The newest
 * version the admin saw goes along, so a version made meanwhile by someone else is not overwritten.
 */
export function createCatalogVersionInputOf(draft: CatalogueDraft, latestVersionNo: number): CreateCatalogVersionInput {
  return {
    expectedLatestVersionNo: latestVersionNo,
    label: draft.label,
    note: draft.note.trim() === '' ? null : draft.note,
    indicators: draft.indicators.map((indicator) => ({
      key: indicator.key,
      points: indicator.points,
      criteria: indicator.criteria.map((criterion) => ({ ...criterion, checks: criterion.checks.map((check) => ({ ...check })) })),
    })),
  };
}
