import type { AdminSettingsQuery, TargetKey, TargetValuesInput } from '../../gql/graphql';

/** Each target key of kpis.md and the field that carries it in `TargetValues`. */
export const TARGET_FIELDS: Record<TargetKey, keyof TargetValuesInput> = {
  RESPONSE_MINUTES_URGENT: 'responseMinutesUrgent',
  RESPONSE_MINUTES_HIGH: 'responseMinutesHigh',
  RESPONSE_MINUTES_NORMAL: 'responseMinutesNormal',
  RESPONSE_MINUTES_LOW: 'responseMinutesLow',
  ARRIVAL_HOURS: 'arrivalHours',
  RESOLUTION_HOURS: 'resolutionHours',
  RETURN_VISIT_DAYS: 'returnVisitDays',
  REPEAT_REPAIR_WINDOW_DAYS: 'repeatRepairWindowDays',
  COMPLAINT_ACKNOWLEDGEMENT_HOURS: 'complaintAcknowledgementHours',
  COMPLAINT_RESOLUTION_HOURS_NORMAL: 'complaintResolutionHoursNormal',
  COMPLAINT_RESOLUTION_HOURS_MAJOR: 'complaintResolutionHoursMajor',
};

export const TARGET_KEYS = Object.keys(TARGET_FIELDS) as TargetKey[];

type Targets = Omit<AdminSettingsQuery['organisationSettings']['targets'], '__typename'>;

/** The keys a set of targets sets (non-null), in menu order. */
export function overriddenKeys(targets: Partial<Targets>): TargetKey[] {
  return TARGET_KEYS.filter((key) => targets[TARGET_FIELDS[key]] != null);
}

/** Form values (numbers, or empty) → the input, every key present so that an emptied field is cleared. */
export function toTargetValuesInput(values: Partial<Record<keyof TargetValuesInput, number | null | undefined>>): TargetValuesInput {
  return Object.fromEntries(TARGET_KEYS.map((key) => [TARGET_FIELDS[key], values[TARGET_FIELDS[key]] ?? null])) as TargetValuesInput;
}

/** Keys the organisation had set and the form now leaves empty: updateOrganisationSettings clears them by name. */
export function clearedTargetKeys(before: Partial<Targets>, after: TargetValuesInput): TargetKey[] {
  return TARGET_KEYS.filter((key) => before[TARGET_FIELDS[key]] != null && after[TARGET_FIELDS[key]] == null);
}
