import { ValidationFailed } from '../common/field-error';
import { checkLocalDate, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import { addLocalDays } from '../kpi/kpi-calendar';
import type { LocalDate } from '../kpi/kpi-records';
import { CERTIFICATE_TYPES, type CertificateType } from './people.types';

export const QUALIFICATION_LIMITS = { certificateNo: 64, issuer: 100, title: 100, maxExpiringWithinDays: 3650 } as const;

export interface QualificationDraft {
  staffId?: string | null;
  certificateType?: string | null;
  certificateNo?: string | null;
  issuer?: string | null;
  /** The certificate's own name, e.g. 特种作业操作证（低压电工作业）; required for OTHER. */
  title?: string | null;
  validFrom?: string | null;
  /** Last valid day; empty for a certificate that does not expire. */
  validUntil?: string | null;
}

export interface ValidQualification {
  staffId: string;
  certificateType: CertificateType;
  certificateNo: string;
  issuer: string;
  title: string | null;
  validFrom: LocalDate;
  validUntil: LocalDate | null;
}

/** Validity is on local dates, both bounds inclusive (as `certifiedStaffRate` reads it). */
export interface QualificationValidity {
  validFrom: LocalDate;
  validUntil: LocalDate | null;
}

export function validateQualification(draft: QualificationDraft): ValidQualification {
  const errors = new FieldErrors();
  const staffId = checkReference(errors, 'staffId', draft.staffId, true);
  const knownType = errors.required('certificateType', draft.certificateType) && errors.oneOf('certificateType', draft.certificateType, CERTIFICATE_TYPES);
  const certificateNo = checkText(errors, 'certificateNo', draft.certificateNo, { max: QUALIFICATION_LIMITS.certificateNo, required: true });
  const issuer = checkText(errors, 'issuer', draft.issuer, { max: QUALIFICATION_LIMITS.issuer, required: true });
  const title = checkText(errors, 'title', draft.title, { max: QUALIFICATION_LIMITS.title, required: knownType && draft.certificateType === 'OTHER' });
  const validFrom = checkLocalDate(errors, 'validFrom', draft.validFrom, { required: true });
  const validUntil = checkLocalDate(errors, 'validUntil', draft.validUntil, { required: false });
  if (validFrom && validUntil && validUntil < validFrom) errors.add({ field: 'validUntil', code: 'beforeStart' });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return {
    staffId: staffId!,
    certificateType: draft.certificateType as CertificateType,
    certificateNo: certificateNo!,
    issuer: issuer!,
    title,
    validFrom: validFrom!,
    validUntil,
  };
}

export function isQualificationValidOn(qualification: QualificationValidity, day: LocalDate): boolean {
  return qualification.validFrom <= day && (qualification.validUntil === null || day <= qualification.validUntil);
}

/** Valid today and expiring within `days` days (today + days is the last day counted); never for a permanent one. */
export function isQualificationExpiringWithin(qualification: QualificationValidity, today: LocalDate, days: number): boolean {
  return isQualificationValidOn(qualification, today) && qualification.validUntil !== null && qualification.validUntil <= addLocalDays(today, days);
}

/** The local dates between which a certificate valid today must end to count as expiring within `days`. */
export function expiryWindow(today: LocalDate, days: number): { from: LocalDate; until: LocalDate } {
  return { from: today, until: addLocalDays(today, days) };
}
