import type { KpiTargetOverrides, KpiTargetValues } from '../kpi/kpi-targets';

/**
 * Every single number of the targets, addressable by one key: what a service commitment sets, what an
 * outlet overrides and what a validation error names. Bounds keep a typo (2400 hours) from becoming a
 * target nobody can miss.
 */
export const TARGET_KEYS = [
  'RESPONSE_MINUTES_URGENT',
  'RESPONSE_MINUTES_HIGH',
  'RESPONSE_MINUTES_NORMAL',
  'RESPONSE_MINUTES_LOW',
  'ARRIVAL_HOURS',
  'RESOLUTION_HOURS',
  'COMPLAINT_ACKNOWLEDGEMENT_HOURS',
  'COMPLAINT_RESOLUTION_HOURS_MAJOR',
  'COMPLAINT_RESOLUTION_HOURS_NORMAL',
  'RETURN_VISIT_DAYS',
  'REPEAT_REPAIR_WINDOW_DAYS',
] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

export const TARGET_UNITS = ['MINUTES', 'HOURS', 'DAYS'] as const;
export type TargetUnit = (typeof TARGET_UNITS)[number];

export interface TargetKeySpec {
  unit: TargetUnit;
  min: number;
  max: number;
  read(values: KpiTargetValues): number;
  /** `values` with this key set to `value` (a new object; the input is not changed). */
  apply(values: KpiTargetValues, value: number): KpiTargetValues;
  /** The same for an outlet's partial overrides. */
  applyOverride(overrides: KpiTargetOverrides, value: number): KpiTargetOverrides;
}

const WEEK_MINUTES = 7 * 24 * 60;
const QUARTER_HOURS = 90 * 24;

function nested<P extends 'responseMinutes' | 'complaintResolutionHours', K extends string>(
  parent: P,
  key: K,
  unit: TargetUnit,
  max: number,
): TargetKeySpec {
  return {
    unit,
    min: 1,
    max,
    read: (values) => (values[parent] as Record<string, number>)[key]!,
    apply: (values, value) => ({ ...values, [parent]: { ...values[parent], [key]: value } }),
    applyOverride: (overrides, value) => ({ ...overrides, [parent]: { ...overrides[parent], [key]: value } }),
  };
}

function flat<P extends 'arrivalHours' | 'resolutionHours' | 'complaintAcknowledgementHours' | 'returnVisitDays' | 'repeatRepairWindowDays'>(
  path: P,
  unit: TargetUnit,
  max: number,
): TargetKeySpec {
  return {
    unit,
    min: 1,
    max,
    read: (values) => values[path],
    apply: (values, value) => ({ ...values, [path]: value }),
    applyOverride: (overrides, value) => ({ ...overrides, [path]: value }),
  };
}

export const TARGET_KEY_SPECS: Readonly<Record<TargetKey, TargetKeySpec>> = {
  RESPONSE_MINUTES_URGENT: nested('responseMinutes', 'URGENT', 'MINUTES', WEEK_MINUTES),
  RESPONSE_MINUTES_HIGH: nested('responseMinutes', 'HIGH', 'MINUTES', WEEK_MINUTES),
  RESPONSE_MINUTES_NORMAL: nested('responseMinutes', 'NORMAL', 'MINUTES', WEEK_MINUTES),
  RESPONSE_MINUTES_LOW: nested('responseMinutes', 'LOW', 'MINUTES', WEEK_MINUTES),
  ARRIVAL_HOURS: flat('arrivalHours', 'HOURS', 30 * 24),
  RESOLUTION_HOURS: flat('resolutionHours', 'HOURS', QUARTER_HOURS),
  COMPLAINT_ACKNOWLEDGEMENT_HOURS: flat('complaintAcknowledgementHours', 'HOURS', 30 * 24),
  COMPLAINT_RESOLUTION_HOURS_MAJOR: nested('complaintResolutionHours', 'MAJOR', 'HOURS', QUARTER_HOURS),
  COMPLAINT_RESOLUTION_HOURS_NORMAL: nested('complaintResolutionHours', 'NORMAL', 'HOURS', QUARTER_HOURS),
  RETURN_VISIT_DAYS: flat('returnVisitDays', 'DAYS', 90),
  REPEAT_REPAIR_WINDOW_DAYS: flat('repeatRepairWindowDays', 'DAYS', 365),
};

/**
 * Pairs (more urgent, less urgent) whose targets must not be inverted: an URGENT request may not get
 * longer to answer than a HIGH one, a MAJOR complaint no longer to close than a NORMAL one.
 */
export const TARGET_ORDER: readonly (readonly [TargetKey, TargetKey])[] = [
  ['RESPONSE_MINUTES_URGENT', 'RESPONSE_MINUTES_HIGH'],
  ['RESPONSE_MINUTES_HIGH', 'RESPONSE_MINUTES_NORMAL'],
  ['RESPONSE_MINUTES_NORMAL', 'RESPONSE_MINUTES_LOW'],
  ['COMPLAINT_RESOLUTION_HOURS_MAJOR', 'COMPLAINT_RESOLUTION_HOURS_NORMAL'],
];

/** The targets with one key set to `value`. */
export function withTarget(values: KpiTargetValues, key: TargetKey, value: number): KpiTargetValues {
  return TARGET_KEY_SPECS[key].apply(values, value);
}

/** A target expressed in minutes, whatever its unit. */
export function targetInMinutes(key: TargetKey, value: number): number {
  const unit = TARGET_KEY_SPECS[key].unit;
  switch (unit) {
    case 'MINUTES':
      return value;
    case 'HOURS':
      return value * 60;
    case 'DAYS':
      return value * 24 * 60;
  }
}
