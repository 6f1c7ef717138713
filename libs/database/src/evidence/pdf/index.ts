export * from './cjk-font';
export type { EvidenceCover, EvidenceCriterionEntry, EvidenceIndicatorEntry, EvidenceIndexModel } from './evidence-index.model';
export { renderEvidenceIndexPdf } from './evidence-index.renderer';
export type { KpiReportEntry, KpiReportModel, KpiReportMonth, KpiReportOutlet, KpiReportTarget } from './kpi-report.model';
export { loadKpiReportModel } from './kpi-report.loader';
export { renderKpiReportPdf } from './kpi-report.renderer';
