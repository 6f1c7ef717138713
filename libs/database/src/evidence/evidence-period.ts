import { isValidLocalDate, type FieldError } from '@stardesk/domain';

/** The longest period one package covers: a year, leap day included. */
export const MAX_EVIDENCE_PERIOD_DAYS = 366;

/** Field errors of an evidence package's period: days written YYYY-MM-DD, `to` (inclusive) not before `from`, at most a year. */
export function evidencePeriodErrors(from: string | null | undefined, to: string | null | undefined): FieldError[] {
  const errors: FieldError[] = [];
  if (!from?.trim()) errors.push({ field: 'from', code: 'required' });
  else if (!isValidLocalDate(from.trim())) errors.push({ field: 'from', code: 'invalidDate' });
  if (!to?.trim()) errors.push({ field: 'to', code: 'required' });
  else if (!isValidLocalDate(to.trim())) errors.push({ field: 'to', code: 'invalidDate' });
  if (errors.length > 0 || !from || !to) return errors;
  const days = (Date.parse(`${to.trim()}T00:00:00Z`) - Date.parse(`${from.trim()}T00:00:00Z`)) / 86_400_000 + 1;
  if (days < 1) errors.push({ field: 'to', code: 'endNotAfterStart' });
  else if (days > MAX_EVIDENCE_PERIOD_DAYS) errors.push({ field: 'to', code: 'periodTooLong', params: { max: MAX_EVIDENCE_PERIOD_DAYS } });
  return errors;
}
