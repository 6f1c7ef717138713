import {
  ATTACHMENT_PURPOSE_LABELS,
  CHANNEL_LABELS,
  PRIORITY_LABELS,
  SERVICE_TYPE_LABELS,
  VISIT_OUTCOME_LABELS,
  VISIT_PART_MOVEMENT_LABELS,
  WARRANTY_STATUS_LABELS,
  maskPhone,
  staffStatusLabel,
  zoneOffsetMinutes,
  type Locale,
} from '@stardesk/domain';
import { registerCjkFonts } from '@stardesk/database';
import PDFDocument from 'pdfkit';
import type { Attachment } from '../attachments/attachment.model';
import type { ServiceRequestEvent } from '../service-requests/service-request-event.model';
import type { ServiceRequest } from '../service-requests/service-request.model';
import type { Visit } from '../visits/visit.model';
import { SheetLayout } from './sheet-layout';
import { SHEET_TEXT, type SheetText } from './sheet-text';

/** Everything a printed service sheet shows, gathered by ServiceSheetService. */
export interface ServiceSheet {
  organisation: { name: string; timeZone: string };
  request: ServiceRequest;
  events: ServiceRequestEvent[];
  visits: Visit[];
  /** Current files of the request and of its visits. */
  attachments: Attachment[];
  printedAt: Date;
}

/** `YYYY-MM-DD HH:mm` in the organisation's time zone. */
function localTime(instant: Date | null, zone: string): string {
  if (!instant) return '';
  const local = new Date(instant.getTime() + zoneOffsetMinutes(zone, instant) * 60_000);
  return local.toISOString().slice(0, 16).replace('T', ' ');
}

const money = (amount: number): string => amount.toFixed(2);

/**
 * The service sheet (服务单) of one request as a PDF: the request and its warranty status, the
 * customer (phone masked, as personal information on paper must be), the history, every visit
 * with its parts (faulty and replacement serials, amounts charged), the customer's confirmation
 * with lines to sign, and the list of attached files. Chinese is set in Noto Sans SC, embedded as a subset.
 */
export function renderServiceSheet(sheet: ServiceSheet, locale: Locale): Promise<Buffer> {
  const text = SHEET_TEXT[locale];
  const { request, organisation } = sheet;
  const time = (instant: Date | null): string => localTime(instant, organisation.timeZone);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 56, left: 48, right: 48 },
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: { Title: `${text.title} ${request.code}`, Author: organisation.name, Creator: 'StarDesk' },
  });
  registerCjkFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const layout = new SheetLayout(doc);
  layout.title(`${organisation.name} ${text.title}`, `${text.code} ${request.code} · ${text.printedAt} ${time(sheet.printedAt)} (${organisation.timeZone})`);
  writeRequest(layout, sheet, text, locale, time);
  writeTimeline(layout, sheet.events, text, locale, time);
  writeVisits(layout, sheet.visits, text, locale, time);
  writeCharges(layout, sheet, text, locale);
  writeConfirmation(layout, sheet, text, time);
  writeAttachments(layout, sheet, text, locale, time);
  layout.footers(text.page, `${organisation.name} · ${request.code}`);
  doc.end();
  return finished;
}

type Time = (instant: Date | null) => string;

function writeRequest(layout: SheetLayout, { request }: ServiceSheet, text: SheetText, locale: Locale, time: Time): void {
  layout.section(text.requestSection);
  layout.fields([
    { label: text.serviceType, value: SERVICE_TYPE_LABELS[request.type][locale] },
    { label: text.status, value: staffStatusLabel(request.status, locale) },
    { label: text.channel, value: CHANNEL_LABELS[request.channel][locale] },
    { label: text.priority, value: PRIORITY_LABELS[request.priority][locale] },
    { label: text.reportedAt, value: time(request.reportedAt) },
    { label: text.warranty, value: WARRANTY_STATUS_LABELS[request.warrantyStatus][locale] },
    { label: text.outlet, value: request.outlet.name },
    { label: text.technician, value: request.technician?.name ?? '' },
    { label: text.product, value: request.product.name.includes(request.product.model) ? request.product.name : `${request.product.name} (${request.product.model})` },
    { label: text.serialNo, value: request.serialNo ?? '' },
    { label: text.fault, value: request.faultDescription ?? '', wide: true },
  ]);
  layout.section(text.customerSection);
  layout.fields([
    { label: text.customerName, value: request.customer.name },
    { label: text.phone, value: maskPhone(request.customer.phone) },
  ]);
}

