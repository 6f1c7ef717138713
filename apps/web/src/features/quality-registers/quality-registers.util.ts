import type { ChangeNotificationState } from '../../gql/graphql';
import type { ServerFieldError } from '../../shared/graphql-error.util';

/** A local date `YYYY-MM-DD` as the API speaks it, from a date picker's value (or null). */
export function toLocalDate(value: { format: (template: string) => string } | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** Whole days from `from` to `to` (local dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / 86_400_000);
}

export type Tone = 'success' | 'processing' | 'warning' | 'error' | 'default';

/**
 * How a change notification's deadline reads today: days left while pending (warning in the last
 * two days), days late once overdue, and whether a sent one was on time.
 */
export function deadlineStatus(notification: { deadline: string; state: ChangeNotificationState }, today: string): { key: 'daysLeft' | 'dueToday' | 'daysLate' | 'sentOnTime' | 'sentLate'; days: number; tone: Tone } {
  switch (notification.state) {
    case 'NOTIFIED':
      return { key: 'sentOnTime', days: 0, tone: 'success' };
    case 'NOTIFIED_LATE':
      return { key: 'sentLate', days: 0, tone: 'warning' };
    case 'OVERDUE':
      return { key: 'daysLate', days: daysBetween(notification.deadline, today), tone: 'error' };
    case 'PENDING': {
      const days = daysBetween(today, notification.deadline);
      if (days === 0) return { key: 'dueToday', days, tone: 'warning' };
      return { key: 'daysLeft', days, tone: days <= 2 ? 'warning' : 'processing' };
    }
  }
}

/** Names typed one per line or separated by commas (also the Chinese ones), blanks dropped. */
export function splitNames(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/[\n,，、;；]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

export interface FormFieldErrors {
  name: string;
  errors: string[];
}

/**
 * The API's field errors placed on the form's fields: `auditors.1` lands on `auditors`; errors of
 * fields the form does not show (e.g. `status`, `expectedVersion`) are returned to be shown above it.
 */
export function placeServerErrors(errors: readonly ServerFieldError[], formFields: readonly string[]): { fields: FormFieldErrors[]; unmatched: ServerFieldError[] } {
  const byField = new Map<string, string[]>();
  const unmatched: ServerFieldError[] = [];
  for (const error of errors) {
    const name = error.field.split('.')[0] ?? error.field;
    if (!formFields.includes(name)) {
      unmatched.push(error);
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), error.message]);
  }
  return { fields: [...byField].map(([name, messages]) => ({ name, errors: messages })), unmatched };
}

/** Human size of a file: 1.2 MB, 340 KB. */
export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / 1024 / 1024).toFixed(1)} MB`;
  if (size >= 1024) return `${Math.round(size / 1024)} KB`;
  return `${size} B`;
}
