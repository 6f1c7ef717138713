import { ValidationFailed } from '../common/field-error';
import { checkLocalDate, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import { EVIDENCE_DOCUMENT_TYPES, type EvidenceDocumentType } from '../gbt27922/indicator-catalog.types';
import type { LocalDate } from '../kpi/kpi-records';
import { addLocalDays } from '../kpi/kpi-calendar';
import { isCustomerFacingDocumentType, type DocumentStatus } from './quality.types';

export const DOCUMENT_LIMITS = { title: 200, versionLabel: 32, description: 2000 } as const;

export interface DocumentDraft {
  documentType?: string | null;
  title?: string | null;
  versionLabel?: string | null;
  description?: string | null;
  authorId?: string | null;
  published?: boolean | null;
}

export interface ValidDocumentDraft {
  documentType: EvidenceDocumentType;
  title: string;
  versionLabel: string;
  description: string | null;
  authorId: string | null;
  published: boolean;
}

/** The fields of a document version while it is a draft; `published` only for FAQ and product manuals. */
export function validateDocumentDraft(draft: DocumentDraft): ValidDocumentDraft {
  const errors = new FieldErrors();
  const documentType = errors.required('documentType', draft.documentType) && errors.oneOf('documentType', draft.documentType, EVIDENCE_DOCUMENT_TYPES) ? draft.documentType : null;
  const title = checkText(errors, 'title', draft.title, { max: DOCUMENT_LIMITS.title, required: true });
  const versionLabel = checkText(errors, 'versionLabel', draft.versionLabel, { max: DOCUMENT_LIMITS.versionLabel, required: true });
  const description = checkText(errors, 'description', draft.description, { max: DOCUMENT_LIMITS.description });
  const authorId = checkReference(errors, 'authorId', draft.authorId, false);
  const published = draft.published === true;
  if (published && documentType && !isCustomerFacingDocumentType(documentType)) errors.add({ field: 'published', code: 'notCustomerFacing' });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { documentType: documentType!, title: title!, versionLabel: versionLabel!, description, authorId, published };
}

/** What the approval rule needs to know of the version and of the version it replaces. */
export interface DocumentVersionFacts {
  status: DocumentStatus;
  authorId: string | null;
  hasFile: boolean;
  /** The approved version this one replaces, if any. */
  previous: { effectiveFrom: LocalDate } | null;
}

export interface ApprovalDraft {
  approvedById?: string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
}

export interface ValidApproval {
  approvedById: string;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  /** The last day of the version it replaces: the day before this one takes effect. */
  previousEffectiveTo: LocalDate | null;
}

/**
 * Approving a draft (批准): someone other than its author approves it (four eyes), it has its file,
 * and it takes effect on a day after the version it replaces took effect; that version then ends
 * the day before. A fixed term (`effectiveTo`) is optional and may not end before it starts.
 */
export function validateApproval(version: DocumentVersionFacts, draft: ApprovalDraft): ValidApproval {
  const errors = new FieldErrors();
  if (version.status !== 'DRAFT') errors.add({ field: 'status', code: 'notDraft' });
  if (!version.hasFile) errors.add({ field: 'file', code: 'required' });
  const approvedById = checkReference(errors, 'approvedById', draft.approvedById, true);
  if (approvedById && version.authorId && approvedById === version.authorId) errors.add({ field: 'approvedById', code: 'sameAsAuthor' });
  const effectiveFrom = checkLocalDate(errors, 'effectiveFrom', draft.effectiveFrom, { required: true });
  const effectiveTo = checkLocalDate(errors, 'effectiveTo', draft.effectiveTo, { required: false });
  if (effectiveFrom && effectiveTo && effectiveTo < effectiveFrom) errors.add({ field: 'effectiveTo', code: 'beforeStart' });
  if (effectiveFrom && version.previous && effectiveFrom <= version.previous.effectiveFrom) {
    errors.add({ field: 'effectiveFrom', code: 'notAfterPrevious', params: { date: version.previous.effectiveFrom } });
  }
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { approvedById: approvedById!, effectiveFrom: effectiveFrom!, effectiveTo, previousEffectiveTo: version.previous ? addLocalDays(effectiveFrom!, -1) : null };
}

/** A new version replaces only the version in force of its document; drafts and old versions are not replaced. */
export function canBeSuperseded(status: DocumentStatus): boolean {
  return status === 'APPROVED';
}

/** One version as the in-force rule sees it: dates are local, both ends inclusive, no end = open. */
export interface DocumentValidity {
  id: string;
  documentType: EvidenceDocumentType;
  status: DocumentStatus;
  effectiveFrom: LocalDate | null;
  effectiveTo: LocalDate | null;
}

export interface DocumentPeriod {
  from: LocalDate;
  to: LocalDate;
}

export interface DocumentCoverage {
  inForce: boolean;
  /** The versions that were effective on some day of the period, earliest first. */
  versionIds: string[];
  /** The days of the period no approved version covered (empty when in force). */
  gaps: DocumentPeriod[];
}

/**
 * Was a document of this type in force for the period?
 *
 * The decision: the approved versions must cover EVERY day of the period, one after another (a
 * version superseded on day D and its successor from day D+1 count as one unbroken cover). Being in
 * force at the period's end is not enough: the assessment judges the records of the whole period
 * (gbt27922.md, "What an audit asks the enterprise to show": the service policy, process and
 * manual are the rules the period's requests, visits and complaints were handled under), and a
 * qualitative criterion either conforms or loses all its points — a policy approved on the last day
 * governed none of the period's records. Superseded versions count for the days they were effective;
 * drafts never count. Dates are the organisation's local dates, both ends inclusive.
 */
export function documentCoverage(versions: readonly DocumentValidity[], period: DocumentPeriod): DocumentCoverage {
  const effective = versions
    .filter((version) => version.status !== 'DRAFT' && version.effectiveFrom !== null)
    .filter((version) => version.effectiveFrom! <= period.to && (version.effectiveTo === null || version.effectiveTo >= period.from))
    .sort((a, b) => a.effectiveFrom!.localeCompare(b.effectiveFrom!) || a.id.localeCompare(b.id));
  const gaps: DocumentPeriod[] = [];
  let nextUncovered: LocalDate | null = period.from;
  for (const version of effective) {
    if (nextUncovered === null) break;
    if (version.effectiveFrom! > nextUncovered) gaps.push({ from: nextUncovered, to: addLocalDays(version.effectiveFrom!, -1) });
    if (version.effectiveTo === null || version.effectiveTo >= period.to) nextUncovered = null;
    else if (version.effectiveTo >= nextUncovered) nextUncovered = addLocalDays(version.effectiveTo, 1);
  }
  if (nextUncovered !== null) gaps.push({ from: nextUncovered, to: period.to });
  return { inForce: gaps.length === 0, versionIds: effective.map((version) => version.id), gaps };
}

/** The predicate the assessment engine calls for a DOCUMENT criterion: see `documentCoverage`. */
export function isDocumentInForce(versions: readonly DocumentValidity[], period: DocumentPeriod): boolean {
  return documentCoverage(versions, period).inForce;
}

/** The version effective on one day (the portal shows today's), or null. */
export function isEffectiveOn(version: DocumentValidity, day: LocalDate): boolean {
  return version.status !== 'DRAFT' && version.effectiveFrom !== null && version.effectiveFrom <= day && (version.effectiveTo === null || version.effectiveTo >= day);
}