function writeTimeline(layout: SheetLayout, events: ServiceRequestEvent[], text: SheetText, locale: Locale, time: Time): void {
  layout.section(text.timelineSection);
  layout.table(
    [
      { header: text.time, width: 0.19 },
      { header: text.change, width: 0.28 },
      { header: text.actor, width: 0.14 },
      { header: text.note, width: 0.39 },
    ],
    events.map((event) => [
      time(event.at),
      event.fromStatus ? `${staffStatusLabel(event.fromStatus, locale)} → ${staffStatusLabel(event.toStatus, locale)}` : staffStatusLabel(event.toStatus, locale),
      event.actor?.name ?? '',
      event.note ?? '',
    ]),
  );
}

function writeVisits(layout: SheetLayout, visits: Visit[], text: SheetText, locale: Locale, time: Time): void {
  layout.section(text.visitsSection);
  if (!visits.length) layout.paragraph(text.noVisits, true);
  for (const visit of visits) {
    layout.subheading(text.visitHeading(visit.seq, visit.technician.name));
    layout.fields([
      { label: text.arrivedAt, value: time(visit.arrivedAt) },
      { label: text.completedAt, value: time(visit.completedAt) },
      { label: text.outcome, value: VISIT_OUTCOME_LABELS[visit.outcome][locale] },
      { label: text.confirmedBy, value: visit.confirmedBy ?? '' },
      { label: text.diagnosis, value: visit.diagnosis ?? '', wide: true },
      { label: text.actions, value: visit.actions ?? '', wide: true },
    ]);
    if (!visit.parts.length) continue;
    layout.table(
      [
        { header: text.partNo, width: 0.13 },
        { header: text.partName, width: 0.2 },
        { header: text.movement, width: 0.12 },
        { header: text.quantity, width: 0.07, align: 'right' },
        { header: text.faultySerial, width: 0.17 },
        { header: text.replacementSerial, width: 0.17 },
        { header: text.charged, width: 0.14, align: 'right' },
      ],
      visit.parts.map((part) => [
        part.partNo,
        part.partName,
        VISIT_PART_MOVEMENT_LABELS[part.movement][locale],
        String(part.quantity),
        part.faultySerial ?? '',
        part.replacementSerial ?? '',
        money(part.chargedAmount),
      ]),
    );
  }
}

function writeCharges(layout: SheetLayout, { request, visits }: ServiceSheet, text: SheetText, locale: Locale): void {
  const total = visits.flatMap((visit) => visit.parts).reduce((sum, part) => sum + part.chargedAmount, 0);
  layout.section(text.chargesSection);
  layout.fields([
    { label: text.totalCharged, value: `¥ ${money(total)}` },
    { label: text.warranty, value: `${WARRANTY_STATUS_LABELS[request.warrantyStatus][locale]} · ${text.warrantyNote(request.warrantyStatus === 'IN_WARRANTY')}` },
  ]);
}

function writeAttachments(layout: SheetLayout, { attachments, visits }: ServiceSheet, text: SheetText, locale: Locale, time: Time): void {
  if (!attachments.length) return;
  const visitSeq = new Map(visits.map((visit) => [visit.id, visit.seq]));
  layout.section(text.attachmentsSection);
  layout.table(
    [
      { header: text.attachedTo, width: 0.16 },
      { header: text.purpose, width: 0.16 },
      { header: text.fileName, width: 0.48 },
      { header: text.uploadedAt, width: 0.2 },
    ],
    attachments.map((file) => [
      file.ownerType === 'VISIT' ? text.visitNo(visitSeq.get(file.ownerId) ?? 0) : text.requestItself,
      ATTACHMENT_PURPOSE_LABELS[file.purpose][locale],
      file.fileName,
      time(file.uploadedAt),
    ]),
  );
}

function writeConfirmation(layout: SheetLayout, { request, visits }: ServiceSheet, text: SheetText, time: Time): void {
  const confirmed = visits.filter((visit) => visit.confirmedBy);
  // Confirmation and signature lines stay on one page.
  layout.ensureSpace(40 + 16 * (Math.max(confirmed.length, 1) + (request.closedAt ? 1 : 0)) + 60);
  layout.section(text.confirmationSection);
  if (!confirmed.length) layout.paragraph(text.notConfirmed, true);
  for (const visit of confirmed) {
    const feedback = visit.customerFeedback ? ` · ${text.feedback}${text.colon}${visit.customerFeedback}` : '';
    layout.paragraph(`${text.visitNo(visit.seq)} · ${text.confirmedBy}${text.colon}${visit.confirmedBy}${feedback}`);
  }
  if (request.closedAt) layout.paragraph(`${text.closedAt}${text.colon}${time(request.closedAt)}`);
  layout.signatures([text.customerSignature, text.engineerSignature], text.date);
}
