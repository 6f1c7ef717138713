import { ValidationFailed } from '../common/field-error';
import { checkLocalDate, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import type { LocalDate } from '../kpi/kpi-records';
import { addLocalDays } from '../kpi/kpi-calendar';
import { CHANGE_NOTIFICATION_KINDS, type ChangeNotificationKind, type ChangeNotificationState } from './quality.types';

export const NOTIFICATION_LIMITS = { description: 4000, reference: 100, body: 100 } as const;

/**
 * Days after the event or change by which the certification body must have been told. gbt27922.md
 * names what to notify but not how fast; the decision: events that may put the certificate at risk
 * (a major complaint, a regulator's finding, a major incident) within 5 calendar days, changes of
 * the enterprise within 30 calendar days — the periods certification bodies commonly write into
 * their certification agreements. Kept here, in one place, should a body's agreement say otherwise.
 */
export const NOTIFICATION_DEADLINE_DAYS: Record<ChangeNotificationKind, number> = {
  MAJOR_COMPLAINT: 5,
  REGULATORY_FINDING: 5,
  MAJOR_INCIDENT: 5,
  LEGAL_STATUS: 30,
  OWNERSHIP: 30,
  ORGANISATION: 30,
  LICENCE: 30,
  LEGAL_REPRESENTATIVE: 30,
  AUTHORISED_PERSON: 30,
  SERVICE_SITES: 30,
  SCOPE: 30,
  SERVICE_PROCESS: 30,
};

/** The last day (inclusive) to notify a change that happened on `occurredOn`. */
export function notificationDeadline(kind: ChangeNotificationKind, occurredOn: LocalDate): LocalDate {
  return addLocalDays(occurredOn, NOTIFICATION_DEADLINE_DAYS[kind]);
}

/** PENDING until the deadline, OVERDUE after it; NOTIFIED or NOTIFIED_LATE once sent. */
export function notificationState(notification: { kind: ChangeNotificationKind; occurredOn: LocalDate; notifiedOn: LocalDate | null }, today: LocalDate): ChangeNotificationState {
  const deadline = notificationDeadline(notification.kind, notification.occurredOn);
  if (notification.notifiedOn) return notification.notifiedOn > deadline ? 'NOTIFIED_LATE' : 'NOTIFIED';
  return today > deadline ? 'OVERDUE' : 'PENDING';
}

export interface ChangeNotificationDraft {
  kind?: string | null;
  description?: string | null;
  occurredOn?: string | null;
  certificationBody?: string | null;
}

export interface ValidChangeNotification {
  kind: ChangeNotificationKind;
  description: string;
  occurredOn: LocalDate;
  certificationBody: string | null;
}

/** A change or event to report: what and when (not in the future); the sending is recorded later. */
export function validateChangeNotification(draft: ChangeNotificationDraft, today: LocalDate): ValidChangeNotification {
  const errors = new FieldErrors();
  const kind = errors.required('kind', draft.kind) && errors.oneOf('kind', draft.kind, CHANGE_NOTIFICATION_KINDS) ? draft.kind : null;
  const description = checkText(errors, 'description', draft.description, { max: NOTIFICATION_LIMITS.description, required: true });
  const occurredOn = checkLocalDate(errors, 'occurredOn', draft.occurredOn, { required: true, notAfter: today });
  const certificationBody = checkText(errors, 'certificationBody', draft.certificationBody, { max: NOTIFICATION_LIMITS.body });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { kind: kind!, description: description!, occurredOn: occurredOn!, certificationBody };
}

export interface NotificationSentDraft {
  notifiedOn?: string | null;
  reference?: string | null;
}

/** Sending is recorded once, on a day between the change and today, with the body's reference if any. */
export function validateNotificationSent(
  notification: { occurredOn: LocalDate; notifiedOn: LocalDate | null },
  draft: NotificationSentDraft,
  today: LocalDate,
): { notifiedOn: LocalDate; reference: string | null } {
  const errors = new FieldErrors();
  if (notification.notifiedOn) errors.add({ field: 'notifiedOn', code: 'alreadyRecorded' });
  const notifiedOn = checkLocalDate(errors, 'notifiedOn', draft.notifiedOn, { required: true, notAfter: today });
  if (notifiedOn && notifiedOn < notification.occurredOn) errors.add({ field: 'notifiedOn', code: 'beforeChange' });
  const reference = checkText(errors, 'reference', draft.reference, { max: NOTIFICATION_LIMITS.reference });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { notifiedOn: notifiedOn!, reference };
}
