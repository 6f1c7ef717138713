import { GBT27922_CATEGORIES, type Locale } from '@stardesk/domain';
import { writeCover } from './cover-page';
import type { EvidenceCriterionEntry, EvidenceIndexModel, EvidenceIndicatorEntry } from './evidence-index.model';
import { EVIDENCE_PDF_TEXT, type EvidencePdfText } from './evidence-pdf.text';
import { createPdfDocument, documentDate } from './pdf-document';
import { formatPoints } from './pdf-format.util';
import { PdfWriter } from './pdf-writer';

/**
 * index.pdf of the evidence package: the cover (organisation, period, generation time, score and
 * grade, catalogue version, signed off or live), then every indicator with its criteria, their
 * results and points and the package paths of the files that prove them, then the list of every
 * file in the package. The same model gives the same bytes (dates come from cover.generatedAt).
 */
export function renderEvidenceIndexPdf(model: EvidenceIndexModel, language: Locale): Promise<Buffer> {
  const text = EVIDENCE_PDF_TEXT[language];
  const { cover } = model;
  const { doc, finished } = createPdfDocument({
    title: `${text.indexTitle} · ${cover.organisationName}`,
    author: cover.organisationName,
    subject: text.periodValue(cover.periodFrom, cover.periodTo),
    language,
    date: documentDate(cover.generatedAt),
  });
  const writer = new PdfWriter(doc);
  writeCover(writer, cover, text.indexTitle, text, language);

  writer.newPage();
  writeOverview(writer, model.indicators, text, language);

  writer.newPage();
  writer.heading(text.indicatorsSection);
  let category: string | null = null;
  for (const indicator of model.indicators) {
    if (indicator.category !== category) {
      category = indicator.category;
      writer.ensureSpace(120); // never alone at the foot of a page
      writer.lines(categoryName(category, language), { size: 11.5, bold: true, gap: 2 });
    }
    writeIndicator(writer, indicator, text, language);
  }

  writer.newPage();
  writer.heading(text.filesSection);
  if (model.files.length === 0) writer.paragraph(text.noFiles, true);
  else writer.table([{ header: text.filePath, width: 0.5 }, { header: text.fileDescription, width: 0.5 }], model.files.map((file) => [file.path, file.description]));

  writer.footers(`${cover.organisationName} · ${text.periodValue(cover.periodFrom, cover.periodTo)}`, text.page);
  doc.end();
  return finished;
}

/** A category key (SYS, GOODS, CUST) as the standard names it, with its points; any other key as given. */
function categoryName(key: string, language: Locale): string {
  const category = GBT27922_CATEGORIES.find((entry) => entry.key === key);
  if (!category) return key;
  return language === 'zh-CN' ? `${category.nameZh}（${category.points} 分）` : `${category.nameEn} · ${category.nameZh} (${category.points} points)`;
}

/** One line per indicator: what it scored of its points, and how many of its criteria conform. */
function writeOverview(writer: PdfWriter, indicators: readonly EvidenceIndicatorEntry[], text: EvidencePdfText, language: Locale): void {
  writer.heading(text.overviewSection);
  const conforming = (indicator: EvidenceIndicatorEntry): number => indicator.criteria.filter((criterion) => criterion.result === 'CONFORMING').length;
  writer.table(
    [
      { header: text.indicator, width: 0.46 },
      { header: text.category, width: 0.2 },
      { header: text.points, width: 0.16, align: 'right' },
      { header: text.conformingCriteria, width: 0.18, align: 'right' },
    ],
    indicators.map((indicator) => [
      `${indicator.code} ${indicatorName(indicator, language)}`,
      categoryName(indicator.category, language),
      `${formatPoints(indicator.points)} / ${formatPoints(indicator.maxPoints)}`,
      `${conforming(indicator)} / ${indicator.criteria.length}`,
    ]),
  );
}

function indicatorName(indicator: EvidenceIndicatorEntry, language: Locale): string {
  return language === 'zh-CN' ? indicator.nameZh : `${indicator.nameEn} · ${indicator.nameZh}`;
}

function writeIndicator(writer: PdfWriter, indicator: EvidenceIndicatorEntry, text: EvidencePdfText, language: Locale): void {
  writer.heading(text.indicatorHeading(indicator.code, indicatorName(indicator, language), formatPoints(indicator.points), indicator.maxPoints), 2);
  if (indicator.criteria.length === 0) {
    writer.paragraph(text.noCriteria, true);
    return;
  }
  writer.table(
    [
      { header: text.criterion, width: 0.36 },
      { header: text.method, width: 0.1 },
      { header: text.result, width: 0.13 },
      { header: text.points, width: 0.09, align: 'right' },
      { header: text.evidence, width: 0.32 },
    ],
    indicator.criteria.map((criterion) => criterionRow(criterion, text)),
  );
}

function criterionRow(criterion: EvidenceCriterionEntry, text: EvidencePdfText): string[] {
  return [
    `${criterion.code} ${criterion.text}`,
    text.kinds[criterion.kind],
    text.results[criterion.result] ?? criterion.result,
    `${formatPoints(criterion.points)} / ${formatPoints(criterion.maxPoints)}`,
    criterion.evidenceFiles.join('\n'),
  ];
}
