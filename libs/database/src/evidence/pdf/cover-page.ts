import type { Locale } from '@stardesk/domain';
import type { EvidenceCover } from './evidence-index.model';
import type { EvidencePdfText } from './evidence-pdf.text';
import { formatGrade, formatInstant } from './pdf-format.util';
import { ACCENT, MUTED, type PdfWriter } from './pdf-writer';

/** The cover block shared by index.pdf and kpi-report.pdf: title, organisation, period, score and grade, status. */
export function writeCover(writer: PdfWriter, cover: EvidenceCover, title: string, text: EvidencePdfText, locale: Locale, extra: { label: string; value: string }[] = []): void {
  writer.doc.y = writer.top + 60;
  writer.lines(title, { size: 20, bold: true, align: 'center', gap: 6 });
  writer.lines(cover.organisationName, { size: 14, align: 'center', color: ACCENT, gap: 2 });
  writer.lines(text.standardNote, { size: 9, align: 'center', color: MUTED, gap: 30 });
  const score = cover.score === null ? text.notScored : cover.score.toFixed(2);
  writer.fields([
    { label: text.organisation, value: `${cover.organisationName}${text.bracket(cover.organisationCode)}` },
    { label: text.period, value: text.periodValue(cover.periodFrom, cover.periodTo) },
    { label: text.generatedAt, value: formatInstant(cover.generatedAt) },
    { label: text.score, value: score },
    { label: text.grade, value: formatGrade(cover.grade, locale) ?? '—' },
    { label: text.assessment, value: cover.assessmentId ?? '—' },
    { label: text.catalogVersion, value: cover.catalogVersion ?? '—' },
    { label: text.status, value: cover.signedOff ? text.signedOff : text.live },
    ...extra,
  ]);
}
