import { DEFAULT_KPI_TARGETS, KPI_CATALOG, type KpiKey } from '@stardesk/domain';
import type { EvidenceCover, KpiReportModel } from '../../libs/database/src/evidence/pdf';
import { aCover } from './evidence-index.factory';

/** A plausible value of a KPI in month `index`: rates around 90 %, durations and counts that move. */
function sample(unit: string, index: number): number {
  const wave = Math.sin(index * 1.3);
  switch (unit) {
    case 'rate':
      return 0.88 + 0.06 * wave;
    case 'count':
      return Math.round(120 + 40 * wave);
    case 'minutes':
      return 95 + 30 * wave;
    case 'hours':
      return 40 + 15 * wave;
    case 'perThousand':
      return 6 + 3 * wave;
    default:
      return 4.3 + 0.3 * wave;
  }
}

/**
 * A KPI report over the months of [from, to) with every KPI of the domain catalogue: a value and
 * count in every month, except the months listed as empty (null values, zero counts).
 */
export class KpiReportBuilder {
  private cover: EvidenceCover = aCover();
  private months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
  private emptyMonths = new Set<string>();

  withCover(changes: Partial<EvidenceCover>): this {
    this.cover = aCover(changes);
    return this;
  }

  withMonths(months: string[]): this {
    this.months = months;
    return this;
  }

  withEmptyMonth(month: string): this {
    this.emptyMonths.add(month);
    return this;
  }

  build(): KpiReportModel {
    const targets: Partial<Record<KpiKey, { criterionCode: string; comparator: '>=' | '<='; threshold: number }>> = {
      responseOnTimeRate: { criterionCode: 'SYS.SUPV.1', comparator: '>=', threshold: 0.9 },
      resolutionHours: { criterionCode: 'GOODS.REPAIR.4', comparator: '<=', threshold: 72 },
      complaintRate: { criterionCode: 'CUST.COMPL.6', comparator: '<=', threshold: 10 },
    };
    const kpis = KPI_CATALOG.map((definition) => {
      const months = this.months.map((month, index) => {
        const empty = this.emptyMonths.has(month);
        return { month, from: `${month}-01`, to: `${month}-28`, value: empty ? null : sample(definition.unit, index), count: empty ? 0 : 30 + index };
      });
      const present = months.filter((month) => month.value !== null);
      const value = present.length ? present.reduce((sum, month) => sum + (month.value as number), 0) / present.length : null;
      return {
        key: definition.key,
        nameZh: definition.nameZh,
        nameEn: definition.nameEn,
        unit: definition.unit,
        direction: definition.direction,
        statistic: definition.shape === 'duration' ? (definition.key === 'resolutionHours' ? ('p90' as const) : ('mean' as const)) : null,
        target: targets[definition.key] ?? null,
        value,
        count: months.reduce((sum, month) => sum + month.count, 0),
        previous: value === null ? null : value * 0.95,
        previousCount: 100,
        durations: definition.shape === 'duration' ? { mean: value, p50: value, p90: value } : null,
        months,
        additive: definition.key !== 'certifiedStaffRate' && definition.key !== 'trainingHoursPerStaff',
      };
    });
    const outlet = (id: string, name: string): KpiReportModel['outlets'][number] => ({
      outletId: id,
      outletName: name,
      values: Object.fromEntries(KPI_CATALOG.map((definition) => [definition.key, sample(definition.unit, 2)])) as Record<KpiKey, number>,
      counts: Object.fromEntries(KPI_CATALOG.map((definition) => [definition.key, 10])) as Record<KpiKey, number>,
    });
    const { byOutlet: _byOutlet, ...deadlines } = DEFAULT_KPI_TARGETS;
    return {
      cover: this.cover,
      timeZone: 'Asia/Shanghai',
      period: { from: `${this.months[0]}-01`, to: '2026-07-01' },
      previousPeriod: { from: '2025-07-01', to: `${this.months[0]}-01` },
      evaluatedAt: this.cover.generatedAt,
      deadlines,
      kpis,
      outlets: [outlet('o1', '上海浦东服务中心（SH01）'), outlet('o2', '北京朝阳服务中心（BJ01）')],
    };
  }
}

export const aKpiReport = (): KpiReportBuilder => new KpiReportBuilder();
