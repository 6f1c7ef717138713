/**
 * Mainland China phone numbers: mobiles are 11 digits starting 1[3-9]; landlines are an area code
 * 0xx / 0xxx followed by 7–8 digits, optionally with an extension. Separators are tolerated on input
 * and stripped for storage so that "138 0013 8000" and "13800138000" find the same customer.
 */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}\d{7,8}(\d{1,6})?$/;

export function normalisePhone(raw: string): string {
  return raw.replace(/^\+?86/, '').replace(/[\s\-()]/g, '');
}

export function isValidPhone(raw: string): boolean {
  const phone = normalisePhone(raw);
  return MOBILE.test(phone) || LANDLINE.test(phone);
}

/** PIPL masking as shown to roles without the personal-information permission: 138****5678. */
export function maskPhone(phone: string): string {
  if (phone.length <= 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
