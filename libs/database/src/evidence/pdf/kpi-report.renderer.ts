import { kpiDefinition, type KpiKey, type Locale } from '@stardesk/domain';
import { writeCover } from './cover-page';
import { EVIDENCE_PDF_TEXT, type EvidencePdfText } from './evidence-pdf.text';
import { formatKpiValue, formatTarget } from './kpi-format.util';
import type { KpiReportEntry, KpiReportModel } from './kpi-report.model';
import { createPdfDocument, documentDate } from './pdf-document';
import { formatInstant } from './pdf-format.util';
import { PdfWriter } from './pdf-writer';
import { drawTrendChart } from './trend-chart';

const CHART_HEIGHT = 150;

/** The KPIs of the outlet table: one per theme, so the table fits the page width. */
const OUTLET_KPIS: readonly KpiKey[] = ['requestCount', 'responseOnTimeRate', 'arrivalOnTimeRate', 'firstTimeFixRate', 'returnVisitRate', 'csatRate', 'complaintRate'];

/**
 * kpi-report.pdf of the evidence package: the cover, the deadlines measured against, a summary of
 * every KPI (target, period, previous period), then per KPI a monthly trend chart (vector graphics,
 * target as a dashed line) with its monthly table, and the main KPIs by outlet. The period's end is
 * the document date, so the same model gives the same bytes.
 */
export function renderKpiReportPdf(model: KpiReportModel, language: Locale): Promise<Buffer> {
  const text = EVIDENCE_PDF_TEXT[language];
  const { cover } = model;
  const { doc, finished } = createPdfDocument({
    title: `${text.kpiReportTitle} · ${cover.organisationName}`,
    author: cover.organisationName,
    subject: text.periodValue(model.period.from, model.period.to),
    language,
    date: documentDate(model.period.to),
  });
  const writer = new PdfWriter(doc);
  writeCover(writer, cover, text.kpiReportTitle, text, language, [
    { label: text.timeZone, value: model.timeZone },
    { label: text.evaluatedAt, value: formatInstant(model.evaluatedAt) },
    { label: text.previousPeriod, value: text.periodValue(model.previousPeriod.from, model.previousPeriod.to) },
  ]);
  writer.doc.y += 16;
  writeDeadlines(writer, model, text);

  writer.newPage();
  writeSummary(writer, model, text, language);

  writer.newPage();
  writer.heading(text.trendsSection);
  for (const entry of model.kpis) writeTrend(writer, entry, text, language);

  writer.newPage();
  writeOutlets(writer, model, text, language);

  writer.footers(`${cover.organisationName} · ${text.kpiReportTitle} · ${text.periodValue(model.period.from, model.period.to)}`, text.page);
  doc.end();
  return finished;
}

const kpiName = (entry: Pick<KpiReportEntry, 'nameZh' | 'nameEn'>, language: Locale): string =>
  language === 'zh-CN' ? entry.nameZh : `${entry.nameEn} · ${entry.nameZh}`;

/** A duration KPI's name says which statistic is shown (响应时长（90 分位）). */
function figureName(entry: KpiReportEntry, text: EvidencePdfText, language: Locale): string {
  const name = kpiName(entry, language);
  return entry.statistic && entry.statistic !== 'mean' ? `${name}${text.bracket(text.statistic[entry.statistic])}` : name;
}

const targetOf = (entry: KpiReportEntry, text: EvidencePdfText, language: Locale): string =>
  entry.target ? `${formatTarget(entry.target, entry.unit, language)}${text.bracket(entry.target.criterionCode)}` : text.noTarget;

function writeDeadlines(writer: PdfWriter, { deadlines }: KpiReportModel, text: EvidencePdfText): void {
  writer.heading(text.deadlinesSection, 2);
  const lines = text.deadlines;
  for (const line of [
    lines.response(deadlines.responseMinutes),
    lines.arrival(deadlines.arrivalHours),
    lines.complaintAcknowledgement(deadlines.complaintAcknowledgementHours),
    lines.complaintResolution(deadlines.complaintResolutionHours.MAJOR, deadlines.complaintResolutionHours.NORMAL),
    lines.returnVisit(deadlines.returnVisitDays),
    lines.repeatWindow(deadlines.repeatRepairWindowDays),
  ]) {
    writer.paragraph(line);
  }
}

