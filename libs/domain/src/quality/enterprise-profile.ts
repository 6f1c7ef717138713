import { ValidationFailed } from '../common/field-error';
import { checkLocalDate, checkNumber, checkText } from '../common/field-checks';
import { isValidPhone, normalisePhone } from '../common/phone';
import { FieldErrors } from '../common/validation.util';
import type { LocalDate } from '../kpi/kpi-records';
import { isValidCreditCode } from '../organisation/validate-organisation';

export const PROFILE_LIMITS = { name: 200, licenceNumber: 64, person: 64, address: 300, email: 254, text: 8000, maxCount: 1_000_000 } as const;

export interface EnterpriseProfileDraft {
  legalName?: string | null;
  licenceNumber?: string | null;
  creditCode?: string | null;
  legalRepresentative?: string | null;
  authorisedContact?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
  address?: string | null;
  foundedOn?: string | null;
  history?: string | null;
  productsAndScope?: string | null;
  staffCount?: number | null;
  outletCount?: number | null;
}

export interface ValidEnterpriseProfile {
  legalName: string;
  licenceNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string;
  authorisedContact: string | null;
  contactPhone: string | null;
  contactEmail: string | null;
  address: string | null;
  foundedOn: LocalDate | null;
  history: string | null;
  productsAndScope: string | null;
  staffCount: number | null;
  outletCount: number | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The enterprise information an audit opens with (gbt27922.md, item 1): business licence, unified
 * social credit code, legal representative and authorised contact, history, products and services,
 * size. Only the legal name and representative are required, so a profile can be filled in steps.
 */
export function validateEnterpriseProfile(draft: EnterpriseProfileDraft, today: LocalDate): ValidEnterpriseProfile {
  const errors = new FieldErrors();
  const legalName = checkText(errors, 'legalName', draft.legalName, { max: PROFILE_LIMITS.name, required: true });
  const licenceNumber = checkText(errors, 'licenceNumber', draft.licenceNumber, { max: PROFILE_LIMITS.licenceNumber });
  const creditCode = draft.creditCode?.trim().toUpperCase() || null;
  if (creditCode && !isValidCreditCode(creditCode)) errors.add({ field: 'creditCode', code: 'invalidCreditCode' });
  const legalRepresentative = checkText(errors, 'legalRepresentative', draft.legalRepresentative, { max: PROFILE_LIMITS.person, required: true });
  const authorisedContact = checkText(errors, 'authorisedContact', draft.authorisedContact, { max: PROFILE_LIMITS.person });
  const rawPhone = draft.contactPhone?.trim() || null;
  if (rawPhone && !isValidPhone(rawPhone)) errors.add({ field: 'contactPhone', code: 'invalidPhone' });
  const contactEmail = checkText(errors, 'contactEmail', draft.contactEmail, { max: PROFILE_LIMITS.email });
  if (contactEmail && !EMAIL.test(contactEmail)) errors.add({ field: 'contactEmail', code: 'invalidEmail' });
  const address = checkText(errors, 'address', draft.address, { max: PROFILE_LIMITS.address });
  const foundedOn = checkLocalDate(errors, 'foundedOn', draft.foundedOn, { required: false, notAfter: today });
  const history = checkText(errors, 'history', draft.history, { max: PROFILE_LIMITS.text });
  const productsAndScope = checkText(errors, 'productsAndScope', draft.productsAndScope, { max: PROFILE_LIMITS.text });
  const staffCount = checkNumber(errors, 'staffCount', draft.staffCount, { required: false, min: 0, max: PROFILE_LIMITS.maxCount });
  const outletCount = checkNumber(errors, 'outletCount', draft.outletCount, { required: false, min: 0, max: PROFILE_LIMITS.maxCount });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return {
    legalName: legalName!,
    licenceNumber,
    creditCode,
    legalRepresentative: legalRepresentative!,
    authorisedContact,
    contactPhone: rawPhone ? normalisePhone(rawPhone) : null,
    contactEmail,
    address,
    foundedOn,
    history,
    productsAndScope,
    staffCount,
    outletCount,
  };
}
