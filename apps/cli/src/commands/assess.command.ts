import { evaluateAutomatically, findImportOrganisation, latestCatalogVersion, referenceEvidenceSources } from '@stardesk/database';
import {
  InvalidKpiPeriod,
  ValidationFailed,
  assessmentResults,
  isValidLocalDate,
  resolvePeriod,
  scoreAssessment,
  type AssessmentScore,
  type CriterionEvaluation,
  type IndicatorCatalog,
} from '@stardesk/domain';
import { InvalidArgumentError, type Command } from 'commander';
import { CommandFailed, cliLocale } from '../output';
import { withDatabase } from '../with-database';

interface AssessOptions {
  org: string;
  from: string;
  to: string;
  seed?: string;
  json?: boolean;
}

function localDate(value: string): string {
  if (!isValidLocalDate(value)) throw new InvalidArgumentError('a date written YYYY-MM-DD');
  return value;
}

/**
 * `stardesk assess`: the automatic part of a GB/T 27922 self-assessment for a period (KPI, DOCUMENT
 * and SAMPLE criteria) with the organisation's newest catalogue version. Nothing is stored; MANUAL
 * criteria are unassessed and earn nothing, so the score is the floor an assessor starts from.
 * The default seed is ORG:FROM:TO, so the same command draws the same samples.
 */
export function registerAssessCommand(program: Command): void {
  program
    .command('assess')
    .description('Evaluate the GB/T 27922 KPI, document and sample criteria for a period: indicator table, score and grade')
    .requiredOption('--org <code>', 'organisation code, e.g. ACME')
    .requiredOption('--from <date>', 'first day (local, YYYY-MM-DD)', localDate)
    .requiredOption('--to <date>', 'day after the period (local, YYYY-MM-DD, exclusive)', localDate)
    .option('--seed <seed>', 'seed of the samples (default ORG:FROM:TO)')
    .option('--json', 'print one JSON object: score, grade, applicablePoints, actualPoints, indicators')
    .action(async (options: AssessOptions) => {
      await withDatabase(async (database) => {
        const manager = database.dataSource.manager;
        const organisation = await findImportOrganisation(manager, options.org);
        if (!organisation) {
          console.error(cliLocale === 'en' ? `Organisation ${options.org} does not exist` : `组织 ${options.org} 不存在`);
          throw new CommandFailed(1);
        }
        const period = { from: options.from, to: options.to, timeZone: organisation.timeZone };
        try {
          resolvePeriod(period);
        } catch (error) {
          if (error instanceof InvalidKpiPeriod) throw new ValidationFailed([{ field: 'to', code: error.reason === 'notAfterFrom' ? 'endNotAfterStart' : 'invalidDate' }]);
          throw error;
        }
        const version = await latestCatalogVersion(manager, organisation.id);
        const { evaluation } = await evaluateAutomatically(
          manager,
          { orgId: organisation.id, catalog: version.catalog, period, seed: options.seed ?? `${organisation.code}:${options.from}:${options.to}`, now: new Date() },
          referenceEvidenceSources(manager),
        );
        const score = scoreAssessment({ catalog: version.catalog, results: assessmentResults(version.catalog, evaluation, {}), exclusions: [], specialDeductions: [], specialBonuses: [] });
        if (options.json) console.log(JSON.stringify(assessmentJson(version.catalog, score, evaluation.criteria)));
        else printTable(version.catalog, version.versionNo, score, evaluation.criteria);
      });
    });
}

function assessmentJson(catalog: IndicatorCatalog, score: AssessmentScore, evaluations: Record<string, CriterionEvaluation>): Record<string, unknown> {
  const indicators: Record<string, unknown> = {};
  for (const indicator of catalog.indicators) {
    const scored = score.indicators.find((entry) => entry.key === indicator.key);
    const criteria: Record<string, unknown> = {};
    for (const criterion of indicator.criteria) {
      const criterionScore = scored?.criteria.find((entry) => entry.key === criterion.key);
      criteria[criterion.key] = {
        method: criterion.evidence.method,
        status: criterionScore?.status ?? 'UNASSESSED',
        points: criterion.points,
        applicablePoints: criterionScore?.applicablePoints ?? 0,
        actualPoints: criterionScore?.actualPoints ?? 0,
        evidence: evaluations[criterion.key] ?? null,
      };
    }
    indicators[indicator.key] = {
      category: indicator.category,
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      points: indicator.points,
      applicablePoints: scored?.applicablePoints ?? 0,
      actualPoints: scored?.actualPoints ?? 0,
      criteria,
    };
  }
  return { score: score.score, grade: score.grade?.grade ?? null, applicablePoints: score.applicablePoints, actualPoints: score.actualPoints, indicators };
}

function printTable(catalog: IndicatorCatalog, versionNo: number, score: AssessmentScore, evaluations: Record<string, CriterionEvaluation>): void {
  const en = cliLocale === 'en';
  console.log(en ? `GB/T 27922-2011 self-assessment (catalogue version ${versionNo}, ${catalog.version})` : `GB/T 27922-2011 自评（指标目录第 ${versionNo} 版，${catalog.version}）`);
  for (const indicator of catalog.indicators) {
    const scored = score.indicators.find((entry) => entry.key === indicator.key);
    console.log(`${indicator.key.padEnd(13)} ${en ? indicator.nameEn : indicator.nameZh}  ${format(scored?.actualPoints ?? 0)} / ${format(scored?.applicablePoints ?? 0)}`);
    for (const criterion of indicator.criteria) {
      const criterionScore = scored?.criteria.find((entry) => entry.key === criterion.key);
      const status = criterionScore?.status ?? 'UNASSESSED';
      console.log(`  ${criterion.key.padEnd(15)} ${criterion.evidence.method.padEnd(8)} ${status.padEnd(14)} ${format(criterionScore?.actualPoints ?? 0).padStart(5)} / ${format(criterion.points)}  ${evidenceText(evaluations[criterion.key])}`);
    }
  }
  const grade = score.grade ? (en ? score.grade.nameEn : score.grade.nameZh) : '—';
  console.log(en ? `Applicable points ${format(score.applicablePoints)}, actual ${format(score.actualPoints)}` : `涉及项分值 ${format(score.applicablePoints)}，实得 ${format(score.actualPoints)}`);
  console.log(en ? `Score ${score.score ?? '—'}  Grade ${grade}` : `得分 ${score.score ?? '—'}  等级 ${grade}`);
  if (score.unassessed.length > 0) {
    console.log(en ? `${score.unassessed.length} criteria need an assessor (they earn nothing until assessed)` : `${score.unassessed.length} 个检查项待评审员判定（判定前不得分）`);
  }
}

function evidenceText(evaluation: CriterionEvaluation | undefined): string {
  if (!evaluation) return '';
  switch (evaluation.method) {
    case 'KPI':
      return `${evaluation.kpi}${evaluation.statistic ? `.${evaluation.statistic}` : ''} = ${evaluation.value ?? '—'} (${evaluation.comparator} ${evaluation.threshold})`;
    case 'DOCUMENT':
      return evaluation.registerAvailable ? `${evaluation.documentType}: ${evaluation.documentIds.length}` : `${evaluation.documentType}: —`;
    case 'SAMPLE':
      return `${evaluation.recordType} ${evaluation.nonConforming}/${evaluation.sampled} (of ${evaluation.populationSize})`;
  }
}

function format(points: number): string {
  return String(Math.round(points * 100) / 100);
}