function writeSummary(writer: PdfWriter, model: KpiReportModel, text: EvidencePdfText, language: Locale): void {
  writer.heading(text.kpiSummarySection);
  writer.table(
    [
      { header: text.kpi, width: 0.26 },
      { header: text.target, width: 0.28 },
      { header: text.periodFigure, width: 0.16, align: 'right' },
      { header: text.population, width: 0.1, align: 'right' },
      { header: text.previousFigure, width: 0.18, align: 'right' },
    ],
    model.kpis.map((entry) => [
      figureName(entry, text, language),
      targetOf(entry, text, language),
      formatKpiValue(entry.value, entry.unit, language),
      String(entry.count),
      formatKpiValue(entry.previous, entry.unit, language),
    ]),
  );
}

function writeTrend(writer: PdfWriter, entry: KpiReportEntry, text: EvidencePdfText, language: Locale): void {
  writer.ensureSpace(CHART_HEIGHT + 110);
  writer.heading(figureName(entry, text, language), 2);
  const figures = [
    `${text.periodFigure} ${formatKpiValue(entry.value, entry.unit, language)}${text.bracket(`n = ${entry.count}`)}`,
    `${text.previousFigure} ${formatKpiValue(entry.previous, entry.unit, language)}${text.bracket(`n = ${entry.previousCount}`)}`,
    `${text.target} ${targetOf(entry, text, language)}`,
  ];
  writer.paragraph(figures.join(' · '));
  if (entry.durations) {
    const { mean, p50, p90 } = entry.durations;
    writer.paragraph(
      `${text.statistic.mean} ${formatKpiValue(mean, entry.unit, language)} · ${text.statistic.p50} ${formatKpiValue(p50, entry.unit, language)} · ${text.statistic.p90} ${formatKpiValue(p90, entry.unit, language)}`,
      true,
    );
  }
  const top = writer.doc.y;
  drawTrendChart(writer.doc, { x: writer.left, y: top, width: writer.width, height: CHART_HEIGHT }, {
    labels: entry.months.map((month) => month.month),
    values: entry.months.map((month) => month.value),
    unit: entry.unit,
    style: entry.unit === 'count' ? 'bar' : 'line',
    target: entry.target?.threshold ?? null,
    range: kpiDefinition(entry.key).range,
    legend: entry.target ? text.targetLegend : entry.months.every((month) => month.value === null) ? text.noData : '',
  });
  writer.doc.y = top + CHART_HEIGHT + 4;
  writer.table(
    [
      { header: text.month, width: 0.34 },
      { header: figureName(entry, text, language), width: 0.38, align: 'right' },
      { header: text.count, width: 0.28, align: 'right' },
    ],
    entry.months.map((month) => [month.month, formatKpiValue(month.value, entry.unit, language), String(month.count)]),
  );
}

function writeOutlets(writer: PdfWriter, model: KpiReportModel, text: EvidencePdfText, language: Locale): void {
  writer.heading(text.outletsSection);
  if (model.outlets.length === 0) {
    writer.paragraph(text.noOutlets, true);
    return;
  }
  const share = 0.76 / OUTLET_KPIS.length;
  writer.table(
    [
      { header: text.outlet, width: 0.24 },
      ...OUTLET_KPIS.map((key) => {
        const definition = kpiDefinition(key);
        return { header: language === 'zh-CN' ? definition.nameZh : definition.nameEn, width: share, align: 'right' as const };
      }),
    ],
    model.outlets.map((outlet) => [outlet.outletName, ...OUTLET_KPIS.map((key) => formatKpiValue(outlet.values[key], kpiDefinition(key).unit, language))]),
  );
}
