import type { FieldErrorCode } from './field-error';
import { isValidLocalDate } from './time-zone';
import { parseInstant, type FieldErrors } from './validation.util';

/**
 * Field rules the record validators share (texts, instants, local dates, bounded numbers), so that
 * each validator reads as the list of its fields. Every check reports into `errors` and returns the
 * cleaned value, or null when the field is empty or invalid.
 */

/** Clocks of phones and PCs drift: a time a few minutes ahead of the server is not "in the future". */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

const isEmpty = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function checkText(errors: FieldErrors, field: string, value: string | null | undefined, options: { max: number; required?: boolean }): string | null {
  const text = value?.trim() || null;
  if (!text) {
    if (options.required) errors.add({ field, code: 'required' });
    return null;
  }
  errors.maxLength(field, text, options.max);
  return text;
}

export interface InstantRules {
  required: boolean;
  /** Refuses instants later than `notAfter` (plus the tolerance) as `inFuture`. */
  notAfter?: Date;
  /** Refuses instants earlier than `at`, with the code that says what `at` is. */
  notBefore?: { at: Date | null; code: FieldErrorCode };
}

export function checkInstant(errors: FieldErrors, field: string, value: string | Date | null | undefined, rules: InstantRules): Date | null {
  if (isEmpty(value)) {
    if (rules.required) errors.add({ field, code: 'required' });
    return null;
  }
  const instant = parseInstant(value);
  if (!instant) {
    errors.add({ field, code: 'invalidDate' });
    return null;
  }
  if (rules.notAfter && instant.getTime() > rules.notAfter.getTime() + FUTURE_TOLERANCE_MS) {
    errors.add({ field, code: 'inFuture' });
    return null;
  }
  if (rules.notBefore?.at && instant < rules.notBefore.at) {
    errors.add({ field, code: rules.notBefore.code });
    return null;
  }
  return instant;
}

/** A local calendar date `YYYY-MM-DD`; `notAfter` is a local date too (e.g. today where the organisation is). */
export function checkLocalDate(errors: FieldErrors, field: string, value: string | null | undefined, rules: { required: boolean; notAfter?: string }): string | null {
  if (isEmpty(value)) {
    if (rules.required) errors.add({ field, code: 'required' });
    return null;
  }
  const date = value!.trim();
  if (!isValidLocalDate(date)) {
    errors.add({ field, code: 'invalidDate' });
    return null;
  }
  if (rules.notAfter && date > rules.notAfter) {
    errors.add({ field, code: 'inFuture' });
    return null;
  }
  return date;
}

export interface NumberRules {
  required: boolean;
  min: number;
  max: number;
  /** Whole numbers when 0 (the default); money has 2, training hours 1. */
  decimals?: number;
}

export function checkNumber(errors: FieldErrors, field: string, value: number | null | undefined, rules: NumberRules): number | null {
  if (value === undefined || value === null) {
    if (rules.required) errors.add({ field, code: 'required' });
    return null;
  }
  const decimals = rules.decimals ?? 0;
  if (!Number.isFinite(value) || value < rules.min || value > rules.max) {
    errors.add({ field, code: 'outOfRange', params: { min: rules.min, max: rules.max } });
    return null;
  }
  const scaled = value * 10 ** decimals;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-6) {
    errors.add(decimals === 0 ? { field, code: 'outOfRange', params: { min: rules.min, max: rules.max } } : { field, code: 'tooManyDecimals', params: { places: decimals } });
    return null;
  }
  // Binary floating point: 0.1 + 0.2 arrives as 0.30000000000000004 and is kept as 0.3.
  return Math.round(scaled) / 10 ** decimals;
}

/** Identifiers are checked for presence here; whether they name a record is the caller's lookup. */
export function checkReference(errors: FieldErrors, field: string, value: string | null | undefined, required: boolean): string | null {
  const id = value?.trim() || null;
  if (!id && required) errors.add({ field, code: 'required' });
  return id;
}
