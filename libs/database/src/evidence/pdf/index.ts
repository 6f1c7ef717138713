export * from './cjk-font';
export type { EvidenceCover, EvidenceCriterionEntry, EvidenceIndicatorEntry, EvidenceIndexModel } from './evidence-index.model';
export { renderEvidenceIndexPdf } from './evidence-index.renderer';
