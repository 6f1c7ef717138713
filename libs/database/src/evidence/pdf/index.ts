// TEMPORARY: minimal renderers with the evidence-pdf branch's signatures, until that branch merges.
import PDFDocument from 'pdfkit';
import path from 'node:path';
import type { DataSource } from 'typeorm';

export interface EvidenceCover {
  organisationName: string;
  organisationCode: string;
  periodFrom: string;
  periodTo: string;
  generatedAt: string;
  score: number | null;
  grade: string | null;
  assessmentId: string | null;
  catalogVersion: string | null;
  signedOff: boolean;
}
export interface EvidenceCriterionEntry {
  code: string;
  text: string;
  kind: 'KPI' | 'DOCUMENT' | 'SAMPLE' | 'MANUAL';
  result: string;
  points: number | null;
  maxPoints: number;
  evidenceFiles: string[];
}
export interface EvidenceIndicatorEntry {
  code: string;
  nameZh: string;
  nameEn: string;
  category: string;
  maxPoints: number;
  points: number | null;
  criteria: EvidenceCriterionEntry[];
}
export interface EvidenceIndexModel {
  cover: EvidenceCover;
  indicators: EvidenceIndicatorEntry[];
  files: Array<{ path: string; description: string }>;
}
export interface KpiReportModel {
  cover: EvidenceCover;
  from: string;
  to: string;
}

function fontFile(): string {
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
}

function render(title: string, lines: string[], date: Date): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: title, Creator: 'StarDesk', CreationDate: date, ModDate: date } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(fontFile()).fontSize(14).text(title);
    doc.fontSize(9);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

export function renderEvidenceIndexPdf(model: EvidenceIndexModel, language: 'zh-CN' | 'en'): Promise<Buffer> {
  const lines = model.indicators.flatMap((indicator) => [
    `${indicator.code} ${language === 'en' ? indicator.nameEn : indicator.nameZh} ${indicator.points ?? '—'} / ${indicator.maxPoints}`,
    ...indicator.criteria.map((criterion) => `  ${criterion.code} ${criterion.result} ${criterion.evidenceFiles.join(', ')}`),
  ]);
  return render(`${model.cover.organisationName} ${model.cover.periodFrom} – ${model.cover.periodTo}`, lines, new Date(model.cover.generatedAt));
}

export function loadKpiReportModel(_dataSource: DataSource, _orgId: string, from: string, to: string, cover: EvidenceCover): Promise<KpiReportModel> {
  return Promise.resolve({ cover, from, to });
}

export function renderKpiReportPdf(model: KpiReportModel, language: 'zh-CN' | 'en'): Promise<Buffer> {
  return render(language === 'en' ? `KPI report ${model.from} – ${model.to}` : `KPI 报告 ${model.from} – ${model.to}`, [model.cover.organisationName], new Date(model.cover.generatedAt));
}
