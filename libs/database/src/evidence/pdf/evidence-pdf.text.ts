import type { EvidenceMethodKind, Locale } from '@stardesk/domain';

/** The captions of the evidence package's PDFs, in the reader's language. */
export interface EvidencePdfText {
  indexTitle: string;
  kpiReportTitle: string;
  organisation: string;
  period: string;
  periodValue: (from: string, toExclusive: string) => string;
  generatedAt: string;
  score: string;
  grade: string;
  notScored: string;
  assessment: string;
  catalogVersion: string;
  status: string;
  signedOff: string;
  live: string;
  standardNote: string;
  indicatorsSection: string;
  overviewSection: string;
  indicator: string;
  category: string;
  conformingCriteria: string;
  indicatorHeading: (code: string, name: string, points: string, maxPoints: number) => string;
  criterion: string;
  method: string;
  result: string;
  points: string;
  evidence: string;
  noCriteria: string;
  filesSection: string;
  filePath: string;
  fileDescription: string;
  noFiles: string;
  kinds: Record<EvidenceMethodKind, string>;
  results: Record<string, string>;
  page: (page: number, pages: number) => string;
  kpiSummarySection: string;
  kpi: string;
  target: string;
  periodFigure: string;
  previousFigure: string;
  population: string;
  noTarget: string;
  deadlinesSection: string;
  deadlines: {
    response: (minutes: Record<string, number>) => string;
    arrival: (hours: number) => string;
    complaintAcknowledgement: (hours: number) => string;
    complaintResolution: (major: number, normal: number) => string;
    returnVisit: (days: number) => string;
    repeatWindow: (days: number) => string;
  };
  trendsSection: string;
  month: string;
  value: string;
  count: string;
  statistic: Record<'mean' | 'p50' | 'p90', string>;
  outletsSection: string;
  outlet: string;
  noOutlets: string;
  noData: string;
  targetLegend: string;
  previousPeriod: string;
  timeZone: string;
  evaluatedAt: string;
  /** A remark after a word, in the language's brackets: 网点（SH01）, outlet (SH01). */
  bracket: (inner: string) => string;
}

