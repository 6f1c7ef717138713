import { DEFAULT_INDICATOR_CATALOG, type EvidenceMethodKind } from '@stardesk/domain';
import type { EvidenceCover, EvidenceIndexModel } from '../../libs/database/src/evidence/pdf';

export function aCover(changes: Partial<EvidenceCover> = {}): EvidenceCover {
  return {
    organisationName: '星辰家电服务有限公司',
    organisationCode: 'ACME',
    periodFrom: '2026-01-01',
    periodTo: '2026-07-01',
    generatedAt: '2026-07-02T08:30:00.000Z',
    score: 91.25,
    grade: 'FOUR_STAR',
    assessmentId: 'a4c1e5d2-0000-4000-8000-000000000001',
    catalogVersion: '1',
    signedOff: true,
    ...changes,
  };
}

/**
 * The index of a package over the default GB/T 27922 catalogue: every indicator and criterion, each
 * criterion proven by `filesPerCriterion` files, results cycling through the outcomes.
 */
export class EvidenceIndexBuilder {
  private cover = aCover();
  private filesPerCriterion = 1;
  private criterionText: ((nameZh: string) => string) | null = null;

  withCover(changes: Partial<EvidenceCover>): this {
    this.cover = aCover(changes);
    return this;
  }

  withFilesPerCriterion(count: number): this {
    this.filesPerCriterion = count;
    return this;
  }

  /** Replaces every criterion's text (e.g. with a very long one). */
  withCriterionText(text: (nameZh: string) => string): this {
    this.criterionText = text;
    return this;
  }

  build(): EvidenceIndexModel {
    const results = ['CONFORMING', 'NON_CONFORMING', 'SAMPLED', 'NOT_APPLICABLE'];
    const files: EvidenceIndexModel['files'] = [];
    const indicators = DEFAULT_INDICATOR_CATALOG.indicators.map((indicator, indicatorIndex) => ({
      code: indicator.key,
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      category: indicator.category,
      maxPoints: indicator.points,
      points: indicatorIndex % 5 === 4 ? null : indicator.points * 0.9,
      criteria: indicator.criteria.map((criterion, criterionIndex) => {
        const evidenceFiles = Array.from({ length: this.filesPerCriterion }, (_, n) => `evidence/${criterion.key}/记录-${n + 1}.xlsx`);
        files.push(...evidenceFiles.map((path) => ({ path, description: `${criterion.nameZh} 的证据` })));
        return {
          code: criterion.key,
          text: this.criterionText ? this.criterionText(criterion.nameZh) : criterion.nameZh,
          kind: criterion.evidence.method as EvidenceMethodKind,
          result: results[criterionIndex % results.length]!,
          points: criterionIndex % results.length === 3 ? null : criterion.points,
          maxPoints: criterion.points,
          evidenceFiles,
        };
      }),
    }));
    return { cover: this.cover, indicators, files };
  }
}

export const anEvidenceIndex = (): EvidenceIndexBuilder => new EvidenceIndexBuilder();
