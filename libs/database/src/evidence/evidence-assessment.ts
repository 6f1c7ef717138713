import {
  assessmentResults,
  scoreAssessment,
  type AssessmentScore,
  type AssessorJudgement,
  type CriterionEvaluation,
  type IndicatorCatalog,
} from '@stardesk/domain';
import type { DataSource } from 'typeorm';
import { latestCatalogVersion } from '../assessment/catalog-versions';
import { evaluateAutomatically } from '../assessment/evaluate-assessment';
import { referenceEvidenceSources } from '../assessment/evidence-sources';
import { AssessmentEntity } from '../entities/assessment.entity';
import { IndicatorCatalogVersionEntity } from '../entities/indicator-catalog-version.entity';

/** The assessment an evidence package proves: a stored one, or the catalogue evaluated at generation. */
export interface EvidenceAssessment {
  assessmentId: string | null;
  signedOff: boolean;
  signedOffAt: Date | null;
  /** True when no assessment was stored for the period and the current catalogue was evaluated live. */
  live: boolean;
  catalog: IndicatorCatalog;
  catalogLabel: string;
  score: AssessmentScore;
  evaluations: Record<string, CriterionEvaluation>;
  judgements: Record<string, AssessorJudgement>;
  sampleSeed: string;
}

/** An assessment id that is not one of the organisation's. */
export class EvidenceAssessmentNotFound extends Error {
  constructor(readonly assessmentId: string) {
    super(`Assessment ${assessmentId} does not exist`);
    this.name = 'EvidenceAssessmentNotFound';
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The local day after `day` (assessments keep their period half-open). */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * The given assessment; else the latest signed-off one whose period is exactly [from, to]; else the
 * organisation's newest catalogue evaluated now over the period (seed ORG:FROM:DAY-AFTER-TO, as
 * `stardesk assess` draws by default), said so on the cover.
 */
export async function loadEvidenceAssessment(
  dataSource: DataSource,
  organisation: { id: string; code: string; timeZone: string },
  period: { from: string; to: string },
  assessmentId: string | null | undefined,
  now: Date,
): Promise<EvidenceAssessment> {
  const repository = dataSource.getRepository(AssessmentEntity);
  let row: AssessmentEntity | null;
  if (assessmentId) {
    row = UUID.test(assessmentId) ? await repository.findOneBy({ orgId: organisation.id, id: assessmentId }) : null;
    if (!row) throw new EvidenceAssessmentNotFound(assessmentId);
  } else {
    row = await repository.findOne({
      where: { orgId: organisation.id, status: 'SIGNED_OFF', periodFrom: period.from, periodTo: dayAfter(period.to) },
      order: { signedOffAt: 'DESC', id: 'ASC' },
    });
  }
  if (row) {
    const version = await dataSource.getRepository(IndicatorCatalogVersionEntity).findOneByOrFail({ id: row.catalogVersionId });
    const catalog = version.catalog;
    const score =
      row.signedOffScore ??
      scoreAssessment({
        catalog,
        results: assessmentResults(catalog, row.automaticEvaluation, row.judgements),
        exclusions: row.exclusions,
        specialDeductions: row.specialDeductions,
        specialBonuses: row.specialBonus ? [row.specialBonus] : [],
      });
    return {
      assessmentId: row.id,
      signedOff: row.status === 'SIGNED_OFF',
      signedOffAt: row.signedOffAt,
      live: false,
      catalog,
      catalogLabel: `${version.versionNo} (${catalog.version})`,
      score,
      evaluations: row.automaticEvaluation?.criteria ?? {},
      judgements: row.judgements,
      sampleSeed: row.sampleSeed,
    };
  }
  const manager = dataSource.manager;
  const version = await latestCatalogVersion(manager, organisation.id);
  const seed = `${organisation.code}:${period.from}:${dayAfter(period.to)}`;
  const { evaluation } = await evaluateAutomatically(
    manager,
    { orgId: organisation.id, catalog: version.catalog, period: { from: period.from, to: dayAfter(period.to), timeZone: organisation.timeZone }, seed, now },
    referenceEvidenceSources(manager),
  );
  const score = scoreAssessment({ catalog: version.catalog, results: assessmentResults(version.catalog, evaluation, {}), exclusions: [], specialDeductions: [], specialBonuses: [] });
  return {
    assessmentId: null,
    signedOff: false,
    signedOffAt: null,
    live: true,
    catalog: version.catalog,
    catalogLabel: `${version.versionNo} (${version.catalog.version})`,
    score,
    evaluations: evaluation.criteria,
    judgements: {},
    sampleSeed: seed,
  };
}
