import type { DurationStats } from './kpi-statistics';

/** The KPI keys of kpis.md, in the order of that page; dashboards and exports list them so. */
export const KPI_KEYS = [
  'requestCount',
  'responseMinutes',
  'responseOnTimeRate',
  'arrivalOnTimeRate',
  'resolutionHours',
  'firstTimeFixRate',
  'repeatRepairRate',
  'returnVisitRate',
  'csatRate',
  'avgRating',
  'nps',
  'surveyResponseRate',
  'csi',
  'complaintRate',
  'complaintTimelyRate',
  'complaintResolutionRate',
  'complaintHours',
  'certifiedStaffRate',
  'trainingHoursPerStaff',
] as const;
export type KpiKey = (typeof KPI_KEYS)[number];

/** The value of every KPI for one period (what `computeKpis` returns and the CLI prints). */
export interface KpiValues {
  requestCount: number;
  responseMinutes: DurationStats;
  responseOnTimeRate: number | null;
  arrivalOnTimeRate: number | null;
  resolutionHours: DurationStats;
  firstTimeFixRate: number | null;
  repeatRepairRate: number | null;
  returnVisitRate: number | null;
  csatRate: number | null;
  avgRating: number | null;
  nps: number | null;
  surveyResponseRate: number | null;
  csi: number | null;
  complaintRate: number | null;
  complaintTimelyRate: number | null;
  complaintResolutionRate: number | null;
  complaintHours: DurationStats;
  certifiedStaffRate: number | null;
  trainingHoursPerStaff: number | null;
}

/** Size of the population behind each KPI (the n a breakdown's rows add up to). */
export type KpiPopulations = Record<KpiKey, number>;

export type KpiUnit = 'count' | 'rate' | 'minutes' | 'hours' | 'score' | 'perThousand';
/** `neutral`: a volume, neither good nor bad in itself (requestCount). */
export type KpiDirection = 'higher' | 'lower' | 'neutral';
/** `duration` KPIs are DurationStats; a threshold on them names a statistic. */
export type KpiShape = 'scalar' | 'duration';

export interface KpiDefinition {
  key: KpiKey;
  nameZh: string;
  nameEn: string;
  unit: KpiUnit;
  direction: KpiDirection;
  shape: KpiShape;
  /** Range a value (or a threshold on it) can take; max null for unbounded. */
  range: { min: number; max: number | null };
}

const RATE = { unit: 'rate', shape: 'scalar', range: { min: 0, max: 1 } } as const;
const MINUTES = { unit: 'minutes', shape: 'duration', direction: 'lower', range: { min: 0, max: null } } as const;
const HOURS = { unit: 'hours', shape: 'duration', direction: 'lower', range: { min: 0, max: null } } as const;

export const KPI_CATALOG: readonly KpiDefinition[] = [
  { key: 'requestCount', nameZh: '工单量', nameEn: 'requests', unit: 'count', direction: 'neutral', shape: 'scalar', range: { min: 0, max: null } },
  { key: 'responseMinutes', nameZh: '响应时长', nameEn: 'response time', ...MINUTES },
  { key: 'responseOnTimeRate', nameZh: '及时响应率', nameEn: 'on-time response', direction: 'higher', ...RATE },
  { key: 'arrivalOnTimeRate', nameZh: '上门及时率', nameEn: 'on-time arrival', direction: 'higher', ...RATE },
  { key: 'resolutionHours', nameZh: '修复时长', nameEn: 'time to resolve', ...HOURS },
  { key: 'firstTimeFixRate', nameZh: '一次修复率', nameEn: 'first-time fix', direction: 'higher', ...RATE },
  { key: 'repeatRepairRate', nameZh: '返修率', nameEn: 'repeat repair', direction: 'lower', ...RATE },
  { key: 'returnVisitRate', nameZh: '回访率', nameEn: 'return-visit coverage', direction: 'higher', ...RATE },
  { key: 'csatRate', nameZh: '满意率', nameEn: 'CSAT', direction: 'higher', ...RATE },
  { key: 'avgRating', nameZh: '平均满意度', nameEn: 'average rating', unit: 'score', direction: 'higher', shape: 'scalar', range: { min: 1, max: 5 } },
  { key: 'nps', nameZh: '净推荐值', nameEn: 'NPS', unit: 'score', direction: 'higher', shape: 'scalar', range: { min: -100, max: 100 } },
  { key: 'surveyResponseRate', nameZh: '调查回复率', nameEn: 'response rate', direction: 'higher', ...RATE },
  { key: 'csi', nameZh: '满意度指数', nameEn: 'satisfaction index', unit: 'score', direction: 'higher', shape: 'scalar', range: { min: 0, max: 1000 } },
  { key: 'complaintRate', nameZh: '投诉率', nameEn: 'complaints per 1,000 requests', unit: 'perThousand', direction: 'lower', shape: 'scalar', range: { min: 0, max: null } },
  { key: 'complaintTimelyRate', nameZh: '投诉处理及时率', nameEn: 'complaint timeliness', direction: 'higher', ...RATE },
  { key: 'complaintResolutionRate', nameZh: '投诉解决率', nameEn: 'resolved to satisfaction', direction: 'higher', ...RATE },
  { key: 'complaintHours', nameZh: '投诉处理时长', nameEn: 'complaint handling time', ...HOURS },
  { key: 'certifiedStaffRate', nameZh: '持证上岗率', nameEn: 'certified staff', direction: 'higher', ...RATE },
  { key: 'trainingHoursPerStaff', nameZh: '人均培训学时', nameEn: 'training hours per head', unit: 'hours', direction: 'higher', shape: 'scalar', range: { min: 0, max: null } },
];

const BY_KEY = new Map(KPI_CATALOG.map((definition) => [definition.key, definition]));

export function isKpiKey(value: string): value is KpiKey {
  return BY_KEY.has(value as KpiKey);
}

export function kpiDefinition(key: KpiKey): KpiDefinition {
  return BY_KEY.get(key) as KpiDefinition;
}