export const EVIDENCE_PDF_TEXT: Record<Locale, EvidencePdfText> = {
  'zh-CN': {
    indexTitle: '售后服务认证证据包 · 索引',
    kpiReportTitle: '售后服务绩效指标报告',
    organisation: '组织',
    period: '期间',
    periodValue: (from, to) => `${from} 至 ${to}（不含）`,
    generatedAt: '生成时间',
    score: '得分',
    grade: '等级',
    notScored: '未评分',
    assessment: '评估编号',
    catalogVersion: '指标目录版本',
    status: '状态',
    signedOff: '已签核（冻结）',
    live: '实时数据（未签核）',
    standardNote: '依据 GB/T 27922-2011《商品售后服务评价体系》',
    indicatorsSection: '评价指标、检查项与证据',
    overviewSection: '得分概览',
    indicator: '评价指标',
    category: '指标大类',
    conformingCriteria: '符合的检查项',
    indicatorHeading: (code, name, points, max) => `${code} ${name}（得分 ${points} / ${max}）`,
    criterion: '检查项',
    method: '评价方式',
    result: '结果',
    points: '得分',
    evidence: '证据文件',
    noCriteria: '本指标无检查项。',
    filesSection: '证据包文件清单',
    filePath: '文件路径',
    fileDescription: '说明',
    noFiles: '无文件。',
    kinds: { KPI: '指标数据', DOCUMENT: '受控文件', SAMPLE: '抽样检查', MANUAL: '人工评定' },
    results: {
      CONFORMING: '符合',
      NON_CONFORMING: '不符合',
      NOT_APPLICABLE: '不适用（删减）',
      SAMPLED: '已抽样',
      PENDING: '待评定',
      UNDECIDED: '待评定',
      NO_DATA: '无数据',
    },
    page: (page, pages) => `第 ${page} / ${pages} 页`,
    kpiSummarySection: '指标汇总',
    kpi: '指标',
    target: '目标',
    periodFigure: '本期',
    previousFigure: '上期',
    population: '样本数',
    noTarget: '—',
    deadlinesSection: '考核时限（期末生效的设置）',
    deadlines: {
      response: (minutes) => `响应时限：紧急 ${minutes.URGENT} 分钟 / 高 ${minutes.HIGH} 分钟 / 普通 ${minutes.NORMAL} 分钟 / 低 ${minutes.LOW} 分钟`,
      arrival: (hours) => `上门时限：报修后 ${hours} 小时`,
      complaintAcknowledgement: (hours) => `投诉受理时限：${hours} 小时`,
      complaintResolution: (major, normal) => `投诉处理时限：重大 ${major} 小时 / 一般 ${normal} 小时`,
      returnVisit: (days) => `回访时限：结单后 ${days} 天`,
      repeatWindow: (days) => `返修判定窗口：修复后 ${days} 天`,
    },
    trendsSection: '月度趋势',
    month: '月份',
    value: '数值',
    count: '样本数',
    statistic: { mean: '平均值', p50: '中位数', p90: '90 分位' },
    outletsSection: '各网点指标',
    outlet: '网点',
    noOutlets: '本期无网点数据。',
    noData: '本期无数据',
    targetLegend: '虚线：目标',
    previousPeriod: '上期',
    timeZone: '时区',
    evaluatedAt: '指标计算时点',
    bracket: (inner) => `（${inner}）`,
  },
  en: {
    indexTitle: 'After-sales service certification evidence package · index',
    kpiReportTitle: 'After-sales service KPI report',
    organisation: 'Organisation',
    period: 'Period',
    periodValue: (from, to) => `${from} to ${to} (exclusive)`,
    generatedAt: 'Generated at',
    score: 'Score',
    grade: 'Grade',
    notScored: 'not scored',
    assessment: 'Assessment',
    catalogVersion: 'Catalogue version',
    status: 'Status',
    signedOff: 'signed off (frozen)',
    live: 'live figures (not signed off)',
    standardNote: 'Under GB/T 27922-2011, evaluation system of after-sales service of goods',
    indicatorsSection: 'Indicators, criteria and evidence',
    overviewSection: 'Score overview',
    indicator: 'Indicator',
    category: 'Category',
    conformingCriteria: 'Criteria conforming',
    indicatorHeading: (code, name, points, max) => `${code} ${name} (${points} / ${max} points)`,
    criterion: 'Criterion',
    method: 'Method',
    result: 'Result',
    points: 'Points',
    evidence: 'Evidence files',
    noCriteria: 'This indicator has no criteria.',
    filesSection: 'Files in the package',
    filePath: 'Path',
    fileDescription: 'Description',
    noFiles: 'No files.',
    kinds: { KPI: 'KPI', DOCUMENT: 'document', SAMPLE: 'sample', MANUAL: 'assessor' },
    results: {
      CONFORMING: 'conforming',
      NON_CONFORMING: 'non-conforming',
      NOT_APPLICABLE: 'not applicable (excluded)',
      SAMPLED: 'sampled',
      PENDING: 'pending',
      UNDECIDED: 'pending',
      NO_DATA: 'no data',
    },
    page: (page, pages) => `Page ${page} of ${pages}`,
    kpiSummarySection: 'KPI summary',
    kpi: 'KPI',
    target: 'Target',
    periodFigure: 'Period',
    previousFigure: 'Previous',
    population: 'n',
    noTarget: '—',
    deadlinesSection: 'Deadlines measured against (settings in force at the period end)',
    deadlines: {
      response: (minutes) => `Response: urgent ${minutes.URGENT} min / high ${minutes.HIGH} min / normal ${minutes.NORMAL} min / low ${minutes.LOW} min`,
      arrival: (hours) => `On-site arrival: ${hours} h after report`,
      complaintAcknowledgement: (hours) => `Complaint acknowledgement: ${hours} h`,
      complaintResolution: (major, normal) => `Complaint resolution: major ${major} h / normal ${normal} h`,
      returnVisit: (days) => `Return visit: ${days} days after closure`,
      repeatWindow: (days) => `Repeat-repair window: ${days} days after resolution`,
    },
    trendsSection: 'Monthly trends',
    month: 'Month',
    value: 'Value',
    count: 'n',
    statistic: { mean: 'mean', p50: 'median', p90: '90th percentile' },
    outletsSection: 'KPIs by outlet',
    outlet: 'Outlet',
    noOutlets: 'No outlet had figures in the period.',
    noData: 'no data in the period',
    targetLegend: 'dashed line: target',
    previousPeriod: 'Previous period',
    timeZone: 'Time zone',
    evaluatedAt: 'Figures evaluated at',
    bracket: (inner) => ` (${inner})`,
  },
};
